// The switch that serves pages as Next renders them, with its runtime (docs/adr/015-pages-as-html.md).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LocalServer } from '../../scripts/local-servers';
import { fetchFresh } from '../helpers/http';

const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
let withRuntime: LocalServer;

beforeAll(async () => {
  withRuntime = await startSite({
    PAGES_WITH_RUNTIME: '1',
    POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-runtime-')), 'views.db'),
  });
});
afterAll(() => withRuntime?.stop());

describe('PAGES_WITH_RUNTIME=1', () => {
  it('serves pages with Next’s scripts and the policy that lets them run', async () => {
    for (const url of ['/', ARTICLE]) {
      const response = await fetchFresh(`${withRuntime.url}${url}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html, url).toMatch(/<script[^>]*src="\/_next\//);
      expect(html, url).toContain('self.__next_f');
      expect(response.headers.get('content-security-policy'), url).toContain(
        "script-src 'self' 'unsafe-inline'",
      );
    }
  });

  it('keeps feeds and the JSON answers as they are', async () => {
    const feed = await fetchFresh(`${withRuntime.url}/rss.xml`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('xml');
    expect(await feed.text()).toContain('<rss');
  });
});
