// Cached article throughput through nginx (deploy/nginx.conf) with one and with two instances
// sharing Redis, the proxy cache off so that the instances answer, then with the proxy cache on.
// Usage: npx tsx bench/cluster.mjs [seconds=10] [connections=50] [rounds=3]. Needs a production
// build (npm run build), redis-server and nginx.
import { loadTest, median, writeResult } from './lib.mjs';
import { startNginx, startRedis, startSite } from '../scripts/local-servers.ts';

const [seconds = 10, connections = 50, rounds = 3] = process.argv.slice(2).map(Number);
const ARTICLE = '/news/china-news/cis-leader-looks-to-closer-ties-with-sco';

async function load(url) {
  const result = await loadTest({ url, connections, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const stopAll = [];
const redis = await startRedis();
stopAll.push(redis);
try {
  const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'bench-cluster:', TRUST_PROXY: '1', NEXT_COMPRESS: '0' };
  const instances = [await startSite(env), await startSite(env)];
  stopAll.push(...instances);
  const hosts = instances.map((site) => new URL(site.url).host);
  const scenarios = [
    ['one instance, proxy cache off', hosts.slice(0, 1), false],
    ['two instances, proxy cache off', hosts, false],
    ['two instances, proxy cache on', hosts, true],
  ];
  const figures = {};
  for (const [name, upstreams, cache] of scenarios) {
    const proxy = await startNginx(upstreams, { cache });
    try {
      for (let i = 0; i < 20; i++) await (await fetch(`${proxy.url}${ARTICLE}`)).arrayBuffer();
      const runs = [];
      for (let round = 0; round < rounds; round++) runs.push(await load(`${proxy.url}${ARTICLE}`));
      figures[name] = {
        requestsPerSecond: Math.round(median(runs.map((r) => r.requestsPerSecond))),
        p99Ms: median(runs.map((r) => r.p99Ms)),
        errors: runs.reduce((sum, r) => sum + r.errors, 0),
        non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
        rounds: runs.map((r) => Math.round(r.requestsPerSecond)),
      };
      console.log(name, JSON.stringify(figures[name]));
    } finally {
      await proxy.stop();
    }
  }
  console.log(
    `written to ${await writeResult('cluster', { seconds, connections, rounds, path: ARTICLE, figures })}`,
  );
} finally {
  await Promise.allSettled(stopAll.reverse().map((server) => server.stop()));
}
