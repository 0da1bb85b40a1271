import type { SiteIndex } from '../lib/content/types';

export function publishPlan(
  previous: SiteIndex | undefined,
  next: SiteIndex | undefined,
): { all: true } | { paths: string[] };
