// The thread `npm start` runs searches on (lib/search/pool.ts): lib/search/worker.ts, whose
// TypeScript tsx loads. An eval'd worker resolves `tsx` from the working folder, the project's.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const WORKER = pathToFileURL(path.join(import.meta.dirname, '../lib/search/worker.ts')).href;

export function startSearchThread(): Worker {
  return new Worker(
    `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(WORKER)}, ${JSON.stringify(WORKER)}))`,
    { eval: true },
  );
}
