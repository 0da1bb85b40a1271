// Two production instances behind nginx, sharing Redis: the ISR cache, the counts and their faults.
// Run by `npm run test:cluster` (after a production build); starts everything on loopback and
// stops it at the end, also when a check fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptCommand } from '../../scripts/run-script';
import { runContentBuild } from '../../scripts/content-build-process';
import { fetchFresh } from '../helpers/http';

type Servers = typeof import('../../scripts/local-servers');
type Running = import('../../scripts/local-servers').LocalServer;

const SECRET = 'cluster-secret-of-32-characters-or-more';
const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const EDITED = {
  path: '/news/china-news/cis-leader-looks-to-closer-ties-with-sco',
  file: 'news/china-news/cis-leader-looks-to-closer-ties-with-sco.md',
};
const VIEWED = '/news/business/weichai-engine-orders-ride-strong-heavy-truck-demand';

const started: Running[] = [];
let servers: Servers;
let redis: Running;
let first: Running;
let second: Running;
let proxy: Awaited<ReturnType<Servers['startNginx']>>;
let work: string;
let env: Record<string, string>;

const hostOf = (site: Running) => new URL(site.url).host;

async function text(url: string): Promise<string> {
  const response = await fetchFresh(url);
  expect(response.status, url).toBe(200);
  return response.text();
}

function beacon(site: Running, reader: string, articlePath = VIEWED) {
  return fetchFresh(`${site.url}/api/views`, {
    method: 'POST',
    body: JSON.stringify({ path: articlePath }),
    headers: { 'content-type': 'text/plain', 'user-agent': `${BROWSER_UA} cluster-${reader}` },
    signal: AbortSignal.timeout(5_000),
  });
}

async function viewsOn(site: Running, articlePath: string): Promise<number> {
  const list = (await (await fetchFresh(`${site.url}/api/popular?window=24h&limit=50`)).json()) as {
    items: { path: string; views: number }[];
  };
  return list.items.find((item) => item.path === articlePath)?.views ?? 0;
}

/** The content build over the cluster's shared content folder. */
function buildContent() {
  const build = runContentBuild({ cwd: work, env });
  expect(build.status, build.output).toBe(0);
}

/** `npm run content:publish` with the proxy as the site. */
function publishThroughProxy() {
  const publish = spawnSync(...scriptCommand('publish-content.ts'), {
    cwd: work,
    env: { ...process.env, ...env, SITE_URL: proxy.url },
    encoding: 'utf8',
  });
  expect(publish.status, publish.stderr).toBe(0);
}

beforeAll(async () => {
  servers = await import('../../scripts/local-servers');
  // Both instances read one content folder, as on a shared volume.
  work = servers.copyOfSiteContent('sdoi-cluster-');
  redis = await servers.startRedis();
  started.push(redis);
  env = {
    CONTENT_DIR: path.join(work, 'content'),
    CONTENTLAYER_DIR: path.join(work, '.contentlayer'),
    REDIS_URL: redis.url,
    REDIS_PREFIX: 'cluster-test:',
    REVALIDATE_SECRET: SECRET,
    POPULAR_CACHE_SECONDS: '0',
    TRUST_PROXY: '1',
    NEXT_COMPRESS: '0',
    // Embargoes ending are looked for every second, not every ten.
    EMBARGO_CHECK_MS: '1000',
    PREVIEW_SECRET: 'cluster-preview-secret-of-32-characters-or-more',
  };
  buildContent();
  first = await servers.startSite(env);
  started.push(first);
  second = await servers.startSite(env);
  started.push(second);
  proxy = await servers.startNginx([hostOf(first), hostOf(second)]);
  started.push(proxy);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(started.reverse().map((server) => server.stop()));
});

describe('two instances behind nginx', () => {
  it('serves the site through the proxy, gzipped there', async () => {
    const response = await fetchFresh(`${proxy.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('x-cache-status')).toMatch(/MISS|HIT|EXPIRED|STALE|UPDATING/);
    expect(await response.text()).toContain('Most popular');
  });

  it('an article revalidated through one instance is fresh on the other', async () => {
    // Both render (or read) the article first, so each would have a cached copy of its own.
    expect(await text(`${first.url}${EDITED.path}`)).not.toContain('Edited on the first instance');
    expect(await text(`${second.url}${EDITED.path}`)).not.toContain('Edited on the first instance');

    const file = path.join(work, 'content', EDITED.file);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEdited on the first instance.\n`);
    buildContent();
    const revalidated = await fetchFresh(`${first.url}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify([EDITED.path]),
    });
    expect(revalidated.status).toBe(200);

    // Well inside the 60 s ISR interval: only a shared cache makes the second instance fresh.
    await expect
      .poll(() => text(`${second.url}${EDITED.path}`), { timeout: 5_000, interval: 250 })
      .toContain('Edited on the first instance');
  });

  it('a page one instance renders is kept in Redis and served from there by the other', async () => {
    const { createClient } = await import('redis');
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const page = '/tags/qingdao';
      const keysOf = async () => {
        const keys: string[] = [];
        for await (const batch of client.scanIterator({
          MATCH: `${env.REDIS_PREFIX}isr:*${page}`,
          COUNT: 500,
        }))
          keys.push(...batch);
        return keys;
      };
      // The build's copy (if it prerendered the page) goes, so the page is rendered here.
      const seeded = await keysOf();
      if (seeded.length) await client.unlink(seeded);
      expect(await keysOf()).toEqual([]);

      expect(await text(`${first.url}${page}`)).toContain('Qingdao');
      await expect.poll(keysOf, { timeout: 5_000, interval: 100 }).toHaveLength(1);
      const served = await fetchFresh(`${second.url}${page}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('x-nextjs-cache')).toBe('HIT');
    } finally {
      await client.quit();
    }
  });

  it('pages come without Next’s scripts through nginx and from the shared Redis cache', async () => {
    const nextScript = /<script[^>]*src="\/_next\/|self\.__next_f/;
    for (const url of [`${proxy.url}/`, `${proxy.url}${EDITED.path}`, `${second.url}${EDITED.path}`]) {
      const response = await fetchFresh(url, { headers: { 'accept-encoding': 'gzip' } });
      expect(response.status, url).toBe(200);
      const html = await response.text();
      expect(html, url).toContain('</html>');
      expect(html, url).not.toMatch(nextScript);
      expect(response.headers.get('content-security-policy'), url).toContain("script-src 'self';");
    }
  });

  it('a story published through nginx is live through nginx at once', async () => {
    // The proxy holds the section page for its s-maxage (60 s) once it has it.
    await text(`${proxy.url}/news/world-news`);
    const cached = await fetchFresh(`${proxy.url}/news/world-news`);
    expect(cached.headers.get('x-cache-status')).toBe('HIT');

    writeFileSync(
      path.join(work, 'content/news/world-news/ferry-link-to-incheon-doubles.md'),
      '---\ntitle: "Ferry link to Incheon doubles"\ndate: 2018-08-02 09:00\nsummary: "Two sailings a day."\nsource: Qingdao News\n---\n\nA second daily sailing starts.\n',
    );
    publishThroughProxy();
    expect(await text(`${proxy.url}/news/world-news`)).toContain('Ferry link to Incheon doubles');
    expect(await text(`${proxy.url}/news/world-news/ferry-link-to-incheon-doubles`)).toContain(
      'A second daily sailing starts.',
    );
    expect(await text(`${proxy.url}/rss.xml`)).toContain('ferry-link-to-incheon-doubles');
  });

  it('a story dated ahead appears by itself at its time, on both instances and through nginx', async () => {
    const slug = 'harbour-night-shift-begins';
    const story = `/news/shandong-news/${slug}`;
    const title = 'Harbour night shift begins';
    // Far enough ahead for the publish to finish, and for the 404 nginx keeps after it to expire.
    const release = Math.ceil((Date.now() + 20_000) / 1000) * 1000;
    writeFileSync(
      path.join(work, `content/news/shandong-news/${slug}.md`),
      `---\ntitle: "${title}"\ndate: ${new Date(release).toISOString().replace('.000Z', 'Z')}\nsummary: "Cranes run through the night."\nsource: Qingdao News\n---\n\nThe night shift starts at the container berths.\n`,
    );
    publishThroughProxy();
    expect(Date.now()).toBeLessThan(release);
    expect((await fetchFresh(`${second.url}${story}`)).status).toBe(404);
    for (const site of [first, second, proxy]) {
      expect(await text(`${site.url}/news/shandong-news`)).not.toContain(title);
      expect(await text(`${site.url}/rss.xml`)).not.toContain(slug);
    }
    expect(await text(`${first.url}/api/popular?limit=50`)).not.toContain(slug);
    // Until then nginx may keep what it is given no longer than the release (and the watcher's check).
    const listed = await fetchFresh(`${proxy.url}/news/shandong-news`);
    const kept = Number(/s-maxage=(\d+)/.exec(listed.headers.get('cache-control') ?? '')?.[1]);
    // (The copy nginx holds was made a few seconds ago, by the requests above.)
    expect(kept).toBeLessThanOrEqual(Math.ceil((release + 1_000 + 5_000 - Date.now()) / 1000) + 5);

    // No publish, no build, no request: each instance releases it within a second of its time.
    await new Promise((resolve) => setTimeout(resolve, release - Date.now() + 1_500));
    for (const site of [first, second]) {
      await expect
        .poll(() => text(`${site.url}/news/shandong-news`), { timeout: 5_000, interval: 250 })
        .toContain(title);
      expect(await text(`${site.url}/rss.xml`)).toContain(slug);
    }
    await expect
      .poll(async () => (await fetchFresh(`${proxy.url}${story}`)).status, { timeout: 10_000, interval: 500 })
      .toBe(200);
    expect(await text(`${proxy.url}${story}`)).toContain('The night shift starts at the container berths.');
    // The list nginx kept from before the release is replaced within seconds, not at its minute.
    await expect
      .poll(() => text(`${proxy.url}/news/shandong-news`), { timeout: 15_000, interval: 500 })
      .toContain(title);
  }, 60_000);

  it('a breaking-news banner set and cleared by a publish: on both instances at once, through nginx on the front pages at once and elsewhere within the minute', async () => {
    const article = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
    const banner = 'Ferries to Dalian suspended as typhoon nears';
    // Readers have been served these, so nginx holds them.
    for (const page of ['/', '/news/shandong-news', article]) await text(`${proxy.url}${page}`);

    writeFileSync(path.join(work, 'content/breaking.yml'), `text: '${banner}'\n`);
    publishThroughProxy();
    for (const site of [first, second]) expect(await text(`${site.url}${article}`)).toContain(banner);
    for (const page of ['/', '/news/shandong-news'])
      expect(await text(`${proxy.url}${page}`), page).toContain(banner);
    // Any other copy nginx holds it keeps 45 s at most (and answers once more while it fetches the
    // new one): every page shows the banner within the minute.
    const held = await fetchFresh(`${proxy.url}${article}`);
    expect(held.headers.get('cache-control')).toMatch(/\bs-maxage=45\b/);

    rmSync(path.join(work, 'content/breaking.yml'));
    publishThroughProxy();
    for (const site of [first, second]) expect(await text(`${site.url}${article}`)).not.toContain(banner);
    for (const page of ['/', '/news/shandong-news'])
      expect(await text(`${proxy.url}${page}`), page).not.toContain(banner);
  });

  it('a private preview opens on either instance and through nginx, which never keeps it', async () => {
    const draft = 'content/news/business/shandong-trade-figures-for-august.md';
    const made = spawnSync(...scriptCommand('preview.ts', draft), {
      cwd: work,
      env: { ...process.env, ...env, SITE_URL: proxy.url },
      encoding: 'utf8',
    });
    expect(made.status, made.stderr).toBe(0);
    const link = /\/preview\/[\w.-]+/.exec(made.stdout)![0];
    for (const site of [first, second, proxy, proxy]) {
      const answer = await fetchFresh(`${site.url}${link}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('private, no-store');
      if (site === proxy) expect(answer.headers.get('x-cache-status')).not.toBe('HIT');
      expect(await answer.text()).toContain('Shandong foreign trade figures for August');
    }
    expect((await fetchFresh(`${proxy.url}/news/business/shandong-trade-figures-for-august`)).status).toBe(
      404,
    );
  });

  it('a story taken down is gone through nginx within 5 s of the publish', async () => {
    const story = '/news/world-news/ferry-link-to-incheon-doubles';
    // Readers have been served it, so the proxy holds the article and its lists for 60 s.
    for (const page of [story, '/news/world-news', '/rss.xml']) await text(`${proxy.url}${page}`);
    expect((await fetchFresh(`${proxy.url}${story}`)).headers.get('x-cache-status')).toBe('HIT');

    rmSync(path.join(work, 'content/news/world-news/ferry-link-to-incheon-doubles.md'));
    publishThroughProxy();
    const published = performance.now();
    await expect
      .poll(async () => (await fetchFresh(`${proxy.url}${story}`)).status, { timeout: 5_000, interval: 250 })
      .toBe(404);
    await expect
      .poll(() => text(`${proxy.url}/news/world-news`), { timeout: 5_000, interval: 250 })
      .not.toContain('Ferry link to Incheon doubles');
    await expect
      .poll(() => text(`${proxy.url}/rss.xml`), { timeout: 5_000, interval: 250 })
      .not.toContain('ferry-link-to-incheon-doubles');
    expect(performance.now() - published).toBeLessThan(5_000);
    // The 404 the proxy keeps in the page's place is short-lived, and no reader's 404 is kept at all.
    const gone = await fetchFresh(`${proxy.url}${story}`);
    expect(gone.headers.get('cache-control')).toBe('no-store');
  });

  it('nginx keeps one copy of a picture, whatever query a client adds', async () => {
    const index = JSON.parse(readFileSync(path.join(work, '.contentlayer', 'site-index.json'), 'utf8')) as {
      articles: { image?: { picture?: { name: string } } }[];
    };
    const name = index.articles.find((a) => a.image?.picture)!.image!.picture!.name;
    const statuses = [];
    for (const query of ['', '?a=1', '?b=2', `?junk=${'x'.repeat(100)}`]) {
      const response = await fetchFresh(`${proxy.url}/media/${name}-400.webp${query}`);
      await response.arrayBuffer();
      statuses.push(`${response.status} ${response.headers.get('x-cache-status')}`);
    }
    expect(statuses).toEqual(['200 MISS', '200 HIT', '200 HIT', '200 HIT']);
  });

  it('nginx keeps one copy of a page, whatever Host, query or headers a stranger sends', async () => {
    const page = '/news/china-news';
    /** The status and cache status of a GET through nginx, with the Host and headers given. */
    const get = (target: string, headers: Record<string, string> = {}) =>
      new Promise<string>((resolve, reject) => {
        const url = new URL(proxy.url);
        const sent = request(
          { host: url.hostname, port: url.port, path: target, headers: { connection: 'close', ...headers } },
          (response) => {
            response.resume();
            response.on('end', () => resolve(`${response.statusCode} ${response.headers['x-cache-status']}`));
          },
        );
        sent.on('error', reject);
        sent.end();
      });
    const copies = () =>
      readdirSync(path.join(proxy.prefix, 'cache'), { recursive: true, withFileTypes: true }).filter(
        (entry) => entry.isFile(),
      ).length;
    await get(page);
    expect(await get(page)).toBe('200 HIT');
    // Entries are written as answers end: let the last one land.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = copies();
    const strangers: [string, Record<string, string>][] = [];
    for (let i = 0; i < 10; i++)
      strangers.push(
        [page, { host: `junk-${i}.example` }],
        [`${page}?utm_source=${i}`, {}],
        [`${page}?_rsc=${i}`, {}],
        [page, { 'accept-encoding': `junk-${i}` }],
        [page, { 'next-router-state-tree': `junk-${i}` }],
        [page, { rsc: '1', 'next-router-prefetch': '1', 'next-url': `/junk-${i}` }],
      );
    for (const [target, headers] of strangers)
      expect(await get(target, headers)).toMatch(/^\d{3} (HIT|BYPASS)$/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(copies()).toBe(before);
    expect(await get(page)).toBe('200 HIT');
  });

  it("a feature's 503 never takes an instance out of nginx", async () => {
    // No search has run yet, so no instance has the index open: without it, search answers 503.
    const index = path.join(work, '.contentlayer', 'search-index.db');
    renameSync(index, `${index}.away`);
    try {
      for (let i = 1; i <= 6; i++) {
        const search = await fetchFresh(`${proxy.url}/${i % 2 ? 'api/search' : 'search'}?q=port&page=${i}`);
        expect(search.status).toBe(503);
        expect(search.headers.get('cache-control')).toBe('no-store');
      }
      // Distinct queries miss the proxy cache: each reaches an instance.
      for (let i = 0; i < 20; i++) {
        const page = await fetchFresh(`${proxy.url}/news/china-news?while-search-is-away=${i}`);
        expect(page.status).toBe(200);
      }
    } finally {
      renameSync(`${index}.away`, index);
    }
    expect((await fetchFresh(`${proxy.url}/api/search?q=port`)).status).toBe(200);
  });

  it('a view counted on one instance ranks on the other', async () => {
    const before = await viewsOn(second, VIEWED);
    const response = await beacon(first, 'counted');
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ counted: true });
    expect(await viewsOn(second, VIEWED)).toBe(before + 1);
  });

  it('keeps serving while Redis is down and recovers when it is back, without a restart', async () => {
    const port = Number(new URL(redis.url).port);
    expect(await viewsOn(first, VIEWED)).toBeGreaterThan(0);
    await redis.stop();

    for (const site of [proxy, first, second]) {
      expect((await fetchFresh(`${site.url}/`)).status).toBe(200);
      expect((await fetchFresh(`${site.url}${EDITED.path}`)).status).toBe(200);
      expect((await fetchFresh(`${site.url}/news/world-news`)).status).toBe(200);
    }
    // The list falls back to its last good ranking, marked stale.
    const list = (await (await fetchFresh(`${first.url}/api/popular?window=24h&limit=50`)).json()) as {
      stale: boolean;
      items: { path: string; views: number }[];
    };
    expect(list.stale).toBe(true);
    expect(list.items.find((item) => item.path === VIEWED)?.views).toBeGreaterThan(0);
    // Beacons fail fast.
    for (const site of [first, second]) {
      const startedAt = performance.now();
      const response = await beacon(site, `down-${new URL(site.url).port}`);
      expect(response.status).toBe(503);
      expect(performance.now() - startedAt).toBeLessThan(1_000);
    }

    redis = await servers.startRedis(port);
    started.push(redis);
    for (const site of [first, second]) {
      await expect
        .poll(async () => (await beacon(site, `back-${new URL(site.url).port}`)).status, {
          timeout: 15_000,
          interval: 250,
        })
        .toBe(202);
    }
    expect((await fetchFresh(`${proxy.url}${EDITED.path}`)).status).toBe(200);
  });

  it('an instance killed: nginx serves every request from the other', async () => {
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    // Distinct queries miss the proxy cache, so every request goes to an instance.
    const statuses = [];
    for (let i = 0; i < 20; i++) {
      const response = await fetchFresh(`${proxy.url}/news/china-news?after-kill=${i}`);
      statuses.push(response.status);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual(Array(20).fill(200));
  });
});
