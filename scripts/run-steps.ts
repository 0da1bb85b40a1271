// Runs npm scripts one after another, printing how long each took, and stops at the first failure.
// `npm test` and CI use it so that the cost of every step is visible in the log.
import { spawnSync } from 'node:child_process';

export interface StepTime {
  step: string;
  seconds: number;
  status: number;
}

export function runSteps(steps: string[]): StepTime[] {
  const times: StepTime[] = [];
  for (const step of steps) {
    const started = performance.now();
    console.log(`\n▶ ${step}`);
    const run = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
    const status = run.status ?? 1;
    const seconds = (performance.now() - started) / 1000;
    times.push({ step, seconds, status });
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
const times = runSteps(steps);
process.exit(times.some((t) => t.status !== 0) ? 1 : 0);
