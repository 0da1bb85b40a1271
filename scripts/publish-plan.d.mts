import type { SiteIndex } from '../lib/content/types';

export function publishPlan(
  previous: SiteIndex | undefined,
  next: SiteIndex | undefined,
): { all: true } | { paths: string[] };
export const REVALIDATE_LIMITS: { paths: number; bytes: number };
export function revalidationBodies(
  plan: { all: true } | { paths: string[] },
  limits?: { paths: number; bytes: number },
): string[];
