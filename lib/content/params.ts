const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;

/** A page number from the URL: a positive whole number written plainly, or undefined. */
export function parsePageNumber(raw: string): number | undefined {
  return PAGE_NUMBER.test(raw) ? Number(raw) : undefined;
}

/** A route parameter as the content names it: percent-decoded when Next left it encoded (a tag in Chinese). */
export function paramValue(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
