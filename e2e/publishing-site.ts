export const PUBLISH_SECRET = 'e2e-publish-secret-of-32-characters-or-more';

/** A server of its own that reads a temporary copy of the content, and a publish pointed at it. */
export async function publishingSite(extraEnv: Record<string, string> = {}) {
  const { startPublishingSite } = await import('../scripts/local-servers');
  return startPublishingSite('sdoi-publish-', PUBLISH_SECRET, extraEnv);
}
