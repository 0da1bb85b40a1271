// Runs npm scripts one after another, printing how long each took, and stops at the first failure.
// `npm test` and CI use it so that the cost of every step is visible in the log.
//
// A step reads no terminal (its standard input is empty), so no tool it runs can stop to ask a
// question, and a step that runs past STEP_TIME_LIMIT seconds (default 1,500) is stopped with its
// processes listed: a hang fails at once with where it hung, instead of holding CI to its limit.
// With STEP_OUTPUT set to a folder, each step writes all it prints to `<folder>/<step>.log`, and
// only a failing step's last lines are shown: CI's own log stays a few kilobytes, whatever the
// suites print (docs/adr/014).
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface StepTime {
  step: string;
  seconds: number;
  status: number;
}

const DEFAULT_LIMIT_SECONDS = 1500;
/** How much of a failing step's own log is shown when its output goes to a file. */
const TAIL_LINES = 80;

function stepLimitSeconds(): number {
  const asked = Number(process.env.STEP_TIME_LIMIT);
  return Number.isFinite(asked) && asked > 0 ? asked : DEFAULT_LIMIT_SECONDS;
}

/** The processes of one process group, as `ps` shows them, for the log of a step that hung. */
function processesOf(group: number): string {
  try {
    return execFileSync('ps', ['-o', 'pid,etimes,args', '--no-headers', '-g', String(group)], {
      encoding: 'utf8',
    });
  } catch {
    return '(ps could not list them)\n';
  }
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}

/** The last `count` lines of a file. */
function tailOf(file: string, count: number): string {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const shown = lines.slice(-count).join('\n');
  return lines.length > count ? `[… ${lines.length - count} lines before these in ${file}]\n${shown}` : shown;
}

/**
 * Runs `npm run <step>` in a process group of its own, its output to ours or to `logFile`;
 * resolves with its exit status.
 */
function runStep(step: string, limitSeconds: number, logFile?: string): Promise<number> {
  return new Promise((resolve) => {
    const log = logFile === undefined ? undefined : openSync(logFile, 'w');
    const child = spawn('npm', ['run', '--silent', step], {
      stdio: ['ignore', log ?? 'inherit', log ?? 'inherit'],
      detached: true,
    });
    if (log !== undefined) closeSync(log);
    const group = child.pid!;
    // Ctrl+C and a CI runner's stop reach the step too, though it has a group of its own.
    const forward = (signal: NodeJS.Signals) => signalGroup(group, signal);
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    let overran = false;
    const limit = setTimeout(() => {
      overran = true;
      console.error(`\n${step} ran past its limit of ${limitSeconds} s (STEP_TIME_LIMIT). Its processes:`);
      console.error(processesOf(group));
      signalGroup(group, 'SIGTERM');
      setTimeout(() => signalGroup(group, 'SIGKILL'), 10_000).unref();
    }, limitSeconds * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(limit);
      for (const s of signals) process.off(s, forward);
      // What the step left running would outlive it, holding ports and files the next step needs.
      signalGroup(group, 'SIGKILL');
      resolve(overran ? 124 : (code ?? (signal ? 128 : 1)));
    });
    child.on('error', () => resolve(127));
  });
}

export async function runSteps(steps: string[]): Promise<StepTime[]> {
  const limitSeconds = stepLimitSeconds();
  const logDir = process.env.STEP_OUTPUT ? path.resolve(process.env.STEP_OUTPUT) : undefined;
  if (logDir) mkdirSync(logDir, { recursive: true });
  const times: StepTime[] = [];
  for (const step of steps) {
    const started = performance.now();
    const logFile = logDir && path.join(logDir, `${step.replaceAll(':', '-')}.log`);
    console.log(`\n▶ ${step}${logFile ? ` (its output: ${path.relative(process.cwd(), logFile)})` : ''}`);
    const status = await runStep(step, limitSeconds, logFile);
    const seconds = (performance.now() - started) / 1000;
    times.push({ step, seconds, status });
    if (status !== 0 && logFile) console.log(tailOf(logFile, TAIL_LINES));
    console.log(
      `◀ ${step}: ${status === 0 ? 'passed' : `failed (exit ${status})`} in ${seconds.toFixed(1)} s`,
    );
    if (status !== 0) break;
  }
  console.log('\nStep times:');
  for (const { step, seconds, status } of times) {
    console.log(
      `  ${step.padEnd(24)} ${seconds.toFixed(1).padStart(7)} s${status === 0 ? '' : '  (failed)'}`,
    );
  }
  const total = times.reduce((sum, t) => sum + t.seconds, 0);
  console.log(`  ${'total'.padEnd(24)} ${total.toFixed(1).padStart(7)} s`);
  return times;
}

const steps = process.argv.slice(2);
if (steps.length === 0) {
  console.error('usage: run-steps <npm script> [<npm script> …]');
  process.exit(2);
}
const times = await runSteps(steps);
process.exit(times.some((t) => t.status !== 0) ? 1 : 0);
