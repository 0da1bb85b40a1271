// Floods of junk against a production server on a copy of the build: unknown URLs and junk
// section and feed names leave nothing behind, on disk or in memory.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/run-script';
import { startSite, type LocalServer } from '../../scripts/local-servers';

/** Files the flood may add to the build's folder: none is written per URL, whatever the count. */
const MAX_NEW_FILES = 20;
/**
 * Memory (resident) the server may grow by over a flood of 10,000 junk URLs, once warmed up. The
 * garbage collector's own swing is up to about 100 MB here; what a flood kept per URL (55 KB a
 * page render before the guard) would be 500 MB. The old generation is capped, so memory kept
 * per URL would also end in a crash that the statuses show.
 */
const MAX_GROWTH_MB = 128;
const HEAP_CAP_MB = 512;
const CONNECTIONS = 32;

let site: LocalServer;
let buildDir: string;

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

function residentMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kb / 1024;
}

/** GETs every path over a few kept-alive connections; resolves with each status's count. */
async function flood(paths: string[]): Promise<Record<number, number>> {
  const { hostname, port } = new URL(site.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const statuses: Record<number, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const target = paths[next++];
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: hostname, port, path: target, agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end();
      });
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  agent.destroy();
  return statuses;
}

const junk = (n: number) => `${n.toString(36)}-${((n * 2654435761) >>> 0).toString(36)}`;

beforeAll(async () => {
  site = await startSite(
    {
      POPULARITY_DB: path.join(mkdtempSync(path.join(tmpdir(), 'sdoi-flood-')), 'views.db'),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_CAP_MB}`,
    },
    undefined,
    { ownBuild: true },
  );
  buildDir = path.join(root, distDirOf(site));
  // Warm-up: 5,000 junk requests bring the heap to its working size, so the floods below measure
  // what grows with the number of URLs, not first use.
  await flood(
    Array.from({ length: 5_000 }, (_, n) => (n % 2 ? `/news/china-news/w${n}` : `/news/w${n}/rss.xml`)),
  );
}, 120_000);
afterAll(() => site?.stop());

/** The copy of the build the server runs on, from its environment. */
function distDirOf(server: LocalServer): string {
  const environ = readFileSync(`/proc/${server.child.pid}/environ`, 'utf8').split('\0');
  const entry = environ.find((line) => line.startsWith('NEXT_DIST_DIR='));
  if (!entry) throw new Error('the server runs on the shared build');
  return entry.slice('NEXT_DIST_DIR='.length);
}

describe('floods of junk', () => {
  it('10,000 unknown URLs under every dynamic route: 404, no file written, memory bounded', async () => {
    const files = countFiles(buildDir);
    const memory = residentMb(site.child.pid!);
    const routes = [
      (n: number) => `/news/china-news/${junk(n)}`,
      (n: number) => `/news/${junk(n)}`,
      (n: number) => `/news/business/page/${n + 1000}`,
      (n: number) => `/introduction/${junk(n)}`,
      (n: number) => `/og/world-news/${junk(n)}`,
      (n: number) => `/sitemaps/${(n % 99999) + 2}.xml`,
      (n: number) => `/tags/${junk(n)}`,
    ];
    const statuses = await flood(Array.from({ length: 10_000 }, (_, n) => routes[n % routes.length](n)));
    expect(statuses).toEqual({ 404: 10_000 });
    expect(countFiles(buildDir) - files).toBeLessThanOrEqual(MAX_NEW_FILES);
    expect(residentMb(site.child.pid!) - memory).toBeLessThan(MAX_GROWTH_MB);
  }, 240_000);

  it('10,000 junk section and feed names, up to 4 KB long: 404, memory bounded', async () => {
    const files = countFiles(buildDir);
    const memory = residentMb(site.child.pid!);
    const name = (n: number) => `${junk(n)}${'x'.repeat(n % 4000)}`;
    const statuses = await flood(
      Array.from({ length: 10_000 }, (_, n) => (n % 2 ? `/news/${name(n)}/rss.xml` : `/news/${name(n)}`)),
    );
    expect(statuses).toEqual({ 404: 10_000 });
    expect(countFiles(buildDir) - files).toBeLessThanOrEqual(MAX_NEW_FILES);
    expect(residentMb(site.child.pid!) - memory).toBeLessThan(MAX_GROWTH_MB);
  }, 240_000);
});
