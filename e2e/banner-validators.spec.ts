import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { publishingSite } from './publishing-site';

const STORY = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';
const BANNER = 'Jinan metro line 4 opens ahead of schedule';

// A copy kept from before a banner was set, or while it showed, is never confirmed by a 304 once
// the banner has changed: the banner is not in the HTML whose ETag Next compares.
test('a page copy from before or during a banner is sent anew once the banner changes', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const { work, site, publish } = await publishingSite();
  const file = path.join(work, 'content', 'breaking.yml');
  const get = (etag: string) => request.get(`${site.url}${STORY}`, { headers: { 'if-none-match': etag } });
  try {
    const before = await request.get(`${site.url}${STORY}`);
    expect(before.status()).toBe(200);
    expect(await before.text()).not.toContain(BANNER);
    const plain = before.headers().etag;
    expect(plain).toMatch(/^(W\/)?".+"$/);
    expect((await get(plain)).status()).toBe(304);

    writeFileSync(file, `text: "${BANNER}"\nlink: ${STORY}\n`);
    const set = publish();
    expect(set.status, set.stderr).toBe(0);
    const during = await get(plain);
    expect(during.status()).toBe(200);
    expect(await during.text()).toContain(BANNER);
    const marked = during.headers().etag;
    expect(marked).not.toBe(plain);
    expect((await get(marked)).status()).toBe(304);

    rmSync(file);
    const cleared = publish();
    expect(cleared.status, cleared.stderr).toBe(0);
    const after = await get(marked);
    expect(after.status()).toBe(200);
    expect(await after.text()).not.toContain(BANNER);
  } finally {
    await site.stop();
  }
});
