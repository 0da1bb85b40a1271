import { z } from 'zod';
import { SLUG_PATTERN } from '../content/validate';
import { POPULAR_WINDOWS, type PopularWindow } from './hours';

export interface PopularQuery {
  window: PopularWindow;
  section?: string;
  limit: number;
}

const windows = Object.keys(POPULAR_WINDOWS) as [PopularWindow, ...PopularWindow[]];

const QuerySchema = z.object({
  window: z.enum(windows, { error: `window must be one of ${windows.join(', ')}` }).default('24h'),
  section: z.string().regex(SLUG_PATTERN, { error: 'section must be a section id' }).optional(),
  limit: z
    .string()
    .regex(/^[1-9][0-9]?$/, { error: 'limit must be a whole number from 1 to 50' })
    .transform(Number)
    .refine((n) => n <= 50, { error: 'limit must be a whole number from 1 to 50' })
    .default(10),
});

export type ParsedQuery = { ok: true; query: PopularQuery } | { ok: false; reason: string };

/** Reads window, section and limit from a query string; anything else in it is ignored. */
export function parsePopularQuery(
  params: URLSearchParams,
  sectionExists: (id: string) => boolean,
): ParsedQuery {
  const raw = Object.fromEntries(
    ['window', 'section', 'limit'].flatMap((k) => (params.has(k) ? [[k, params.get(k)]] : [])),
  );
  const result = QuerySchema.safeParse(raw);
  if (!result.success) return { ok: false, reason: result.error.issues[0].message };
  const query = result.data;
  if (query.section && !sectionExists(query.section)) {
    return { ok: false, reason: `section "${query.section}" does not exist` };
  }
  return { ok: true, query };
}
