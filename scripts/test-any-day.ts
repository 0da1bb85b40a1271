// npm run test:any-day: the unit suite again with the system clock a year ahead and a year back,
// in the zones furthest ahead of and behind the site's own, so that no test leans on today's date,
// the hour or the zone of the machine it runs on. libfaketime moves the clock of every process the
// suite starts (content builds among them; redis-server keeps the machine's, see test/helpers).
import { spawnSync } from 'node:child_process';

const RUNS = [
  { shift: '+365d', zone: 'Pacific/Kiritimati' },
  { shift: '-365d', zone: 'America/Los_Angeles' },
];

if (spawnSync('faketime', ['-f', '+0', 'true']).status !== 0) {
  console.error('The date-independence check needs libfaketime: on Debian, "apt-get install faketime".');
  process.exit(1);
}

for (const { shift, zone } of RUNS) {
  // Only the wall clock moves: timers and timeouts keep the machine's monotonic clock.
  const env = { ...process.env, TZ: zone, DONT_FAKE_MONOTONIC: '1' };
  const date = spawnSync('faketime', ['-f', shift, 'date', '+%Y-%m-%d %H:%M %Z'], { env, encoding: 'utf8' });
  console.log(`\nUnit tests on ${date.stdout.trim()} (${zone}, system clock ${shift})`);
  const run = spawnSync('faketime', ['-f', shift, 'npx', 'vitest', 'run'], { env, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
