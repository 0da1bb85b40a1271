import { describe, expect, it } from 'vitest';
import { bannerMarkup, breakingProblems, BREAKING_MAX_LENGTH, BANNER_SLOT } from '@/lib/breaking';
import { bannerEtag, validatorForNext } from '@/lib/server/page-response';

const STORY = '/news/china-news/a-story';
const isStory = (path: string) => path === STORY;

describe('the breaking-news banner file', () => {
  it.each([
    ['a text', { text: 'Port reopens after the storm' }, []],
    ['a text and a story', { text: 'Port reopens', link: STORY }, []],
    ['nothing (no banner)', undefined, []],
    ['no text', { link: STORY }, ['text']],
    ['an empty text', { text: '   ' }, ['text']],
    ['a text too long', { text: 'x'.repeat(BREAKING_MAX_LENGTH + 1) }, ['text']],
    ['two lines', { text: 'One\nTwo' }, ['text']],
    ['a link to no story', { text: 'Port reopens', link: '/news/china-news/missing' }, ['link']],
    ['a link off the site', { text: 'Port reopens', link: 'https://elsewhere.example/' }, ['link']],
    ['a field it does not know', { text: 'Port reopens', colour: 'red' }, ['colour']],
    ['a list', ['Port reopens'], ['text']],
  ])('%s: problems in %j', (_name, value, fields) => {
    expect(breakingProblems(value, isStory).map((p) => p.field)).toEqual(fields);
  });
});

describe('a banner linking a story readers cannot see yet', () => {
  it('is refused, naming the time the story is scheduled for', () => {
    const later = '/news/china-news/later';
    const problems = breakingProblems({ text: 'Port reopens', link: later }, isStory, (p) =>
      p === later ? '2031-01-01T00:00:00.000Z' : undefined,
    );
    expect(problems).toEqual([
      { field: 'link', message: expect.stringContaining('is scheduled for 2031-01-01T00:00:00.000Z') },
    ]);
  });
});

describe('the banner in a page', () => {
  it('escapes the editor’s text and links only to the story', () => {
    const { html } = bannerMarkup({ text: 'Fire at <Qingdao> port & "harbour"', link: STORY });
    expect(html).toContain('Fire at &lt;Qingdao&gt; port &amp; &quot;harbour&quot;');
    expect(html).toContain(`href="${STORY}"`);
    expect(html).toContain('role="region" aria-label="Breaking news"');
    expect(html.startsWith(BANNER_SLOT.slice(0, -'></div>'.length))).toBe(true);
  });

  it('changes the validators while it shows, so no copy without it passes for current', () => {
    const banner = bannerMarkup({ text: 'Port reopens' });
    const other = bannerMarkup({ text: 'Port closes' });
    const marked = bannerEtag('"abc"', banner);
    expect(marked).toBe(`"abc-b${banner.version}"`);
    // The banner showing now: Next checks its own validator.
    expect(validatorForNext(marked, banner)).toBe('"abc"');
    // A copy from before the banner, or of another banner: the whole page again.
    expect(validatorForNext('"abc"', banner)).toBeUndefined();
    expect(validatorForNext(bannerEtag('"abc"', other), banner)).toBeUndefined();
    // The banner cleared: a copy with one is stale, one without is Next's.
    expect(validatorForNext(marked, undefined)).toBeUndefined();
    expect(validatorForNext('"abc"', undefined)).toBe('"abc"');
  });
});
