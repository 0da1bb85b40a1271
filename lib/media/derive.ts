import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { DerivedPicture } from '../content/types';
import {
  IMAGE_LIMITS,
  PICTURE_FORMATS,
  RECIPE_VERSION,
  derivativeFile,
  derivativeFiles,
  widthsFor,
  type PictureFormat,
} from './recipe';

/** Either the picture, or why the source cannot be one (a sentence naming no file: the caller does). */
export type DeriveResult = { picture: DerivedPicture } | { problem: string };

/** The derivatives' name: the source's stem and a hash of its bytes and of the recipe. */
export function pictureName(stem: string, sourceHash: string): string {
  const digest = createHash('sha256').update(`${RECIPE_VERSION}\0${sourceHash}`).digest('hex');
  return `${stem}-${digest.slice(0, 10)}`;
}

const recordFile = (mediaDir: string, name: string) => path.join(mediaDir, `${name}.json`);

/** A picture made by an earlier build, when its record and every file are still there. */
function madeEarlier(mediaDir: string, name: string): DerivedPicture | undefined {
  try {
    const picture = JSON.parse(readFileSync(recordFile(mediaDir, name), 'utf8')) as DerivedPicture;
    const complete =
      picture.name === name &&
      derivativeFiles(name, picture.widths).every((f) => existsSync(path.join(mediaDir, f)));
    return complete ? picture : undefined;
  } catch {
    return undefined;
  }
}

function hex(channel: number): string {
  return Math.round(channel).toString(16).padStart(2, '0');
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Why a source of this many bytes is refused: checked before any byte is read, as its header could claim anything. */
function bytesProblem(bytes: number): string | undefined {
  return bytes > IMAGE_LIMITS.bytes
    ? `is ${mb(bytes)}, over the limit of ${mb(IMAGE_LIMITS.bytes)}`
    : undefined;
}

/** Why a source of this kind and size in pixels is refused, or undefined when it is fine. */
function imageProblem(format: string | undefined, width: number, height: number): string | undefined {
  if (!format || !(IMAGE_LIMITS.formats as readonly string[]).includes(format)) {
    return `is ${format ?? 'not an image'}; a lead image is JPEG, PNG or WebP`;
  }
  if (width > IMAGE_LIMITS.side || height > IMAGE_LIMITS.side || width * height > IMAGE_LIMITS.pixels) {
    return `is ${width}×${height} pixels, over the limit of ${IMAGE_LIMITS.side} a side and ${IMAGE_LIMITS.pixels / 1e6} megapixels`;
  }
  if (width < IMAGE_LIMITS.minWidth) {
    return `is ${width} pixels wide; a lead image is at least ${IMAGE_LIMITS.minWidth}`;
  }
  return undefined;
}

/** What a file's first bytes say it is; undefined when they say no kind of image. */
export function sniffImageKind(head: Uint8Array): string | undefined {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  const ascii = (from: number, text: string) =>
    [...text].every((char, i) => head[from + i] === char.charCodeAt(0));
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(0, 'GIF8')) return 'gif';
  const text = Buffer.from(head).toString('latin1').trimStart();
  if (text.startsWith('<')) return 'svg or other markup';
  return undefined;
}

/** The kind a source's name promises: images/x.jpg is a JPEG. */
function kindNamed(source: string): string {
  const extension = path.extname(source).slice(1).toLowerCase();
  return extension === 'jpg' ? 'jpeg' : extension;
}

/**
 * Why a source's first bytes do not match its name, read before any decoder sees the file: an
 * SVG or another format renamed .png never reaches sharp.
 */
function kindProblem(source: string): string | undefined {
  const head = Buffer.alloc(16);
  const fd = openSync(source, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const kind = sniffImageKind(head);
  const named = kindNamed(source);
  if (kind === named) return undefined;
  if (!kind)
    return `cannot be read as an image (its first bytes are not those of a ${named.toUpperCase()} file)`;
  if ((IMAGE_LIMITS.formats as readonly string[]).includes(kind))
    return `is ${kind} but named .${path.extname(source).slice(1)}: name it for its kind`;
  return `is ${kind}; a lead image is JPEG, PNG or WebP`;
}

async function writeDerivative(source: string, target: string, width: number, format: PictureFormat) {
  const pipeline = sharp(source, { limitInputPixels: IMAGE_LIMITS.pixels }).autoOrient().resize({ width });
  const encoded =
    format === 'webp'
      ? pipeline.webp({ quality: PICTURE_FORMATS.webp.quality })
      : pipeline.jpeg({ quality: PICTURE_FORMATS.jpg.quality, mozjpeg: true, progressive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await encoded.toFile(temporary);
  renameSync(temporary, target);
}

/**
 * Makes the derivatives of one source image into `mediaDir` (or finds those an earlier build
 * made). Files are written under a temporary name and renamed, so a reader never gets half a file,
 * and never changed once written: their name changes with the source.
 */
export async function derivePicture(
  source: string,
  stem: string,
  sourceHash: string,
  mediaDir: string,
): Promise<DeriveResult> {
  const name = pictureName(stem, sourceHash);
  const earlier = madeEarlier(mediaDir, name);
  if (earlier) return { picture: earlier };

  const bytes = statSync(source, { throwIfNoEntry: false });
  if (!bytes?.isFile()) return { problem: 'does not exist' };
  const tooBig = bytesProblem(bytes.size);
  if (tooBig) return { problem: tooBig };
  try {
    const wrongKind = kindProblem(source);
    if (wrongKind) return { problem: wrongKind };
    const image = sharp(source, { limitInputPixels: IMAGE_LIMITS.pixels });
    const meta = await image.metadata();
    const { width, height } = meta.autoOrient ?? meta;
    const problem = imageProblem(meta.format, width ?? 0, height ?? 0);
    if (problem) return { problem };
    const { dominant } = await image.stats();
    const widths = widthsFor(width);
    mkdirSync(mediaDir, { recursive: true });
    for (const w of widths) {
      for (const format of Object.keys(PICTURE_FORMATS) as PictureFormat[]) {
        await writeDerivative(source, path.join(mediaDir, derivativeFile(name, w, format)), w, format);
      }
    }
    const picture: DerivedPicture = {
      name,
      width,
      height,
      widths,
      color: `#${hex(dominant.r)}${hex(dominant.g)}${hex(dominant.b)}`,
    };
    writeFileSync(`${recordFile(mediaDir, name)}.tmp`, JSON.stringify(picture));
    renameSync(`${recordFile(mediaDir, name)}.tmp`, recordFile(mediaDir, name));
    return { picture };
  } catch (error) {
    for (const file of derivativeFiles(name, widthsFor(IMAGE_LIMITS.side))) {
      rmSync(path.join(mediaDir, file), { force: true });
      rmSync(path.join(mediaDir, `${file}.${process.pid}.tmp`), { force: true });
    }
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (/pixel limit/i.test(reason))
      return { problem: `is over the limit of ${IMAGE_LIMITS.pixels / 1e6} megapixels` };
    return { problem: `cannot be read as an image (${reason})` };
  }
}
