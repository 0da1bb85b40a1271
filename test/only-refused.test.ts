// A `.only` left in a test file would shrink its suite to that one test, and the run would pass.
// Each runner, with the project's own configuration, refuses such a file whether or not CI is set.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../scripts/run-script';

const scratch = mkdtempSync(path.join(tmpdir(), 'sdoi-only-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'));
// The unit configuration's global setup, found under the scratch project's root.
mkdirSync(path.join(scratch, 'test'));
symlinkSync(path.join(root, 'test', 'helpers'), path.join(scratch, 'test', 'helpers'));

/** Writes a file holding one focused test that passes and one left out that would fail. */
function focused(file: string, runner: 'vitest' | '@playwright/test') {
  const test = runner === 'vitest' ? 'it' : 'test';
  mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
  writeFileSync(
    path.join(scratch, file),
    `import { expect, ${test} } from '${runner}';\n` +
      `${test}.only('focused', () => expect(1).toBe(1));\n` +
      `${test}('left out', () => expect(1).toBe(2));\n`,
  );
}

/** The environment of a run started by hand: no CI, nothing of the Vitest run this test is part of. */
function handRun(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name === 'CI' || name.startsWith('VITEST')) delete env[name];
  return env;
}

function run(command: string, args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', command), ...args], {
    cwd: scratch,
    env: handRun(),
    encoding: 'utf8',
    timeout: 90_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a committed .only', () => {
  it.each([
    ['vitest.config.ts', 'test/focused.test.ts'],
    ['vitest.resilience.config.ts', 'test/resilience/focused.test.ts'],
    ['vitest.cluster.config.ts', 'test/cluster/focused.test.ts'],
  ])('fails a Vitest run with %s', (config, file) => {
    focused(file, 'vitest');
    const result = run('vitest/vitest.mjs', [
      'run',
      '--config',
      path.join(root, config),
      '--root',
      scratch,
      file,
    ]);
    expect(result.output).toContain('Unexpected .only modifier');
    expect(result.status).toBe(1);
  });

  it('fails a Playwright run with playwright.config.ts', () => {
    focused('e2e/focused.spec.ts', '@playwright/test');
    // The project's configuration, pointed at the scratch folder's tests and starting no server.
    writeFileSync(
      path.join(scratch, 'playwright.config.ts'),
      `import config from ${JSON.stringify(path.join(root, 'playwright.config.ts'))};\n` +
        `export default { ...config, testDir: ${JSON.stringify(path.join(scratch, 'e2e'))}, webServer: undefined };\n`,
    );
    const result = run('@playwright/test/cli.js', ['test', '--list', '--config', 'playwright.config.ts']);
    expect(result.output).toContain("item focused with '.only' is not allowed");
    expect(result.status).toBe(1);
  });
});
