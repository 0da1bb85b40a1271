import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const runSteps = path.resolve(import.meta.dirname, '../scripts/run-steps.ts');
// The steps run in a project of their own, where tsx is not installed.
const tsx = createRequire(import.meta.url).resolve('tsx');
const project = mkdtempSync(path.join(tmpdir(), 'sdoi-steps-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** The project's npm scripts: the steps to run. */
const withScripts = (scripts: Record<string, string>) =>
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'steps', private: true, scripts }),
  );

/** A sleep no other process on the machine runs: this run's own, found by its arguments. */
const NAP = `sleep 271.${process.pid}`;

/** The processes of the machine running `NAP`: the sleeps themselves, not the shell that starts them. */
function napping(): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim() === NAP;
      } catch {
        return false;
      }
    });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

withScripts({
  quick: 'echo quick done',
  // A tool that waits for an answer on its standard input.
  asks: 'read answer; echo "answer: [$answer]"',
  // A step that hangs, with a process beneath it, and one that made a session of its own (as a
  // browser or a test's server does).
  hangs: `setsid ${NAP} & ${NAP} & ${NAP}`,
  fails: 'exit 3',
});

/** The environment of a run: the settings of the run this test is part of (CI sets STEP_OUTPUT) are not this run's. */
function envOf(env: Record<string, string>) {
  const inherited = { ...process.env };
  delete inherited.STEP_OUTPUT;
  delete inherited.STEP_TIME_LIMIT;
  return { ...inherited, ...env };
}

function run(steps: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', tsx, runSteps, ...steps], {
    cwd: project,
    encoding: 'utf8',
    env: envOf(env),
    // A caller's terminal stays with the caller: the steps read nothing from it.
    stdio: ['pipe', 'pipe', 'pipe'],
    input: 'typed by nobody\n',
    timeout: 60_000,
  });
}

describe('npm test steps', () => {
  it('runs each step in turn and prints its time', () => {
    const result = run(['quick', 'quick']);
    expect(result.status).toBe(0);
    expect(result.stdout.match(/◀ quick: passed in \d+\.\d s/g)).toHaveLength(2);
    expect(result.stdout).toMatch(/total\s+\d+\.\d s/);
  });

  it('gives a step nothing to read, so nothing can wait for an answer', () => {
    const result = run(['asks']);
    expect(result.stdout).toContain('answer: []');
    expect(result.stdout).not.toContain('typed by nobody');
  });

  it('stops at the first failure, with its exit status', () => {
    const result = run(['fails', 'quick']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('◀ fails: failed (exit 3)');
    expect(result.stdout).not.toContain('▶ quick');
  });

  it('stops a step past its time limit, lists what it was running, and fails', () => {
    const started = Date.now();
    const result = run(['hangs', 'quick'], { STEP_TIME_LIMIT: '2' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('hangs ran past its limit of 2 s');
    // The three sleeps, the one in a session of its own among them.
    expect(
      result.stderr
        .split('\n')
        .filter((line) => line.trim().endsWith(` ${NAP}`) && /^\s*\d+ sleep/.test(line)),
    ).toHaveLength(3);
    expect(result.stdout).toContain('◀ hangs: failed (exit 124)');
    expect(result.stdout).not.toContain('▶ quick');
    // Nothing the step started is left running, not even what left its group.
    expect(napping()).toEqual([]);
  });

  it("reads a limit past a timer's range, or not a number, without stopping a quick step", () => {
    for (const limit of ['1e12', 'soon', '0', '-5']) {
      const result = run(['quick'], { STEP_TIME_LIMIT: limit });
      expect(result.status, limit).toBe(0);
      expect(result.stdout, limit).toContain('◀ quick: passed');
    }
  });

  it('ends the run after the step a Ctrl+C stops, with the status of the signal', async () => {
    const runner = spawn(process.execPath, ['--import', tsx, runSteps, 'hangs', 'quick'], {
      cwd: project,
      env: envOf({}),
    });
    let output = '';
    runner.stdout.on('data', (chunk) => (output += chunk));
    runner.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => runner.on('exit', (code) => resolve(code)));
    // Once all three of the step's sleeps run: the shell has started everything it will.
    for (let waited = 0; napping().length < 3; waited += 50) {
      if (waited > 20_000) throw new Error(`the step's sleeps did not start: ${output}`);
      await pause(50);
    }
    runner.kill('SIGINT');
    const status = await Promise.race([exited, pause(30_000).then(() => 'still running')]);
    expect(status, `${output}\nstill sleeping: ${napping().join(' ')}`).toBe(130);
    expect(output).not.toContain('▶ quick');
    expect(napping()).toEqual([]);
  });
});

describe('npm test steps with STEP_OUTPUT', () => {
  const logs = path.join(project, 'logs');

  it("keeps each step's output in its own file and shows only a failing step's last lines", () => {
    withScripts({
      chatty: 'for i in $(seq 1 500); do echo "chatty line $i"; done',
      broken: 'for i in $(seq 1 500); do echo "broken line $i"; done; echo "the reason" >&2; exit 2',
    });
    const result = run(['chatty', 'broken'], { STEP_OUTPUT: logs });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain('chatty line');
    expect(readFileSync(path.join(logs, 'chatty.log'), 'utf8')).toContain('chatty line 500');
    expect(result.stdout).toContain('broken line 500');
    expect(result.stdout).toContain('the reason');
    expect(result.stdout).not.toContain('broken line 100\n');
    expect(result.stdout.length).toBeLessThan(8_000);
  });
});
