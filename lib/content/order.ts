/** Newest first; equal times fall back to the slug so the order never depends on file system order. */
export function compareNewestFirst(
  a: { date: string; slug: string },
  b: { date: string; slug: string },
): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
