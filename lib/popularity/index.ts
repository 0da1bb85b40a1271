export { acceptViewBeacon, beaconInputOf, type BeaconInput, type BeaconResult } from './beacon';
export { parsePopularQuery, type PopularQuery } from './query';
export { popularListForPages, rankPopularArticles, type PopularItem, type PopularList } from './popular';
export { RateLimiter } from '../http/rate-limit';
export { popularityStore } from './store';
export { readPopularRequest, recordViewBeacon } from './wiring';
