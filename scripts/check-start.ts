// npm run test:start: what a newcomer does after `npm ci`. Runs `npm start` as the README gives it
// (it builds first when there is no build), waits until it serves, and checks that the home page,
// an article and the RSS feed answer as a reader and a feed reader expect. Stops the server after.
import { spawn } from 'node:child_process';
import { freePort } from './local-servers';

const BUILD_AND_START_MS = 10 * 60_000;
const CHECKS: [path: string, type: RegExp, text: string][] = [
  ['/', /^text\/html/, 'Most popular'],
  ['/news/china-news/cis-leader-looks-to-closer-ties-with-sco', /^text\/html/, 'Your Location'],
  ['/rss.xml', /^application\/rss\+xml/, '<rss'],
];

const port = await freePort();
const server = spawn('npm', ['start'], {
  env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' },
  stdio: ['ignore', 'pipe', 'inherit'],
  detached: true,
});
const serving = new Promise<void>((resolve, reject) => {
  server.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes('is serving on')) resolve();
  });
  server.once('exit', (code) => reject(new Error(`npm start exited with ${code} before it served`)));
  setTimeout(
    () => reject(new Error(`npm start did not serve within ${BUILD_AND_START_MS / 1000} s`)),
    BUILD_AND_START_MS,
  ).unref();
});

let failures = 0;
try {
  await serving;
  for (const [path, type, text] of CHECKS) {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { connection: 'close' } });
    const body = await response.text();
    const ok =
      response.status === 200 && type.test(response.headers.get('content-type') ?? '') && body.includes(text);
    if (!ok) failures++;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${path}: ${response.status} ${response.headers.get('content-type')}`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failures++;
} finally {
  // npm start is npm, then node: the whole group stops.
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
}
console.log(
  `${CHECKS.length - Math.min(failures, CHECKS.length)} passed, ${Math.min(failures, CHECKS.length)} failed`,
);
process.exit(failures === 0 ? 0 : 1);
