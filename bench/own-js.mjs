// Our own JavaScript per page: the client components (and the lib/ code they import) that each
// route of the production build ships, bundled and minified alone, with React and Next left out,
// gzipped. The framework's share is measured by bench/page-weight.mjs. esbuild comes with
// Contentlayer. Usage: npx tsx bench/own-js.mjs   (after `npm run build`; writes bench/results/own-js.json)
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { writeResult } from './lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const appDir = path.join(root, '.next/server/app');
const BUDGET_GZIP_BYTES = 5 * 1024;

globalThis.self = globalThis;
const manifests = readdirSync(appDir, { recursive: true }).filter((f) =>
  f.endsWith('page_client-reference-manifest.js'),
);
for (const file of manifests) await import(path.join(appDir, file));

const routes = {};
for (const [route, manifest] of Object.entries(globalThis.__RSC_MANIFEST ?? {})) {
  const own = [
    ...new Set(
      Object.keys(manifest.clientModules)
        .map((key) => key.replace(/ <module evaluation>$/, ''))
        .filter((key) => key.startsWith('[project]/') && !key.startsWith('[project]/node_modules/'))
        .map((key) => key.slice('[project]/'.length)),
    ),
  ].sort();
  const bundle = await build({
    stdin: {
      contents: own.map((module, i) => `export * as m${i} from ${JSON.stringify(`./${module}`)};`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    alias: { '@': root },
    external: ['react', 'react-dom', 'react/*', 'next', 'next/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0].contents;
  routes[route.replace(/\/page$/, '') || '/'] = {
    modules: own,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
  };
}
const largest = Math.max(...Object.values(routes).map((r) => r.gzipBytes));
const figures = {
  budgetGzipBytes: BUDGET_GZIP_BYTES,
  largestGzipBytes: largest,
  withinBudget: largest <= BUDGET_GZIP_BYTES,
  routes,
};
console.log(JSON.stringify(figures, null, 2));
console.log(`written to ${await writeResult('own-js', figures)}`);
