// Lead images two ways, on the demo pictures: derivatives made once at content build (the site's
// way, lib/media) against Next's image optimiser resizing on request (`next start`, no guard).
// Usage: npx tsx bench/images.ts [pictures=10]   (after `npm run build`; writes bench/results/images.json)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { derivePicture } from '../lib/media/derive';
import { site } from '../lib/site';
import { freePort } from '../scripts/local-servers';
import { median, readSiteIndex, root, writeResult } from './lib';

/** One picture fetched: the time to its last byte and its size. */
interface Fetched {
  ms: number;
  bytes: number;
}

/** bench/results/images.json: times are medians in ms, sizes in bytes. */
interface ImagesFigures {
  pictures: number;
  atBuild: {
    msPerPictureMedian: number;
    filesPerPicture: number;
    sourceBytes: number;
    webpBytes: number;
    jpgBytes: number;
    webp800BytesMedian: number;
  };
  onRequest: {
    coldMsMedian: number;
    warmMsMedian: number;
    optimisedBytesMedian: number;
    cacheEntries: number;
    cacheBytes: number;
  };
  servedFromMediaMsMedian: number;
}

const count = Number(process.argv[2] ?? 10);
const sources = readdirSync(path.join(root, 'content/images'))
  .filter((f) => f.endsWith('.jpg'))
  .sort()
  .slice(0, count);

// 1. At content build: every width in both formats, into an empty folder.
const mediaDir = mkdtempSync(path.join(tmpdir(), 'sdoi-bench-media-'));
const buildMs: number[] = [];
for (const file of sources) {
  const source = path.join(root, 'content/images', file);
  const started = performance.now();
  const result = await derivePicture(
    source,
    file.replace(/\.jpg$/, ''),
    createHash('sha256').update(readFileSync(source)).digest('hex'),
    mediaDir,
  );
  if ('problem' in result) throw new Error(`${file}: ${result.problem}`);
  buildMs.push(performance.now() - started);
}
const made = readdirSync(mediaDir).filter((f) => !f.endsWith('.json'));
const bytesOf = (pattern: RegExp) =>
  made.filter((f) => pattern.test(f)).reduce((n, f) => n + statSync(path.join(mediaDir, f)).size, 0);
const sourceBytes = sources.reduce((n, f) => n + statSync(path.join(root, 'content/images', f)).size, 0);
const webpBytes = bytesOf(/\.webp$/);
const jpgBytes = bytesOf(/\.jpg$/);
rmSync(mediaDir, { recursive: true, force: true });

// 2. On request: Next's optimiser over the same sources (their 1600-pixel JPEG as served at /media).
const index = readSiteIndex();
const names = index.articles.flatMap((a) => (a.image?.picture ? [a.image.picture.name] : [])).slice(0, count);
const port = await freePort();
const cacheDir = path.resolve(root, site.buildDir, 'cache/images');
rmSync(cacheDir, { recursive: true, force: true });
const server = spawn(
  process.execPath,
  [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/`)).ok) break;
  } catch {}
  if (i > 120) throw new Error('next start did not answer');
  await new Promise((r) => setTimeout(r, 500));
}
async function timed(url: string): Promise<Fetched> {
  const started = performance.now();
  const response = await fetch(url, { headers: { accept: 'image/webp,image/*' } });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { ms: performance.now() - started, bytes: body.length };
}
const cold: Fetched[] = [];
const warm: Fetched[] = [];
const ours: Fetched[] = [];
for (const name of names) {
  const optimised = `${base}/_next/image?url=${encodeURIComponent(`/media/${name}-1600.jpg`)}&w=828&q=75`;
  cold.push(await timed(optimised));
  warm.push(await timed(optimised));
  await timed(`${base}/media/${name}-800.webp`);
  ours.push(await timed(`${base}/media/${name}-800.webp`));
}
// Every width a stranger may ask for is one more file in the optimiser's cache.
const widths = [640, 750, 828, 1080, 1200, 1920];
for (const w of widths)
  await timed(`${base}/_next/image?url=${encodeURIComponent(`/media/${names[0]}-1600.jpg`)}&w=${w}&q=75`);
const cacheFiles = readdirSync(cacheDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
const cacheBytes = cacheFiles.reduce((n, e) => n + statSync(path.join(e.parentPath, e.name)).size, 0);
server.kill('SIGTERM');
rmSync(cacheDir, { recursive: true, force: true });

const ms = (values: number[]) => Math.round(median(values) * 10) / 10;
const figures: ImagesFigures = {
  pictures: sources.length,
  atBuild: {
    msPerPictureMedian: ms(buildMs),
    filesPerPicture: made.length / sources.length,
    sourceBytes,
    webpBytes,
    jpgBytes,
    webp800BytesMedian: median(ours.map((o) => o.bytes)),
  },
  onRequest: {
    coldMsMedian: ms(cold.map((c) => c.ms)),
    warmMsMedian: ms(warm.map((c) => c.ms)),
    optimisedBytesMedian: median(cold.map((c) => c.bytes)),
    cacheEntries: cacheFiles.length,
    cacheBytes,
  },
  servedFromMediaMsMedian: ms(ours.map((o) => o.ms)),
};
console.log(JSON.stringify(figures, null, 2));
console.log(`written to ${await writeResult('images', figures)}`);
