import { afterEach, beforeEach } from 'vitest';
import { setClock } from '@/lib/clock';

/**
 * Every test of the file runs with the site's clock standing at `at`: the views it counts, the
 * store's expiry and pruning and "now" all agree, whatever the machine's date and zone.
 */
export function clockStandsAt(at: Date): void {
  beforeEach(() => setClock(at));
  afterEach(() => setClock(undefined));
}
