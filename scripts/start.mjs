// The production server: `next start` behind one guard, building first when no build exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import next from 'next';
import { hasDotSegment } from './request-path.mjs';

// Next answers a request for this route with the site's not-found page and status 404.
const NOT_FOUND_PATH = '/_not-found';

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build found: running "npm run build" first.');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  if (hasDotSegment(req.url)) req.url = NOT_FOUND_PATH;
  handle(req, res);
});
server.on('error', (error) => {
  console.error(`Cannot serve on ${hostname}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  console.log(
    `Shandong On Internet is serving on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`,
  );
});
