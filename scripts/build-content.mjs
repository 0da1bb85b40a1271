// Builds content with Contentlayer and promotes the new site index only when the whole build
// succeeded: a broken file fails the build and the site keeps serving the last good index.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(process.env.CONTENTLAYER_DIR || '.contentlayer');
const pending = path.join(outDir, 'site-index.pending.json');
const live = path.join(outDir, 'site-index.json');

rmSync(pending, { force: true });
const cli = path.join(root, 'node_modules/contentlayer2/bin/cli.cjs');
const build = spawnSync(
  process.execPath,
  [cli, 'build', '--config', path.join(root, 'contentlayer.config.ts'), ...process.argv.slice(2)],
  // Contentlayer writes into $PWD when set, which a parent process may have left pointing elsewhere.
  { stdio: 'inherit', env: { ...process.env, PWD: process.cwd() } },
);

function bodyFilesOf(file) {
  try {
    const index = JSON.parse(readFileSync(file, 'utf8'));
    return [...index.articles, ...index.pages].map((doc) => doc.bodyFile);
  } catch {
    return [];
  }
}

/**
 * Deletes body files that neither the new index nor the one it replaced names. The replaced
 * index's bodies stay: a render that began before the swap may still read them.
 */
function removeUnusedBodies(previousBodies) {
  const keep = new Set([...previousBodies, ...bodyFilesOf(live)].map((f) => path.basename(f)));
  const dir = path.join(outDir, 'bodies');
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!keep.has(name)) rmSync(path.join(dir, name), { force: true });
  }
}

if (build.status === 0 && existsSync(pending)) {
  const previousBodies = bodyFilesOf(live);
  renameSync(pending, live);
  if (previousBodies.length > 0) removeUnusedBodies(previousBodies);
  process.exit(0);
}
rmSync(pending, { force: true });
console.error('\nContent build failed: fix the file and field named above. The site index was not replaced.');
process.exit(build.status || 1);
