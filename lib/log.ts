/** One structured warning line: optional modules fail soft and log loud. */
export function warn(event: string, error: unknown, details: Record<string, unknown> = {}): void {
  const message = error instanceof Error ? error.message : String(error);
  console.warn(JSON.stringify({ level: 'warn', event, message, ...details }));
}
