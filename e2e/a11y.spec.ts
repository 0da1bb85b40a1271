import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const PAGES = {
  home: '/',
  section: '/news/china-news',
  article: '/news/china-news/cis-leader-looks-to-closer-ties-with-sco',
  'article with a picture': '/news/business/qingdao-port-reports-steady-growth-in-first-half-cargo-volumes',
  introduction: '/introduction/overview',
  'not found': '/news/china-news/no-such-story',
  'search results': '/search?q=Qingdao+port',
  'search without results': '/search?q=zzzyzx&section=business',
  'empty search': '/search',
  topics: '/tags',
  topic: '/tags/qingdao',
};

/** Every page type in both colour schemes, on a desktop and at phone width. */
const LOOKS = [
  { name: 'light', colorScheme: 'light', viewport: undefined },
  { name: 'dark', colorScheme: 'dark', viewport: undefined },
  { name: 'dark, phone', colorScheme: 'dark', viewport: { width: 360, height: 740 } },
  { name: 'light, phone', colorScheme: 'light', viewport: { width: 360, height: 740 } },
] as const;

for (const look of LOOKS) {
  test.describe(look.name, () => {
    test.use({ colorScheme: look.colorScheme, ...(look.viewport && { viewport: look.viewport }) });
    for (const [name, url] of Object.entries(PAGES)) {
      test(`the ${name} page has no accessibility violations`, async ({ page }) => {
        await page.goto(url);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      });
    }
  });
}
