// npm run preview -- <content file> [--hours N]: publishes the content folder as
// `npm run content:publish` does (a draft, `draft: true`, or a story dated ahead stays hidden from
// readers), then prints a private link that shows the story as it will look, for N hours (24 by
// default), signed with PREVIEW_SECRET (docs/adr/018-private-preview.md).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nowMs } from '../lib/clock';
import { formatDateLine } from '../lib/content/time';
import { CONTENT_SOURCES_FILE, SITE_INDEX_FILE, type SiteIndex } from '../lib/content/types';
import { PREVIEW_HOURS, previewSecretProblem, previewUrl, signPreview } from '../lib/preview';
import { site } from '../lib/site';
import { hashFile } from './file-hash';
import { scriptCommand } from './run-script';

const USAGE = `usage: npm run preview -- <content file> [--hours N]  (N from 1 to ${PREVIEW_HOURS.most}, ${PREVIEW_HOURS.default} unless given)`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** The file and the hours the command line asks for. */
function parseArguments(args: string[]): { file: string; hours: number } {
  let file: string | undefined;
  let hours = PREVIEW_HOURS.default;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--hours') {
      const value = args[++i] ?? '';
      hours = /^[0-9]{1,4}$/.test(value) ? Number(value) : NaN;
      if (!(hours >= 1 && hours <= PREVIEW_HOURS.most))
        fail(`--hours must be a whole number from 1 to ${PREVIEW_HOURS.most}, not "${value}"\n${USAGE}`, 2);
    } else if (file === undefined && !args[i].startsWith('--')) file = args[i];
    else fail(`unexpected argument "${args[i]}"\n${USAGE}`, 2);
  }
  if (!file) fail(USAGE, 2);
  return { file, hours };
}

const { file, hours } = parseArguments(process.argv.slice(2));
const secretProblem = previewSecretProblem(site.previewSecret);
if (secretProblem) fail(`No preview: ${secretProblem}.`, 2);

const contentDir = path.resolve(site.contentDir);
const absolute = path.resolve(file);
const relative = path.relative(contentDir, absolute).split(path.sep).join('/');
if (relative.startsWith('..') || path.isAbsolute(relative) || !/^news\/[^/]+\/[^/]+\.md$/.test(relative))
  fail(`${file}: not a story; a story is a file news/<section>/<slug>.md in ${site.contentDir}/`, 2);
if (!existsSync(absolute)) fail(`${file}: no such file`, 2);

// The content build validates the story, renders it and makes its pictures, as for readers.
const publish = spawnSync(...scriptCommand('publish-content.ts'), { stdio: 'inherit' });

const outDir = path.resolve(site.editionDir);
const sources = readJson<{ files?: Record<string, string> }>(path.join(outDir, CONTENT_SOURCES_FILE));
if (sources?.files?.[relative] !== hashFile(absolute))
  fail(`${file}: the content build did not take this file as it is now, so there is no preview of it.`);
const index = readJson<SiteIndex>(path.join(outDir, SITE_INDEX_FILE));
const ofFile = (list: SiteIndex['articles'] = []) => list.find((a) => a.sourceFilePath === relative);
const draft = ofFile(index?.drafts);
const story = draft ?? ofFile(index?.articles);
if (!story) fail(`${file}: the published content has no story from this file.`);
if (publish.status !== 0) console.warn('The site may not show other changes yet; the preview works.');

const expires = nowMs() + hours * 3_600_000;
const token = signPreview({ story: `${story.section}/${story.slug}`, expires }, site.previewSecret!);
const state = draft ? 'a draft' : Date.parse(story.date) > nowMs() ? 'scheduled' : 'published';
console.log(
  `\nPreview of "${story.title}" (${state}), until ${formatDateLine(new Date(expires))} Beijing time:`,
);
console.log(previewUrl(site.url, token));
