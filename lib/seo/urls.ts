import { site } from '../site';

/** The public address of a site path. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).toString();
}

/** Site-relative href and src attributes made absolute, for HTML read outside the site (feeds). */
export function absolutizeHtml(html: string): string {
  return html.replace(/\b(href|src)="(\/(?!\/)[^"]*)"/g, (_, attribute: string, path: string) => {
    return `${attribute}="${absoluteUrl(path)}"`;
  });
}
