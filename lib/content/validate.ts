/** Cross-document checks that Contentlayer's per-file schema cannot express. */

export interface ArticleRecord {
  sourceFilePath: string;
  section: string;
  slug: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** A slug or section id: lowercase letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Names taken by routes beside `/news/<section>/<slug>`. */
const RESERVED_SLUGS = new Set(['page']);

export function findContentProblems(
  articles: readonly ArticleRecord[],
  sectionIds: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known = new Set(sectionIds);
  const seen = new Map<string, string>();

  for (const article of articles) {
    const file = article.sourceFilePath;
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
    if (RESERVED_SLUGS.has(article.slug)) {
      problems.push({ file, field: 'slug', message: `slug "${article.slug}" is reserved for the site's own pages` });
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

export function formatContentProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: field "${p.field}": ${p.message}`);
  return `Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}
