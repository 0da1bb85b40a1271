import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from '@playwright/test';
import { runContentBuild } from '../scripts/content-build-process';
import { scriptCommand } from '../scripts/run-script';

export const PUBLISH_SECRET = 'e2e-publish-secret-of-32-characters-or-more';

/** A server of its own that reads a temporary copy of the content, and a publish pointed at it. */
export async function publishingSite(extraEnv: Record<string, string> = {}) {
  const { copyOfSiteContent, startSite } = await import('../scripts/local-servers');
  const work = copyOfSiteContent('sdoi-publish-');
  const env = {
    CONTENT_DIR: path.join(work, 'content'),
    CONTENTLAYER_DIR: path.join(work, '.contentlayer'),
    REVALIDATE_SECRET: PUBLISH_SECRET,
    POPULARITY_DB: path.join(work, 'popularity.db'),
    ...extraEnv,
  };
  const build = runContentBuild({ cwd: work, env });
  expect(build.status, build.output).toBe(0);
  const site = await startSite(env, undefined, { ownBuild: true });
  const publish = () =>
    spawnSync(...scriptCommand('publish-content.ts'), {
      cwd: work,
      env: { ...process.env, ...env, SITE_URL: site.url },
      encoding: 'utf8',
      timeout: 60_000,
    });
  return { work, env, site, publish };
}
