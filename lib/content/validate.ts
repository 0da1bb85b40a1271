/** Cross-document checks that Contentlayer's per-file schema cannot express. */
import { RESERVED_ARTICLE_SLUGS } from './urls';

export interface ArticleRecord {
  sourceFilePath: string;
  section: string;
  slug: string;
  /** Instants as the content build read them. */
  date?: string;
  /** The front matter's `updated`, or the index's latest of it and the corrections. */
  updated?: string;
  corrections?: readonly { date: string; wrong: string; right: string }[];
  /** Slugs of author profiles. */
  authors?: readonly string[];
}

/** What the checks read of an author's profile. */
export interface AuthorRecord {
  sourceFilePath: string;
  slug: string;
  name: string;
  role?: string;
  bio: string;
}

/** Characters an author's biography may hold: a short paragraph under their name. */
export const AUTHOR_BIO_MAX_LENGTH = 400;
/** Characters an author's name or role may hold. */
export const AUTHOR_NAME_MAX_LENGTH = 80;

/** Characters a correction's "wrong" or "right" may hold: one or two sentences each. */
export const CORRECTION_MAX_LENGTH = 500;

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/**
 * How far ahead of the build's clock an `updated` or correction time may be: a few minutes of
 * clocks that disagree. Later, it would date the story's change in the future, and every feed's
 * `Last-Modified` with it, so that readers' later revalidations were answered "not modified".
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** A slug or section id: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function findContentProblems(
  articles: readonly ArticleRecord[],
  sectionIds: readonly string[],
  authorSlugs: readonly string[] = [],
  /** The build's time: no change to a story may be dated later (CLOCK_SKEW_MS). */
  at = Infinity,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = new Set(sectionIds);
  const knownAuthors = new Set(authorSlugs);
  const seen = new Map<string, string>();

  for (const article of articles) {
    const file = article.sourceFilePath;
    for (const [i, author] of (article.authors ?? []).entries()) {
      if (!knownAuthors.has(author))
        problems.push({
          file,
          field: `authors[${i}]`,
          message: `author "${author}" has no profile (content/authors/${author}.yml)`,
        });
      if (article.authors!.indexOf(author) < i)
        problems.push({ file, field: `authors[${i}]`, message: `author "${author}" is named twice` });
    }
    if (!known.has(article.section)) {
      problems.push({
        file,
        field: 'section',
        message: `section "${article.section}" does not exist (known: ${[...known].sort().join(', ')})`,
      });
    }
    if (!SLUG_PATTERN.test(article.slug)) {
      problems.push({
        file,
        field: 'slug',
        message: `slug "${article.slug}" must be lowercase letters, digits and single hyphens`,
      });
    }
    if (RESERVED_ARTICLE_SLUGS.has(article.slug)) {
      problems.push({ file, field: 'slug', message: `slug "${article.slug}" is reserved for the site's own pages` });
    }
    const ahead = (time: string) => Date.parse(time) > at + CLOCK_SKEW_MS;
    if (article.updated && ahead(article.updated))
      problems.push({
        file,
        field: 'updated',
        message: `${article.updated} is later than now: a story cannot be updated in the future`,
      });
    for (const [i, correction] of (article.corrections ?? []).entries()) {
      const field = `corrections[${i}]`;
      if (ahead(correction.date))
        problems.push({
          file,
          field: `${field}.date`,
          message: `${correction.date} is later than now: a correction cannot be dated in the future`,
        });
      if (article.date && new Date(correction.date) < new Date(article.date))
        problems.push({ file, field: `${field}.date`, message: 'a correction cannot be dated before the story' });
      for (const part of ['wrong', 'right'] as const) {
        const text = correction[part].trim();
        if (!text) problems.push({ file, field: `${field}.${part}`, message: `"${part}" is empty` });
        if (text.length > CORRECTION_MAX_LENGTH)
          problems.push({
            file,
            field: `${field}.${part}`,
            message: `"${part}" is ${text.length} characters; at most ${CORRECTION_MAX_LENGTH}`,
          });
      }
    }
    const key = `${article.section}/${article.slug}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file,
        field: 'slug',
        message: `slug "${article.slug}" is already used in section "${article.section}" by ${first}`,
      });
    } else {
      seen.set(key, file);
    }
  }
  return problems;
}

/** An author's file name is their URL; their name, role and biography have room limits. */
export function findAuthorProblems(authors: readonly AuthorRecord[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const author of authors) {
    const file = author.sourceFilePath;
    if (!SLUG_PATTERN.test(author.slug))
      problems.push({
        file,
        field: 'slug',
        message: `the file name "${author.slug}" must be lowercase letters, digits and single hyphens`,
      });
    const limits = [
      ['name', author.name, AUTHOR_NAME_MAX_LENGTH],
      ['role', author.role, AUTHOR_NAME_MAX_LENGTH],
      ['bio', author.bio, AUTHOR_BIO_MAX_LENGTH],
    ] as const;
    for (const [field, value, most] of limits) {
      if (value === undefined) continue;
      if (!value.trim()) problems.push({ file, field, message: `"${field}" is empty` });
      else if (value.length > most)
        problems.push({ file, field, message: `"${field}" is ${value.length} characters; at most ${most}` });
      else if (field !== 'bio' && /[\r\n]/.test(value.trim()))
        problems.push({ file, field, message: `"${field}" must be one line` });
    }
  }
  return problems;
}

export function formatContentProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: field "${p.field}": ${p.message}`);
  return `Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/**
 * Content is data: front matter is YAML, opened by a line of three dashes alone. The parser
 * Contentlayer uses would read `---js` (or `---javascript`) as JavaScript and run it, and other
 * languages after the dashes as whatever engine has that name; such a file is refused, as is
 * TOML's `+++`, before any parser sees it. Undefined when the file opens as it should (or has
 * no front matter, which the schema then refuses field by field).
 */
export function frontMatterProblem(text: string): string | undefined {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  if (/^---\s*$/.test(firstLine)) return undefined;
  if (/^(---|\+\+\+|;;;)/.test(firstLine)) {
    const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
    return `front matter must be YAML, opened by "---" alone on the first line (found "${shown}")`;
  }
  return undefined;
}
