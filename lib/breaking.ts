import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { fileVersion } from './file-version';
import { escapeMarkup } from './markup';
import { site } from './site';

/**
 * The breaking-news banner (docs/adr/016-breaking-news-banner.md): one short line, set or cleared
 * by an editor in `content/breaking.yml` and the publish command. The content build checks it and
 * writes it beside the site index; `npm start` puts it into every page as the page leaves, so no
 * page is rendered again for it.
 */
export const BREAKING_SOURCE_FILE = 'breaking.yml';
export const BREAKING_FILE = 'breaking.json';
/** Characters the banner's text may hold: one line on a phone's two. */
export const BREAKING_MAX_LENGTH = 120;

export interface Breaking {
  text: string;
  /** A published story's path, `/news/<section>/<slug>`. */
  link?: string;
}

/**
 * The problems of `breaking.yml` as parsed, each naming its field. `isStory` says whether a path
 * is a story readers can see now; `scheduledFor` gives the time of one they cannot see yet.
 */
export function breakingProblems(
  value: unknown,
  isStory: (path: string) => boolean,
  scheduledFor: (path: string) => string | undefined = () => undefined,
): { field: string; message: string }[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value))
    return [{ field: 'text', message: 'the file must hold "text" and, if wanted, "link"' }];
  const { text, link, ...rest } = value as Record<string, unknown>;
  const problems: { field: string; message: string }[] = Object.keys(rest).map((field) => ({
    field,
    message: 'is not a field of the banner (text, link)',
  }));
  if (typeof text !== 'string' || !text.trim()) problems.push({ field: 'text', message: 'is required' });
  else if (text.trim().length > BREAKING_MAX_LENGTH)
    problems.push({
      field: 'text',
      message: `is ${text.trim().length} characters; at most ${BREAKING_MAX_LENGTH}`,
    });
  else if (/[\r\n]/.test(text.trim())) problems.push({ field: 'text', message: 'must be one line' });
  const scheduled = typeof link === 'string' ? scheduledFor(link) : undefined;
  if (scheduled)
    problems.push({
      field: 'link',
      message: `"${link}" is scheduled for ${scheduled}: the banner may link only a story readers can see now`,
    });
  else if (link !== undefined && (typeof link !== 'string' || !isStory(link)))
    problems.push({
      field: 'link',
      message: `"${String(link)}" is not a published story's path (/news/<section>/<slug>)`,
    });
  return problems;
}

/** The banner as the content build writes it, from a `breaking.yml` already checked. */
export function breakingOf(value: unknown): Breaking | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { text, link } = value as { text: string; link?: string };
  return { text: text.trim(), ...(link && { link }) };
}

/**
 * The content build's step for the banner: reads `content/breaking.yml`, checks it against the
 * stories of the index being published, and writes (or, without the file, removes) the banner
 * beside the index. It may link only a story readers can see now: one scheduled for later is
 * refused, since the banner would name it in every page before its time. A link to a story no
 * longer published (taken down, or moved to a later time) is dropped with a warning unless the
 * banner itself changed (then it is an error): a takedown is never held up by the banner.
 * Returns false, having printed each problem with the file and field, when the banner is refused.
 * `stories`: each story's path and its time (ISO 8601); `at`: now, by the build's clock.
 */
export function writeBanner(
  contentDir: string,
  outDir: string,
  stories: ReadonlyMap<string, string>,
  { changed, at }: { changed: boolean; at: number },
): boolean {
  const source = path.join(contentDir, BREAKING_SOURCE_FILE);
  const named = path.join(site.contentDir, BREAKING_SOURCE_FILE);
  const target = path.join(outDir, BREAKING_FILE);
  let value: unknown;
  try {
    value = statSync(source, { throwIfNoEntry: false }) ? parse(readFileSync(source, 'utf8')) : undefined;
  } catch (error) {
    console.error(
      `${named}: field "text": not YAML (${error instanceof Error ? error.message : String(error)})`,
    );
    return false;
  }
  const timeOf = (p: string) => {
    const time = stories.get(p);
    return time === undefined ? undefined : Date.parse(time);
  };
  let problems = breakingProblems(
    value,
    (p) => (timeOf(p) ?? Infinity) <= at,
    (p) => ((timeOf(p) ?? -Infinity) > at ? stories.get(p) : undefined),
  );
  if (!changed && problems.length > 0 && problems.every((p) => p.field === 'link')) {
    console.warn(
      `Warning: ${named}: its link names a story no longer published; the banner shows without it.`,
    );
    value = { ...(value as object), link: undefined };
    problems = [];
  }
  if (problems.length > 0) {
    for (const p of problems) console.error(`${named}: field "${p.field}": ${p.message}`);
    return false;
  }
  const breaking = breakingOf(value);
  if (!breaking) {
    rmSync(target, { force: true });
    return true;
  }
  writeFileSync(`${target}.tmp`, JSON.stringify(breaking));
  renameSync(`${target}.tmp`, target);
  return true;
}

export interface BannerMarkup {
  html: string;
  /** Changes whenever the banner does: part of every page's ETag while it shows. */
  version: string;
}

/** Where the layout leaves room for the banner (app/layout.tsx); an empty element when there is none. */
export const BANNER_SLOT = '<div id="breaking-news"></div>';

export function bannerMarkup(breaking: Breaking): BannerMarkup {
  const text = escapeMarkup(breaking.text);
  const line = breaking.link
    ? `<a href="${escapeMarkup(breaking.link)}" class="underline hover:no-underline">${text}</a>`
    : text;
  const html =
    '<div id="breaking-news" role="region" aria-label="Breaking news" class="bg-red-800 text-white print:hidden">' +
    `<p class="mx-auto max-w-page px-4 py-2 text-sm font-medium"><strong class="mr-2 uppercase tracking-wide">Breaking</strong>${line}</p>` +
    '</div>';
  return { html, version: createHash('sha256').update(html).digest('hex').slice(0, 10) };
}

/** Only scripts/start.ts reads the banner: one copy a process. */
let kept: { version: string; banner?: BannerMarkup } | undefined;

/**
 * The banner now, read from the content build's output: looked at on every call (a stat), read
 * again only when the publish has renamed a new file into place. Undefined when there is none
 * or it cannot be read: the banner is its own feature, never a page's failure.
 */
export function currentBanner(): BannerMarkup | undefined {
  const file = path.resolve(/* turbopackIgnore: true */ process.cwd(), site.editionDir, BREAKING_FILE);
  const stat = statSync(file, { throwIfNoEntry: false });
  const version = stat ? fileVersion(stat) : 'none';
  if (kept?.version !== version) {
    let banner: BannerMarkup | undefined;
    try {
      const breaking = stat ? (JSON.parse(readFileSync(file, 'utf8')) as Breaking | null) : null;
      banner = breaking?.text ? bannerMarkup(breaking) : undefined;
    } catch {
      banner = undefined;
    }
    kept = { version, banner };
  }
  return kept.banner;
}
