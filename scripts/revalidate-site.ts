// Asks a running site to revalidate what a publish changed, in as many requests as the plan needs.
import { revalidationBodies, type PublishPlan } from './publish-plan';

/** POSTs each body of the plan to `site`'s /api/revalidate in turn; true when every one was taken. */
export async function revalidateSite(site: string, secret: string, plan: PublishPlan): Promise<boolean> {
  const bodies = revalidationBodies(plan);
  let revalidated = 0;
  for (const body of bodies) {
    try {
      const response = await fetch(new URL('/api/revalidate', site), {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      if (!response.ok) {
        console.error(`${site}: HTTP ${response.status} ${text}`);
        return false;
      }
      const answer: unknown = JSON.parse(text).revalidated;
      revalidated += Array.isArray(answer) ? answer.length : 0;
    } catch (error) {
      console.error(`${site}: ${(error as Error).message}`);
      return false;
    }
  }
  const what = 'all' in plan ? 'every page' : `${revalidated} paths`;
  console.log(`${site}: revalidated ${what} in ${bodies.length} request${bodies.length === 1 ? '' : 's'}`);
  return true;
}
