import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOG_EVENTS, warn } from '../log';
import { PROCESS_KEYS, setProcessValue } from '../process-keys';
import { answerSearchApi, type SearchApiAnswer } from '../search/api';
import { CACHE_POLICY } from '../http/cache-policy';
import { writeJson } from './json';

/** The query string of a request target, read without a URL parser that could throw on the path. */
function searchParamsOfTarget(url: string | undefined): URLSearchParams {
  const target = (url ?? '').split('#', 1)[0];
  const at = target.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : target.slice(at + 1));
}

/** GET and HEAD /api/search straight from Node's HTTP server (docs/adr/010): the same answers as the route handler. */
export async function serveSearchApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let answer: SearchApiAnswer;
  try {
    answer = await answerSearchApi(searchParamsOfTarget(req.url));
  } catch (error) {
    // The site index itself could not be read: search is away, the rest of the site answers for itself.
    warn(LOG_EVENTS.searchApiFailed, error);
    answer = {
      status: 503,
      headers: { 'cache-control': CACHE_POLICY.none },
      body: { error: 'Search is not available right now.' },
    };
  }
  writeJson(res, answer.status, answer.body, answer.headers, { head: req.method === 'HEAD' });
}

export function registerSearchApiHandler(): void {
  setProcessValue(PROCESS_KEYS.searchApi, serveSearchApi);
}
