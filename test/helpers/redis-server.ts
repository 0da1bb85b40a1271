import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './ports';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

/** Global setup: a real redis-server on a free loopback port for the whole test run. */
export default async function startRedis(project: TestProject) {
  // Under test:any-day libfaketime moves this process's clock; redis-server hangs with it loaded, so
  // it keeps the machine's clock, like a Redis on another machine (every TTL the stores set is relative).
  const env = { ...process.env, LD_PRELOAD: '' };
  if (spawnSync('redis-server', ['--version'], { env }).error) {
    throw new Error('The tests need redis-server: install it with "apt-get install redis-server".');
  }
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'sdoi-test-redis-'));
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore', env },
  );
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (spawnSync('redis-cli', ['-u', url, 'ping'], { encoding: 'utf8', env }).stdout?.trim() !== 'PONG') {
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  project.provide('redisUrl', url);
  return () => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  };
}
