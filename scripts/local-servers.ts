// Starting and stopping the production server, redis-server and nginx on loopback, for tests and
// benchmarks.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runContentBuild } from './content-build-process';
import { root, scriptCommand } from './run-script';

export interface LocalServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000) {
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

interface StopOptions {
  signal?: NodeJS.Signals;
  /** Past this, SIGTERM. */
  forceAfterMs?: number;
  /** A scratch folder of the server's, removed once it has exited. */
  removeDir?: string;
}

/** Stops `child` with `signal` (default SIGTERM), then removes its scratch folder. */
function stopper(child: ChildProcess, { signal = 'SIGTERM', forceAfterMs, removeDir }: StopOptions = {}) {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill(signal);
        if (forceAfterMs) setTimeout(() => child.kill('SIGTERM'), forceAfterMs).unref();
      });
    }
    if (removeDir) rmSync(removeDir, { recursive: true, force: true });
  };
}

export interface LocalSite extends LocalServer {
  /**
   * Ends the server with `signal` (SIGKILL: a crash) and starts it again at once on the same port
   * and build, its cache as the old process left it.
   */
  restart(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * `npm start`'s server (scripts/start.ts) on a free loopback port (or `port`); the build must
 * exist. `ownBuild`: the server runs on a copy of the build (for a server with content of its own).
 * `script`: another server script under scripts/ (a benchmark's baseline).
 */
export async function startSite(
  env: Record<string, string> = {},
  port?: number,
  { ownBuild = false, script = 'start.ts' }: { ownBuild?: boolean; script?: string } = {},
): Promise<LocalSite> {
  port ??= await freePort();
  const distDir = ownBuild ? copyOfBuild() : undefined;
  const [command, args] = scriptCommand(script);
  const url = `http://127.0.0.1:${port}`;
  const launch = async () => {
    const child = spawn(command, args, {
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
    await waitFor(async () => (await fetch(`${url}/api/popular?limit=1`)).ok, 'the site');
    return child;
  };
  const site: LocalSite = {
    url,
    child: await launch(),
    stop: () => stopper(site.child, { removeDir: distDir && path.join(root, distDir) })(),
    async restart(signal = 'SIGKILL') {
      await stopper(site.child, { signal })();
      site.child = await launch();
    },
  };
  return site;
}

/**
 * A scratch folder holding a copy of the site's content, for a server and publishes of its own:
 * `content/`, the pictures the site's own build made (the copy's build finds them and makes none
 * again) and a link to the project's packages.
 */
export function copyOfSiteContent(prefix: string): string {
  const work = mkdtempSync(path.join(tmpdir(), prefix));
  symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  cpSync(path.join(root, 'content'), path.join(work, 'content'), { recursive: true });
  const media = path.join(root, '.contentlayer', 'media');
  if (existsSync(media)) cpSync(media, path.join(work, '.contentlayer', 'media'), { recursive: true });
  return work;
}

/**
 * `npm start` on a copy of the site's content and of the build (copyOfSiteContent), built and
 * serving, and `npm run content:publish` pointed at it: for tests that publish. `env` is added to
 * the server's and the publish's settings.
 */
export async function startPublishingSite(prefix: string, secret: string, env: Record<string, string> = {}) {
  const work = copyOfSiteContent(prefix);
  const settings = {
    CONTENT_DIR: path.join(work, 'content'),
    CONTENTLAYER_DIR: path.join(work, '.contentlayer'),
    REVALIDATE_SECRET: secret,
    POPULARITY_DB: path.join(work, 'popularity.db'),
    ...env,
  };
  const build = runContentBuild({ cwd: work, env: settings });
  if (build.status !== 0) throw new Error(`The content build failed:\n${build.output}`);
  const site = await startSite(settings, undefined, { ownBuild: true });
  const publish = () =>
    spawnSync(...scriptCommand('publish-content.ts'), {
      cwd: work,
      env: { ...process.env, ...settings, SITE_URL: site.url },
      encoding: 'utf8',
      timeout: 60_000,
    });
  return { work, env: settings, site, publish };
}

/** The production build without its compiler cache, copied into `.next-sites/` (distDir must stay inside the project). */
function copyOfBuild(): string {
  mkdirSync(path.join(root, '.next-sites'), { recursive: true });
  const dir = path.relative(root, mkdtempSync(path.join(root, '.next-sites', 'build-')));
  cpSync(path.join(root, '.next'), path.join(root, dir), {
    recursive: true,
    filter: (source) => source !== path.join(root, '.next', 'cache'),
  });
  return dir;
}

/**
 * A throw-away redis-server on a free loopback port (or `port`), persisting nothing, once it
 * answers. It keeps the machine's clock: libfaketime (npm run test:any-day) hangs redis-server,
 * and every expiry the stores set is relative, as with a Redis on another machine.
 */
export async function startRedis(port?: number): Promise<LocalServer> {
  const env = { ...process.env, LD_PRELOAD: '' };
  if (spawnSync('redis-server', ['--version'], { env }).error) {
    throw new Error('The tests need redis-server: install it with "apt-get install redis-server".');
  }
  port ??= await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'sdoi-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore', env },
  );
  const url = `redis://127.0.0.1:${port}`;
  await waitFor(
    () => spawnSync('redis-cli', ['-u', url, 'ping'], { encoding: 'utf8', env }).stdout?.trim() === 'PONG',
    'redis-server',
    10_000,
  );
  const stop = stopper(child, { removeDir: dir });
  return {
    url,
    child,
    // A test may have stopped it (SIGSTOP) to stall it: it is continued, or it would never exit.
    stop: () => {
      child.kill('SIGCONT');
      return stop();
    },
  };
}

/**
 * deploy/nginx.conf made to run unprivileged in a scratch folder: the instances in `upstreams`
 * (host:port), a free loopback port, temporary and cache files in the folder.
 * `cache: false` switches the proxy cache off (to measure the instances behind it).
 */
export function renderNginxConfig({
  prefix,
  port,
  upstreams,
  cache = true,
}: {
  prefix: string;
  port: number;
  upstreams: string[];
  cache?: boolean;
}): string {
  let site = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
  // Each edit must find its line: a changed deploy file fails here rather than test something else.
  const edit = (pattern: RegExp, replacement: string | ((match: string) => string)) => {
    if (!pattern.test(site)) throw new Error(`deploy/nginx.conf no longer has ${pattern}`);
    pattern.lastIndex = 0;
    site = site.replace(pattern, replacement as string);
  };
  edit(/^\s*server 127\.0\.0\.1:\d+ .*\n/gm, '');
  edit(/^(\s*zone shandong_on_internet .*\n)/m, (zone) =>
    [zone, ...upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;\n`)].join(''),
  );
  edit(/listen 8080;/, `listen 127.0.0.1:${port};`);
  edit(/\/var\/lib\/nginx\/shandong-on-internet/, path.join(prefix, 'cache'));
  if (!cache) edit(/proxy_cache shandong_pages;/, 'proxy_cache off;');
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'tmp', name)};`;
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
export async function startNginx(
  upstreams: string[],
  { cache = true }: { cache?: boolean } = {},
): Promise<LocalServer & { prefix: string }> {
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
    stop: stopper(child, { signal: 'SIGQUIT', forceAfterMs: 3_000 }),
  };
}
