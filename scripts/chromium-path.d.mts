export const DEFAULT_CHROMIUM: string;
export function findChromium(): string | undefined;
