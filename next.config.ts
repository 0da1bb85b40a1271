import path from 'node:path';
import type { NextConfig } from 'next';
import { securityHeaders } from './lib/http/security-headers';
import { site } from './lib/site';

const nextConfig: NextConfig = {
  // A test server with content of its own runs on a copy of the build (scripts/local-servers.ts),
  // so the pages it regenerates never land in the build that other servers read.
  distDir: site.buildDir,
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm start` compresses, after it has taken Next's scripts out of a page (scripts/start.ts).
  compress: false,
  // A build neither asks the registry for advisories nor stops at a terminal to offer an upgrade:
  // it runs the same in CI, in a terminal and with no network. Upgrades are chosen in package.json.
  experimental: { agentUpgrade: false },
  // With Redis, every instance reads and writes one ISR cache and keeps no copy of its own.
  ...(site.popular.redisUrl && {
    cacheHandler: path.resolve(import.meta.dirname, 'cache-handler.mjs'),
    cacheMaxMemorySize: 0,
  }),
  async headers() {
    return [
      {
        source: '/:path*',
        headers: securityHeaders({ dev: process.env.NODE_ENV === 'development' }),
      },
    ];
  },
};

export default nextConfig;
