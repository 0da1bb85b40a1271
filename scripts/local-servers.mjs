// Starting and stopping the production server and redis-server on loopback, for tests and benchmarks.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Stops `child` with `signal`; past `forceAfterMs` (when given), with SIGTERM. */
function stopper(child, signal = 'SIGTERM', forceAfterMs) {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
      if (forceAfterMs) setTimeout(() => child.kill('SIGTERM'), forceAfterMs).unref();
    });
}

/**
 * `node scripts/start.mjs` on a free loopback port (or `port`); the build must exist.
 * `ownBuild`: the server runs on a copy of the build (for a server with content of its own).
 */
export async function startSite(env = {}, port, { ownBuild = false } = {}) {
  port ??= await freePort();
  const distDir = ownBuild ? copyOfBuild() : undefined;
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      ...(distDir && { NEXT_DIST_DIR: distDir }),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/api/popular?limit=1`)).ok, 'the site');
  const stop = stopper(child);
  return {
    url,
    child,
    stop: async () => {
      await stop();
      if (distDir) rmSync(path.join(root, distDir), { recursive: true, force: true });
    },
  };
}

/** The production build without its compiler cache, copied into `.next-sites/` (distDir must stay inside the project). */
function copyOfBuild() {
  mkdirSync(path.join(root, '.next-sites'), { recursive: true });
  const dir = path.relative(root, mkdtempSync(path.join(root, '.next-sites', 'build-')));
  cpSync(path.join(root, '.next'), path.join(root, dir), {
    recursive: true,
    filter: (source) => source !== path.join(root, '.next', 'cache'),
  });
  return dir;
}

/** A throw-away redis-server on a free loopback port (or `port`), persisting nothing. */
export async function startRedis(port) {
  port ??= await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'sdoi-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    {
      stdio: 'ignore',
    },
  );
  await new Promise((resolve, reject) => {
    child.once('error', reject);
    setTimeout(resolve, 300);
  });
  return { url: `redis://127.0.0.1:${port}`, child, stop: stopper(child) };
}

/**
 * deploy/nginx.conf made to run unprivileged in a scratch folder: the instances in `upstreams`
 * (host:port), a free loopback port, temporary and cache files in the folder.
 * `cache: false` switches the proxy cache off (to measure the instances behind it).
 */
export function renderNginxConfig({ prefix, port, upstreams, cache = true }) {
  let site = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
  // Each edit must find its line: a changed deploy file fails here rather than test something else.
  const edit = (pattern, replacement) => {
    if (!pattern.test(site)) throw new Error(`deploy/nginx.conf no longer has ${pattern}`);
    site = site.replace(pattern, replacement);
  };
  edit(/^\s*server 127\.0\.0\.1:\d+ .*\n/gm, '');
  edit(/^(\s*zone shandong_on_internet .*\n)/m, (zone) =>
    [zone, ...upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;\n`)].join(''),
  );
  edit(/listen 8080;/, `listen 127.0.0.1:${port};`);
  edit(/\/var\/lib\/nginx\/shandong-on-internet/, path.join(prefix, 'cache'));
  if (!cache) edit(/proxy_cache shandong_pages;/, 'proxy_cache off;');
  const temp = (name) => `${name}_temp_path ${path.join(prefix, 'tmp', name)};`;
  return `worker_processes 1;
error_log ${path.join(prefix, 'error.log')} warn;
pid ${path.join(prefix, 'nginx.pid')};
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${site.replace(/^/gm, '  ')}
}
`;
}

/** Debian installs nginx in /usr/sbin, which is not on every user's PATH. */
export const NGINX = process.env.NGINX_PATH || (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** Debian's nginx in the foreground with deploy/nginx.conf in front of `upstreams`. */
export async function startNginx(upstreams, { cache = true } = {}) {
  const port = await freePort();
  const prefix = mkdtempSync(path.join(tmpdir(), 'sdoi-nginx-'));
  // Run as root, nginx's workers are `nobody`: they must reach the folder.
  chmodSync(prefix, 0o755);
  mkdirSync(path.join(prefix, 'tmp'), { mode: 0o755 });
  const config = path.join(prefix, 'nginx.conf');
  writeFileSync(config, renderNginxConfig({ prefix, port, upstreams, cache }));
  const child = spawn(NGINX, ['-e', 'stderr', '-p', `${prefix}/`, '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  child.once('exit', (code) => {
    if (code) console.error(`nginx exited with ${code}; see ${path.join(prefix, 'error.log')}`);
  });
  await waitFor(async () => {
    if (child.exitCode !== null) throw new Error('nginx exited');
    await fetch(`${url}/robots.txt`);
    return true;
  }, 'nginx');
  return {
    url,
    prefix,
    child,
    // SIGQUIT: nginx finishes what it is serving and its workers leave with it.
    stop: stopper(child, 'SIGQUIT', 3_000),
  };
}
