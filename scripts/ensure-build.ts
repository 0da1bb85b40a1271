// Builds the site when no production build exists (`npm start`, `npm run test:cluster`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { site } from '../lib/site';

export function ensureBuild(): void {
  if (existsSync(path.join(site.buildDir, 'BUILD_ID'))) return;
  console.log('No production build found: running "npm run build" first.');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) ensureBuild();
