// Content builds that collide, die half-way or meet a damaged index or hostile files: the live
// index stays whole, the next build repairs what it can, and no content file's code is ever run.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { SiteIndex } from '../../lib/content/types';
import { startContentBuild, type ContentBuildResult } from '../../scripts/content-build-process';
import { root } from '../../scripts/run-script';
import { fixturesDir, buildInScratch } from '../helpers/content-build';

interface Build {
  done: Promise<ContentBuildResult>;
  kill(): void;
}

/** A full content build of `contentDir` in `workDir`, running in the background. */
function startBuild(contentDir: string, workDir: string): Build {
  const { child, done } = startContentBuild({
    contentDir,
    editionDir: '.contentlayer',
    cwd: workDir,
    full: true,
  });
  return { done, kill: () => child.kill('SIGKILL') };
}

function scratch(): { content: string; work: string } {
  const content = mkdtempSync(path.join(tmpdir(), 'sdoi-faults-content-'));
  cpSync(path.join(fixturesDir, 'valid'), content, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'sdoi-faults-work-'));
  symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  return { content, work };
}

const indexFile = (work: string) => path.join(work, '.contentlayer/site-index.json');
const readIndex = (work: string) => JSON.parse(readFileSync(indexFile(work), 'utf8')) as SiteIndex;
const slugs = (work: string) =>
  readIndex(work)
    .articles.map((a) => a.slug)
    .sort();

const story = (title: string) =>
  `---\ntitle: "${title}"\ndate: 2018-06-10 08:00\nsummary: "A summary."\nsource: Xinhua\n---\n\nA body.\n`;

describe('content builds that collide or die', () => {
  it('two builds at once: the second waits for the first, and both publish whole', async () => {
    const { content, work } = scratch();
    expect(buildInScratch(content, work).status).toBe(0);
    writeFileSync(path.join(content, 'news/business/fourth-story.md'), story('A fourth story'));
    const first = startBuild(content, work);
    const second = startBuild(content, work);
    const results = await Promise.all([first.done, second.done]);
    for (const result of results) expect(result.status, result.output).toBe(0);
    expect(results.map((r) => r.output).join('\n')).toMatch(/Waiting for the content build already running/);
    expect(slugs(work)).toContain('fourth-story');
    for (const body of readIndex(work).articles.map((a) => a.bodyFile))
      expect(existsSync(path.join(work, '.contentlayer', body)), body).toBe(true);
    expect(existsSync(path.join(work, '.contentlayer/build.lock'))).toBe(false);
  });

  it('a build killed while it holds the lock leaves the live index whole, and the next build takes over the lock', async () => {
    const { content, work } = scratch();
    expect(buildInScratch(content, work).status).toBe(0);
    const before = readFileSync(indexFile(work), 'utf8');
    writeFileSync(path.join(content, 'news/business/fourth-story.md'), story('A fourth story'));
    const doomed = startBuild(content, work);
    // Killed as soon as it holds the lock: whatever the machine's speed, long before it could
    // promote an index (starting Contentlayer alone takes far longer than one look every 5 ms).
    for (let i = 0; i < 2_000 && !existsSync(path.join(work, '.contentlayer/build.lock')); i++)
      await new Promise((r) => setTimeout(r, 5));
    doomed.kill();
    await doomed.done;
    expect(readFileSync(indexFile(work), 'utf8')).toBe(before);
    expect(existsSync(path.join(work, '.contentlayer/build.lock'))).toBe(true);

    const next = buildInScratch(content, work);
    expect(next.status, next.output).toBe(0);
    expect(slugs(work)).toContain('fourth-story');
  });

  it('a damaged or missing live index is rebuilt by the next build', () => {
    const { content, work } = scratch();
    expect(buildInScratch(content, work).status).toBe(0);
    const slugsBefore = slugs(work);
    writeFileSync(indexFile(work), '{"articles": [');
    const repaired = buildInScratch(content, work);
    expect(repaired.status, repaired.output).toBe(0);
    expect(slugs(work)).toEqual(slugsBefore);
    rmSync(indexFile(work));
    expect(buildInScratch(content, work).status).toBe(0);
    expect(slugs(work)).toEqual(slugsBefore);
  });
});

describe('hostile content', () => {
  const marker = path.join(tmpdir(), `sdoi-front-matter-ran-${process.pid}`);
  const payload = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;
  it.each([
    [
      'JavaScript front matter',
      `---js\n{ title: (${payload}, "Evil"), date: "2018-06-10 08:00", summary: "x", source: "x" }\n---\n\nBody.\n`,
    ],
    [
      'JavaScript front matter, spelled out',
      `---javascript\n({ title: (${payload}, "Evil") })\n---\n\nBody.\n`,
    ],
    ['CoffeeScript front matter', `---coffee\ntitle: (${payload}; "Evil")\n---\n\nBody.\n`],
    ['TOML front matter', `+++\ntitle = "Evil"\ndate = 2018-06-10T08:00:00\n+++\n\nBody.\n`],
    ['front matter that is not YAML', `---\ntitle: "Evil\n  date: [2018-06-10\n: : :\n---\n\nBody.\n`],
  ])('%s is refused, the file named, nothing run, nothing published', (_, text) => {
    const { content, work } = scratch();
    expect(buildInScratch(content, work).status).toBe(0);
    const before = readFileSync(indexFile(work), 'utf8');
    writeFileSync(path.join(content, 'news/china-news/hostile.md'), text);
    rmSync(marker, { force: true });
    const result = buildInScratch(content, work);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('news/china-news/hostile.md');
    expect(existsSync(marker)).toBe(false);
    expect(readFileSync(indexFile(work), 'utf8')).toBe(before);
  });
});

describe('hostile files', () => {
  const pictured = (slug: string, src: string) =>
    `---\ntitle: "${slug}"\ndate: 2018-06-10 08:00\nsummary: "A summary."\nsource: Xinhua\nimage:\n  src: ${src}\n  alt: "A picture"\n---\n\nA body.\n`;

  it('an image of gigabytes, an SVG named .png and a WebP named .jpg are each refused by name, none decoded', async () => {
    const { content, work } = scratch();
    // Sparse: three gigabytes that take no room on disk, and must never be read.
    const huge = path.join(content, 'images/huge.jpg');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 2 ** 30);
    writeFileSync(
      path.join(content, 'images/drawn.png'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="9000" height="9000"/>',
    );
    writeFileSync(
      path.join(content, 'images/other.jpg'),
      await sharp({ create: { width: 800, height: 450, channels: 3, background: '#336699' } })
        .webp()
        .toBuffer(),
    );
    for (const [slug, src] of [
      ['huge', 'images/huge.jpg'],
      ['drawn', 'images/drawn.png'],
      ['other', 'images/other.jpg'],
    ])
      writeFileSync(path.join(content, `news/china-news/${slug}.md`), pictured(slug, src));
    const started = performance.now();
    const result = buildInScratch(content, work);
    expect(result.status).not.toBe(0);
    expect(performance.now() - started).toBeLessThan(30_000);
    for (const [article, reason] of [
      ['huge.md', /images\/huge\.jpg is 3072\.0 MB, over the limit of 20\.0 MB/],
      ['drawn.md', /images\/drawn\.png is svg or other markup; a lead image is JPEG, PNG or WebP/],
      ['other.md', /images\/other\.jpg is webp but named \.jpg/],
    ] as const) {
      expect(result.output).toContain(`news/china-news/${article}: field "image.src"`);
      expect(result.output).toMatch(reason);
    }
    expect(existsSync(indexFile(work))).toBe(false);
  });

  it('a Markdown file of gigabytes is refused by name before it is read', () => {
    const { content, work } = scratch();
    const huge = path.join(content, 'news/china-news/endless.md');
    writeFileSync(huge, story('Endless'));
    truncateSync(huge, 3 * 2 ** 30);
    const result = buildInScratch(content, work);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /news\/china-news\/endless\.md: is 3072\.0 MB; a content file is at most 2 MB/,
    );
  });

  it('tags that share a page or get none publish, with a warning naming their files', () => {
    const { content, work } = scratch();
    const tagged = (title: string, tags: string) =>
      story(title).replace('source: Xinhua\n', `source: Xinhua\ntags: [${tags}]\n`);
    writeFileSync(path.join(content, 'news/china-news/cpp.md'), tagged('C plus plus', '"C++"'));
    writeFileSync(path.join(content, 'news/china-news/c.md'), tagged('C', 'C, "+++"'));
    const result = buildInScratch(content, work);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(
      /Warning: tags "C" \(news\/china-news\/c\.md\), "C\+\+" \(news\/china-news\/cpp\.md\) share one page, \/tags\/c/,
    );
    expect(result.output).toMatch(/Warning: tag "\+\+\+" \(news\/china-news\/c\.md\) has no letter or digit/);
    expect(slugs(work)).toEqual(expect.arrayContaining(['c', 'cpp']));
  });
});
