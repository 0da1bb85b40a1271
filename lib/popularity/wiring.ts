import { now } from '../clock';
import { findArticleByPath, getSection } from '../content';
import { site } from '../site';
import { acceptViewBeacon, type BeaconInput, type BeaconResult } from './beacon';
import { parsePopularQuery, type ParsedQuery } from './query';
import { RateLimiter } from '../http/rate-limit';
import { popularityStore } from './store';

const limiter = new RateLimiter(site.popular.beaconsPerMinute, 60_000);

/** One beacon from `/api/views`, checked against the published content and counted in the store. */
export function recordViewBeacon(input: BeaconInput): Promise<BeaconResult> {
  return acceptViewBeacon(input, {
    store: popularityStore(),
    limiter,
    maxBytes: site.popular.maxBeaconBytes,
    sectionOf: (path) => findArticleByPath(path)?.section.id,
    now: now(),
  });
}

/** The query of `/api/popular`, with sections checked against the published content. */
export function readPopularRequest(params: URLSearchParams): ParsedQuery {
  return parsePopularQuery(params, (id) => getSection(id) !== undefined);
}
