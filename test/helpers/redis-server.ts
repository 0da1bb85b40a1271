import type { TestProject } from 'vitest/node';
import { startRedis } from '../../scripts/local-servers';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

/** Global setup: a real redis-server on a free loopback port for the whole test run. */
export default async function startTestRedis(project: TestProject) {
  const redis = await startRedis();
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}
