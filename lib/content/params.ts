const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;

/** A page number from the URL: a positive whole number written plainly, or undefined. */
export function parsePageNumber(raw: string): number | undefined {
  return PAGE_NUMBER.test(raw) ? Number(raw) : undefined;
}
