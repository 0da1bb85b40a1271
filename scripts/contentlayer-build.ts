// Runs Contentlayer's build: the steps of `contentlayer2 build` (compile the config, fetch and
// transform the documents, write the generated package, call `onSuccess`) through Contentlayer's
// own API. The CLI turns on execution tracing in its effect runtime, which records a trace at
// every fibre fork and doubles the time of a large build (59 s against 27 s for 5,000 articles).
// Usage: tsx scripts/contentlayer-build.ts <config> [working folder]
// The working folder receives `.contentlayer/` (generated package and cache); default $PWD.
import * as core from '@contentlayer2/core';
import { pipe, T } from '@contentlayer2/utils/effect';
import { createRequire } from 'node:module';
import path from 'node:path';

// The effect library's package map gives TypeScript no types for these two; their shapes as used here.
type Effect = ReturnType<typeof core.getConfig>;
const { chain, tap } = T as unknown as {
  chain: (f: (config: core.Config) => unknown) => (self: Effect) => Effect;
  tap: (f: typeof core.logGenerateInfo) => (self: Effect) => Effect;
};

const [configPath, workDir] = process.argv.slice(2);
if (!configPath) {
  console.error('usage: tsx scripts/contentlayer-build.ts <config> [working folder]');
  process.exit(2);
}

// Content is data: the front-matter parser reads YAML only. Its JavaScript engine (`---js`) would
// run a file's code; scripts/build-content.ts refuses such files first, and this makes sure.
const engines = createRequire(import.meta.url)('gray-matter/lib/engines.js') as Record<string, unknown>;
for (const name of Object.keys(engines)) if (name !== 'yaml') delete engines[name];

// runMain prints a failure (the file and field for invalid content) and exits with 1.
await pipe(
  core.getConfig({ configPath: path.resolve(configPath) }),
  chain((config) => core.generateDotpkg({ config, verbose: false })),
  tap(core.logGenerateInfo),
  core.runMain({
    tracingServiceName: 'content-build',
    verbose: process.env.CL_DEBUG !== undefined,
    customCwd: workDir ? path.resolve(workDir) : undefined,
  }) as (self: Effect) => Promise<void>,
);
