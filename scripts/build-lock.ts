// One content build at a time per output folder: two at once could drop each other's articles or
// delete bodies the live index names. The lock is a file holding the builder's process id; one
// left by a build that crashed or was killed names a process that no longer runs, and is taken over.
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

const POLL_MS = 250;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryTake(file: string): number | undefined {
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number(readFileSync(file, 'utf8').trim());
  if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) return holder;
  // Left behind (or half-written) by a build that is gone: take it over.
  rmSync(file, { force: true });
  return tryTake(file);
}

/**
 * Waits until no other content build holds `file` (up to `timeoutMs`), then holds it until this
 * process exits, however it exits. False, with the holder named, when the wait ran out.
 */
export async function holdBuildLock(file: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    const holder = tryTake(file);
    if (holder === undefined) break;
    if (!announced) console.log(`Waiting for the content build already running (process ${holder}).`);
    announced = true;
    if (Date.now() > deadline) {
      console.error(`Content build failed: process ${holder} still holds ${file}.`);
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  process.on('exit', () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.once(signal, () => process.exit(130));
  return true;
}

/**
 * Runs `fn` while holding `file`, then lets it go: for a short update of a file that two
 * publishes could otherwise read and write at once. Throws when the wait runs out.
 */
export async function withFileLock<T>(file: string, timeoutMs: number, fn: () => T): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let holder: number | undefined;
  while ((holder = tryTake(file)) !== undefined) {
    if (Date.now() > deadline) throw new Error(`process ${holder} still holds ${file}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS / 5));
  }
  try {
    return fn();
  } finally {
    rmSync(file, { force: true });
  }
}
