import { createHash } from 'node:crypto';

/**
 * A visitor as the counter knows them: a hash of IP and User-Agent under the day's salt. The salt
 * changes every day and nothing else about the visitor is kept.
 */
export function visitorKey(salt: string, ip: string, userAgent: string): string {
  return createHash('sha256').update(`${salt}\n${ip}\n${userAgent}`).digest('base64url').slice(0, 22);
}
