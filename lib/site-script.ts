import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_SCRIPT_DIR } from './http/html-first';

/**
 * The site's one script (client/site.js), served at a path that names its content's hash, so
 * browsers and proxies may keep it a year: a changed script has a new path.
 */
function siteScript() {
  const body = readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), 'client', 'site.js'));
  const file = `site.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.js`;
  return { body, file, path: `${SITE_SCRIPT_DIR}${file}` };
}

export const SITE_SCRIPT = siteScript();
