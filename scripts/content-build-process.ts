// The content build in a child process, the one way code starts it: the publish (and so the
// preview), the tests, the cluster suite and the benchmarks (bench/archive.ts times `npm run
// content` itself, as a reader of the README would run it). The build (scripts/build-content.ts)
// reads its folders from the environment, as `npm run content` does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { scriptCommand } from './run-script';

export interface ContentBuildRun {
  /** The content folder read (CONTENT_DIR); the site's own when not given. */
  contentDir?: string;
  /** The edition folder written (CONTENTLAYER_DIR), absolute or relative to `cwd`. */
  editionDir?: string;
  /** The working folder: Contentlayer's caches for partial and sharded runs go under it. */
  cwd?: string;
  /** Read every file again (`--full`), as after a change to the builder. */
  full?: boolean;
  /** More of the environment: CONTENT_SHARD_SIZE, a secret, a clock. */
  env?: Record<string, string | undefined>;
}

export interface ContentBuildResult {
  status: number | null;
  /** What it printed, standard output then standard error; empty when it printed to ours. */
  output: string;
}

function commandOf(run: ContentBuildRun) {
  const [command, args] = scriptCommand('build-content.ts', ...(run.full ? ['--full'] : []));
  const env = {
    ...process.env,
    ...(run.contentDir !== undefined && { CONTENT_DIR: run.contentDir }),
    ...(run.editionDir !== undefined && { CONTENTLAYER_DIR: run.editionDir }),
    ...run.env,
  };
  return { command, args, options: { cwd: run.cwd, env } };
}

/**
 * Runs the build to its end. `show` prints its output as it comes (a publish in a terminal);
 * otherwise the output is kept and returned (a test naming what failed).
 */
export function runContentBuild(
  run: ContentBuildRun = {},
  { show = false, timeoutMs }: { show?: boolean; timeoutMs?: number } = {},
): ContentBuildResult {
  const { command, args, options } = commandOf(run);
  const result = spawnSync(command, args, {
    ...options,
    stdio: show ? 'inherit' : 'pipe',
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  const failure = result.error
    ? `\n${result.error.message}`
    : result.signal
      ? `\nstopped by ${result.signal}`
      : '';
  return { status: result.status, output: (show ? '' : `${result.stdout}\n${result.stderr}`) + failure };
}

/** Starts the build in the background: to stop it midway, or to run something beside it. */
export function startContentBuild(run: ContentBuildRun = {}): {
  child: ChildProcess;
  done: Promise<ContentBuildResult>;
} {
  const { command, args, options } = commandOf(run);
  const child = spawn(command, args, options);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const done = new Promise<ContentBuildResult>((resolve) =>
    child.on('close', (status) => resolve({ status, output })),
  );
  return { child, done };
}
