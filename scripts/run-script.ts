// How one of these scripts runs in a child process: Node with tsx's loader, wherever the child's
// working folder is (a scratch folder of a test has no node_modules of its own).
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = path.resolve(import.meta.dirname, '..');

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** `[command, args]` that run `scripts/<script>` with `args` in a new Node process. */
export function scriptCommand(script: string, ...args: string[]): [string, string[]] {
  return [process.execPath, ['--import', TSX_LOADER, path.join(root, 'scripts', script), ...args]];
}
