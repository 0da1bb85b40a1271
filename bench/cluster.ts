// Cached article throughput through nginx (deploy/nginx.conf) with one and with two instances
// sharing Redis, the proxy cache off so that the instances answer, then with the proxy cache on.
// Usage: npx tsx bench/cluster.ts [seconds=10] [connections=50] [rounds=3]. Needs a production
// build (npm run build), redis-server and nginx.
import { DEMO_ARTICLE, loadTest, median, writeResult } from './lib';
import { startNginx, startRedis, startSite, type LocalServer } from '../scripts/local-servers';

/** One load test of the article through nginx. */
interface Run {
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** One way of serving it: medians over the rounds, the errors summed. */
interface Scenario extends Run {
  /** Requests a second of each round. */
  rounds: number[];
}

/** bench/results/cluster.json. */
interface ClusterFigures {
  seconds: number;
  connections: number;
  rounds: number;
  path: string;
  figures: Record<string, Scenario>;
}

const [seconds = 10, connections = 50, rounds = 3] = process.argv.slice(2).map(Number);
const ARTICLE = DEMO_ARTICLE;

async function load(url: string): Promise<Run> {
  const result = await loadTest({ url, connections, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const stopAll: LocalServer[] = [];
const redis = await startRedis();
stopAll.push(redis);
try {
  const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'bench-cluster:', TRUST_PROXY: '1', NEXT_COMPRESS: '0' };
  const instances = [await startSite(env), await startSite(env)];
  stopAll.push(...instances);
  const hosts = instances.map((site) => new URL(site.url).host);
  const scenarios: [name: string, upstreams: string[], cache: boolean][] = [
    ['one instance, proxy cache off', hosts.slice(0, 1), false],
    ['two instances, proxy cache off', hosts, false],
    ['two instances, proxy cache on', hosts, true],
  ];
  const figures: Record<string, Scenario> = {};
  for (const [name, upstreams, cache] of scenarios) {
    const proxy = await startNginx(upstreams, { cache });
    try {
      for (let i = 0; i < 20; i++) await (await fetch(`${proxy.url}${ARTICLE}`)).arrayBuffer();
      const runs: Run[] = [];
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
  const result: ClusterFigures = { seconds, connections, rounds, path: ARTICLE, figures };
  console.log(`written to ${await writeResult('cluster', result)}`);
} finally {
  await Promise.allSettled(stopAll.reverse().map((server) => server.stop()));
}
