// Runs npm scripts one after another, printing how long each took, and stops at the first failure.
// `npm test` and CI use it so that the cost of every step is visible in the log.
//
// A step reads no terminal (its standard input is empty), so no tool it runs can stop to ask a
// question, and a step that runs past STEP_TIME_LIMIT seconds (default 1,500) is stopped with its
// processes listed: a hang fails at once with where it hung, instead of holding CI to its limit.
// With STEP_OUTPUT set to a folder, each step writes all it prints to `<folder>/<step>.log`, and
// only a failing step's last lines are shown: CI's own log stays a few kilobytes, whatever the
// suites print (docs/adr/014).
import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { endProcess } from './end-process';

export interface StepTime {
  step: string;
  seconds: number;
  status: number;
}

const DEFAULT_LIMIT_SECONDS = 1500;
/** The longest a timer can wait (about 24 days): a larger limit would fire at once. */
const MAX_LIMIT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);
/** How long a stopped step's processes get to end by themselves before they are killed. */
const GRACE_MS = 10_000;
/** How much of a failing step's own log is shown when its output goes to a file. */
const TAIL_LINES = 80;

function stepLimitSeconds(): number {
  const asked = Number(process.env.STEP_TIME_LIMIT);
  return Number.isFinite(asked) && asked > 0 ? Math.min(asked, MAX_LIMIT_SECONDS) : DEFAULT_LIMIT_SECONDS;
}

interface Running {
  pid: number;
  ppid: number;
  group: number;
  args: string;
}

/** Every process of the machine, read from /proc (empty where there is none). */
function processes(): Running[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  return pids.flatMap((pid) => {
    try {
      // "pid (command) state ppid pgrp …": the command may hold spaces and brackets.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const [, ppid, group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      return [{ pid: Number(pid), ppid: Number(ppid), group: Number(group), args }];
    } catch {
      return []; // Ended meanwhile.
    }
  });
}

/**
 * A step's processes: its process group, and every descendant of its first process, also those
 * that made groups of their own (a browser, a test's server).
 */
function processesOfStep(leader: number): Running[] {
  const all = processes();
  const mine = new Set(all.filter((p) => p.group === leader || p.pid === leader).map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) {
      if (!mine.has(p.pid) && mine.has(p.ppid)) {
        mine.add(p.pid);
        grew = true;
      }
    }
  }
  return all.filter((p) => mine.has(p.pid));
}

function signal(pids: Iterable<number>, name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

/** Stops the step's processes and `known` others: asked first, killed after GRACE_MS. */
async function stopStep(leader: number, known: ReadonlySet<number> = new Set()): Promise<void> {
  const pids = () => new Set([-leader, ...known, ...processesOfStep(leader).map((p) => p.pid)]);
  signal(pids(), 'SIGTERM');
  for (let waited = 0; waited < GRACE_MS && processesOfStep(leader).length > 0; waited += 250)
    await new Promise((resolve) => setTimeout(resolve, 250));
  signal(pids(), 'SIGKILL');
}

/** The last `count` lines of a file. */
function tailOf(file: string, count: number): string {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const shown = lines.slice(-count).join('\n');
  return lines.length > count ? `[… ${lines.length - count} lines before these in ${file}]\n${shown}` : shown;
}

/** The signal that stopped the run (Ctrl+C, a CI runner's stop), if one did. */
let interruptedBy: NodeJS.Signals | undefined;

const exitStatusOf = (name: NodeJS.Signals) => 128 + (constants.signals[name] ?? 0);

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
    const leader = child.pid ?? 0;
    /** The step's processes when it was stopped: some may have left its tree by the time it ends. */
    let stopped = new Set<number>();
    // Ctrl+C and a CI runner's stop reach the step too, though it has a group of its own; the run
    // ends after it. A second one kills the step and ends the run at once.
    const forward = (name: NodeJS.Signals) => {
      if (interruptedBy) {
        signal([-leader, ...processesOfStep(leader).map((p) => p.pid)], 'SIGKILL');
        process.exit(exitStatusOf(name));
      }
      interruptedBy = name;
      stopped = new Set(processesOfStep(leader).map((p) => p.pid));
      signal([-leader, ...stopped], name);
    };
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const name of signals) process.on(name, forward);
    let overran = false;
    const limit = setTimeout(() => {
      overran = true;
      const running = processesOfStep(leader);
      stopped = new Set(running.map((p) => p.pid));
      console.error(`\n${step} ran past its limit of ${limitSeconds} s (STEP_TIME_LIMIT). Its processes:`);
      console.error(running.map((p) => `${String(p.pid).padStart(8)} ${p.args}`).join('\n'));
      signal([-leader, ...stopped], 'SIGTERM');
    }, limitSeconds * 1000);
    const finish = async (status: number) => {
      clearTimeout(limit);
      for (const name of signals) process.off(name, forward);
      // What the step left running would outlive it, holding ports and files the next step needs.
      await stopStep(leader, stopped);
      resolve(status);
    };
    child.on('exit', (code, name) => {
      if (overran) void finish(124);
      else void finish(code ?? (name ? exitStatusOf(name) : 1));
    });
    child.on('error', () => void finish(127));
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
    if (status !== 0 || interruptedBy) break;
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
endProcess(interruptedBy ? exitStatusOf(interruptedBy) : times.some((t) => t.status !== 0) ? 1 : 0);
