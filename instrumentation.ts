/** Runs once when the production server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerViewBeaconHandler } = await import('./lib/popularity/node-beacon');
    registerViewBeaconHandler();
  }
}
