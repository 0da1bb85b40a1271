import type { ChildProcess } from 'node:child_process';

export interface LocalServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}
export function freePort(): Promise<number>;
export function startSite(env?: Record<string, string>, port?: number): Promise<LocalServer>;
export function startRedis(): Promise<LocalServer>;
