import type { ChildProcess } from 'node:child_process';

export interface LocalServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}
export const NGINX: string;
export function freePort(): Promise<number>;
export function startSite(
  env?: Record<string, string>,
  port?: number,
  options?: { ownBuild?: boolean },
): Promise<LocalServer>;
export function startRedis(port?: number): Promise<LocalServer>;
export function renderNginxConfig(options: {
  prefix: string;
  port: number;
  upstreams: string[];
  cache?: boolean;
}): string;
export function startNginx(
  upstreams: string[],
  options?: { cache?: boolean },
): Promise<LocalServer & { prefix: string }>;
