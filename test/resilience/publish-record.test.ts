// The publish record (docs/adr/022) damaged or half-written by hand: a server restarted on it, or
// running when it lands, still answers every page, and renders afresh what the record can no
// longer say was not changed; the next publish writes a whole record again.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SpawnSyncReturns } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePublishRecord, PUBLISH_RECORD_FILE } from '../../lib/content/publish-record';
import { fetchFresh } from '../helpers/http';

type Servers = typeof import('../../scripts/local-servers');

const SECRET = 'record-secret-of-32-characters-or-more';
const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';

let site: Awaited<ReturnType<Servers['startSite']>>;
let work: string;
let publish: () => SpawnSyncReturns<string>;
const record = () => path.join(work, '.contentlayer', PUBLISH_RECORD_FILE);

async function answer(url: string) {
  const response = await fetchFresh(`${site.url}${url}`);
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    text: await response.text(),
  };
}

beforeAll(async () => {
  const { startPublishingSite } = await import('../../scripts/local-servers');
  ({ work, site, publish } = await startPublishingSite('sdoi-record-', SECRET));
}, 120_000);

afterAll(async () => {
  await site?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('a damaged publish record', () => {
  it('costs a render of each page, never a page', async () => {
    await answer(ARTICLE);
    expect((await answer(ARTICLE)).cache).toBe('HIT');

    // A publish happened, but what it changed cannot be read: every older copy is rendered again.
    writeFileSync(record(), '{"paths": {"/news": 17');
    const after = await answer(ARTICLE);
    expect(after.status).toBe(200);
    expect(after.text).toContain('</html>');
    expect(after.cache).not.toBe('HIT');
    expect((await answer(ARTICLE)).cache).toBe('HIT');

    // A server that starts on it serves every page.
    await site.restart('SIGTERM');
    for (const url of ['/', '/news/business', ARTICLE, '/rss.xml'])
      expect((await answer(url)).status, url).toBe(200);

    // The next publish writes a whole record, which says "everything" from then on.
    const file = path.join(work, 'content', `${ARTICLE}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA line added by the desk.\n`);
    const published = publish();
    expect(published.status, published.stderr).toBe(0);
    expect(parsePublishRecord(readFileSync(record(), 'utf8'))).toEqual({
      all: expect.any(Number),
      paths: {},
    });
    expect((await answer(ARTICLE)).text).toContain('A line added by the desk.');
  });
});
