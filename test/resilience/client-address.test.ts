// Without TRUST_PROXY a client is its connection's address, whatever headers it sends: rotating
// X-Forwarded-For, X-Client-IP or their cousins neither buys more searches nor counts a view twice.
// With it, the address is the last X-Forwarded-For entry, the one the site's own proxy adds.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type LocalServer } from '../../scripts/local-servers';
import { fetchFresh } from '../helpers/http';

const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';
const SEARCHES = 3;

/** Headers that claim to be the n-th of many different readers. */
const claimedAddress = (n: number) => ({
  'x-forwarded-for': `203.0.113.${n}`,
  'x-client-ip': `198.51.100.${n}`,
  'x-real-ip': `192.0.2.${n}`,
  forwarded: `for=192.0.2.${n}`,
});

const beacon = (url: string, n: number) =>
  fetchFresh(`${url}/api/views`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': UA, ...claimedAddress(n) },
    body: JSON.stringify({ path: ARTICLE }),
  });

let site: LocalServer;

beforeAll(async () => {
  site = await startSite({
    POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-address-')), 'views.db'),
    SEARCH_PER_MINUTE: String(SEARCHES),
  });
});
afterAll(() => site?.stop());

describe('a client without a trusted proxy', () => {
  it('gets its share of searches however many addresses its headers claim', async () => {
    const statuses: number[] = [];
    for (let n = 1; n <= SEARCHES + 2; n++) {
      const target = n % 2 ? `/api/search?q=port+${n}` : `/search?q=port+${n}`;
      statuses.push((await fetchFresh(`${site.url}${target}`, { headers: claimedAddress(n) })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('counts one view of a story however many addresses its headers claim', async () => {
    expect(await (await beacon(site.url, 1)).json()).toEqual({ counted: true });
    for (const n of [2, 3])
      expect(await (await beacon(site.url, n)).json()).toEqual({ counted: false, reason: 'repeat' });
  });
});

describe('a client behind the trusted proxy (TRUST_PROXY=1)', () => {
  it('is the last X-Forwarded-For entry: what the client wrote before it and X-Client-IP change nothing', async () => {
    const proxied = await startSite({ TRUST_PROXY: '1', SEARCH_PER_MINUTE: String(SEARCHES) });
    try {
      const search = (n: number, forwardedFor: string) =>
        fetchFresh(`${proxied.url}/api/search?q=port+${n}`, {
          headers: { ...claimedAddress(n), 'x-forwarded-for': forwardedFor },
        }).then((answer) => answer.status);
      const statuses: number[] = [];
      for (let n = 1; n <= SEARCHES + 1; n++) statuses.push(await search(n, `203.0.113.${n}, 10.0.0.7`));
      expect(statuses).toEqual([200, 200, 200, 429]);
      // Another reader, as the proxy names it, has a share of its own.
      expect(await search(9, '10.0.0.8')).toBe(200);
    } finally {
      await proxied.stop();
    }
  });
});
