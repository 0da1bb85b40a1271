export function hasDotSegment(rawUrl: string | undefined): boolean;
