// A publish outlives what happens to the shared cache after it returns: an instance killed at
// once, and a Redis that comes back empty (no persistence, a failover), into which the restarted
// instance copies the build's prerendered pages again (docs/adr/022).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContentBuild } from '../../scripts/content-build-process';
import { scriptCommand } from '../../scripts/run-script';
import { fetchFresh } from '../helpers/http';

type Servers = typeof import('../../scripts/local-servers');

const SECRET = 'restart-secret-of-32-characters-or-more';
const EDITED = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const REMOVED_SENTENCE = 'made the remarks shortly before setting off for the coastal city';
const VICTIM = '/news/business/tsingtao-brewery-leans-on-premium-beers-as-summer-season-peaks';
/** Prerendered at build, so a restarted instance copies them into an empty Redis. */
const SHOWING_VICTIM = ['/', '/news/business', '/rss.xml'];

let servers: Servers;
let redis: Awaited<ReturnType<Servers['startRedis']>>;
let site: Awaited<ReturnType<Servers['startSite']>>;
let work: string;
let env: Record<string, string>;

async function body(url: string): Promise<string> {
  const response = await fetchFresh(`${site.url}${url}`);
  expect(response.status, url).toBe(200);
  return response.text();
}

beforeAll(async () => {
  servers = await import('../../scripts/local-servers');
  work = servers.copyOfSiteContent('sdoi-restart-');
  redis = await servers.startRedis();
  env = {
    CONTENT_DIR: path.join(work, 'content'),
    CONTENTLAYER_DIR: path.join(work, '.contentlayer'),
    REDIS_URL: redis.url,
    REDIS_PREFIX: 'restart-test:',
    REVALIDATE_SECRET: SECRET,
    POPULARITY_DB: path.join(work, 'popularity.db'),
  };
  const build = runContentBuild({ cwd: work, env });
  expect(build.status, build.output).toBe(0);
  site = await servers.startSite(env, undefined, { ownBuild: true });
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([site?.stop(), redis?.stop()]);
  rmSync(work, { recursive: true, force: true });
});

describe('a publish with the shared Redis cache', () => {
  it('is what the first answers show after the instance is killed and Redis comes back empty', async () => {
    expect(await body(EDITED)).toContain(REMOVED_SENTENCE);
    for (const page of SHOWING_VICTIM) expect(await body(page), page).toContain(VICTIM);

    const file = path.join(work, 'content', `${EDITED}.md`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/[^.]*made the remarks shortly[^.]*\./, ''));
    rmSync(path.join(work, 'content', `${VICTIM}.md`));
    const publish = spawnSync(...scriptCommand('publish-content.ts'), {
      cwd: work,
      env: { ...process.env, ...env, SITE_URL: site.url },
      encoding: 'utf8',
    });
    expect(publish.status, publish.stderr).toBe(0);

    // Redis restarts with nothing in it, on the same address; the instance is killed meanwhile.
    const port = Number(new URL(redis.url).port);
    await redis.stop();
    redis = await servers.startRedis(port);
    await site.restart('SIGKILL');

    expect(await body(EDITED)).not.toContain(REMOVED_SENTENCE);
    expect((await fetchFresh(`${site.url}${VICTIM}`)).status).toBe(404);
    for (const page of SHOWING_VICTIM) expect(await body(page), page).not.toContain(VICTIM);
  });
});
