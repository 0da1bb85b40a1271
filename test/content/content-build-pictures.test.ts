// The picture step of the content build (lib/media): real images, real builds. Apart from
// content-build.test.ts so that the two files of builds run side by side.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { copyOfValid, fixturesDir, indexIn, buildInScratch } from '../helpers/content-build';

const pictureStory = (src: string) => `---
title: "A story with a picture"
date: 2018-06-09 10:00
summary: "Its lead image is checked by the content build."
source: Xinhua
image:
  src: ${src}
  alt: "A picture"
---

Body.
`;

/** The valid fixture with a story whose lead image is `src`, and the files under images/ given. */
async function contentWithPicture(src: string, files: Record<string, Buffer | Promise<Buffer>>) {
  const dir = copyOfValid();
  writeFileSync(path.join(dir, 'news/china-news/pictured.md'), pictureStory(src));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, 'images', name), await bytes);
  return dir;
}

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#336699' } });
const fixtureJpeg = () => readFileSync(path.join(fixturesDir, 'valid/images/harbour-dawn.jpg'));

describe('pictures', () => {
  it('makes WebP and JPEG at each width up to the source, and serves them by name', async () => {
    const dir = await contentWithPicture('images/wide.png', { 'wide.png': solid(1700, 850).png().toBuffer() });
    const result = buildInScratch(dir);
    expect(result.status, result.output).toBe(0);
    const image = indexIn(result.workDir).articles.find((a) => a.slug === 'pictured')!.image!;
    expect(image.picture).toMatchObject({ width: 1700, height: 850, widths: [400, 800, 1200, 1600] });
    for (const w of [400, 800, 1200, 1600]) {
      for (const format of ['webp', 'jpg']) {
        const made = await sharp(path.join(result.workDir, `.contentlayer/media/${image.picture!.name}-${w}.${format}`)).metadata();
        expect(made).toMatchObject({ width: w, height: w / 2, format: format === 'jpg' ? 'jpeg' : 'webp' });
      }
    }
  });

  it.each([
    ['is missing', 'images/nowhere.jpg', {}, 'does not exist'],
    ['is not named as a picture', '/images/lead.svg', {}, 'must name a file under images/'],
    ['is corrupt', 'images/broken.jpg', { 'broken.jpg': Buffer.from('not a picture at all') }, 'cannot be read'],
    ['is cut short', 'images/cut.jpg', { 'cut.jpg': fixtureJpeg().subarray(0, 4000) }, 'cannot be read'],
    ['is another kind of image', 'images/moving.png', { 'moving.png': solid(800, 450).gif().toBuffer() }, 'is gif'],
    ['is too narrow', 'images/narrow.jpg', { 'narrow.jpg': solid(300, 200).jpeg().toBuffer() }, 'at least 400'],
    ['has too many pixels', 'images/huge.png', { 'huge.png': solid(12_500, 40).png().toBuffer() }, '12000 a side'],
    ['is too many bytes', 'images/heavy.jpg', { 'heavy.jpg': Buffer.alloc(21 * 1024 * 1024, 1) }, 'over the limit of 20.0 MB'],
  ])('fails when the image %s, naming the article, the field and the file', async (_case, src, files, reason) => {
    const result = buildInScratch(await contentWithPicture(src, files));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('news/china-news/pictured.md: field "image.src"');
    if (src.startsWith('images/')) expect(result.output).toContain(src);
    expect(result.output).toContain(reason);
    expect(existsSync(path.join(result.workDir, '.contentlayer/site-index.json'))).toBe(false);
  });

  it('remakes a changed picture without reading the articles again, under a new name', async () => {
    const dir = await contentWithPicture('images/harbour-dawn.jpg', {});
    const first = buildInScratch(dir);
    expect(first.status, first.output).toBe(0);
    const nameOf = () => indexIn(first.workDir).articles.find((a) => a.slug === 'pictured')!.image!.picture!.name;
    const before = nameOf();

    writeFileSync(path.join(dir, 'images/harbour-dawn.jpg'), await solid(1000, 500).jpeg().toBuffer());
    const again = buildInScratch(dir, first.workDir);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('0 changed article file(s), 1 changed image(s)');
    expect(nameOf()).not.toBe(before);
    expect(indexIn(first.workDir).articles.find((a) => a.slug === 'second-story')!.image!.picture!.name).toBe(nameOf());
    expect(existsSync(path.join(first.workDir, `.contentlayer/media/${nameOf()}-800.webp`))).toBe(true);
  });
});
