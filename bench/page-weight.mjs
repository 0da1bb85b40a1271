// HTML bytes and gzipped JavaScript bytes of pages served by a running production server.
// Usage: npx tsx bench/page-weight.mjs [baseURL=http://127.0.0.1:3000] [path ...]
import { gzipSync } from 'node:zlib';
import { writeResult } from './lib.mjs';

const [baseURL = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ['/news/china-news/cis-leader-looks-to-closer-ties-with-sco'];

async function bytesOf(url) {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

const results = [];
for (const page of pages) {
  const html = await bytesOf(new URL(page, baseURL));
  // Module-aware browsers skip noModule scripts (legacy polyfills), so they are not counted.
  const tags = [...html.toString('utf8').matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
  const scripts = [
    ...new Set(tags.filter((t) => !/noModule/i.test(t)).flatMap((t) => /src="([^"]+)"/.exec(t)?.[1] ?? [])),
  ];
  let jsGzip = 0;
  let jsRaw = 0;
  for (const src of scripts) {
    const body = await bytesOf(new URL(src, baseURL));
    jsRaw += body.length;
    jsGzip += gzipSync(body, { level: 9 }).length;
  }
  const figures = {
    page,
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html, { level: 9 }).length,
    scripts: scripts.length,
    jsBytes: jsRaw,
    jsGzipBytes: jsGzip,
  };
  results.push(figures);
  console.log(JSON.stringify(figures));
}
console.log(`written to ${await writeResult('page-weight', { baseURL, results })}`);
