// How a script ends with a status: by running out of work, not by process.exit(). Node 24 can
// deadlock in process.exit() when a background compile of freshly loaded code waits for a garbage
// collection the exiting main thread never runs (seen twice in CI, each time at the content
// build's quick "unchanged" exit). A natural exit tears the heap down first and does not.
/** Ends the process with `code` once nothing is left to do; forced after `graceMs` if something lingers. */
export function endProcess(code: number, graceMs = 10_000): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), graceMs).unref();
}
