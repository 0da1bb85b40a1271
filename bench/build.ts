// Times `npm run build` and samples the memory of its whole process tree.
// Usage: npx tsx bench/build.ts [runs=3] [--first]
//   --first: every run a first build, without the content index, Contentlayer's caches or Next's
//   build cache (writes bench/results/build-first.json). CONTENT_DIR=<folder> builds another
//   content folder, e.g. the archive of bench/make-archive.ts.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { site } from '../lib/site';
import { median, root, treeRss, writeResult } from './lib';

/** One build: its wall time and the peak resident memory of all its processes. */
interface BuildSample {
  seconds: number;
  peakMB: number;
}

/** bench/results/build.json and build-first.json. */
interface BuildFigures {
  runs: number;
  first: boolean;
  contentDir: string;
  medianSeconds: number;
  medianPeakMB: number;
  samples: BuildSample[];
}

const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) || 3);
const first = process.argv.includes('--first');

function buildOnce(): Promise<BuildSample> {
  if (first)
    for (const dir of [site.editionDir, site.buildDir])
      rmSync(path.resolve(root, dir), { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', 'build'], { stdio: 'ignore' });
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`npm run build exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMB: peak / 2 ** 20 });
    });
  });
}

const samples: BuildSample[] = [];
for (let i = 0; i < runs; i++) {
  const sample = await buildOnce();
  samples.push(sample);
  console.log(`run ${i + 1}: ${sample.seconds.toFixed(1)} s, peak ${sample.peakMB.toFixed(0)} MB`);
}
const figures: BuildFigures = {
  runs,
  first,
  contentDir: process.env.CONTENT_DIR || 'content',
  medianSeconds: Number(median(samples.map((s) => s.seconds)).toFixed(1)),
  medianPeakMB: Math.round(median(samples.map((s) => s.peakMB))),
  samples,
};
console.log(`median: ${figures.medianSeconds} s, peak ${figures.medianPeakMB} MB (all processes)`);
console.log(`written to ${await writeResult(first ? 'build-first' : 'build', figures)}`);
