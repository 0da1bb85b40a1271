// `npm run test:cluster` starts Debian's redis-server and nginx: say how to get them when missing.
import { spawnSync } from 'node:child_process';
import { NGINX } from './local-servers';

const tools: [string, string[]][] = [
  ['redis-server', ['--version']],
  [NGINX, ['-v']],
];
const missing = tools.filter(([command, args]) => spawnSync(command, args).error);
if (missing.length > 0) {
  const names = missing.map(([command]) => command).join(' and ');
  console.error(
    `\nThe cluster tests need ${names}. Install with:   sudo apt-get install redis-server nginx\n`,
  );
  process.exit(1);
}
