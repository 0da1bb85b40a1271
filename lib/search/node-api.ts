import type { IncomingMessage, ServerResponse } from 'node:http';
import { LOG_EVENTS, warn } from '../log';
import { PROCESS_KEYS, setProcessValue } from '../process-keys';
import { answerSearchApi, type SearchApiAnswer } from './api';

/** GET /api/search straight from Node's HTTP server (docs/adr/010): the same answers as the route handler. */
export function serveSearchApi(req: IncomingMessage, res: ServerResponse): void {
  let answer: SearchApiAnswer;
  try {
    answer = answerSearchApi(new URL(req.url ?? '/', 'http://localhost').searchParams);
  } catch (error) {
    // The site index itself could not be read: search is away, the rest of the site answers for itself.
    warn(LOG_EVENTS.searchApiFailed, error);
    answer = {
      status: 503,
      headers: { 'cache-control': 'no-store' },
      body: { error: 'Search is not available right now.' },
    };
  }
  res.writeHead(answer.status, {
    'content-type': 'application/json',
    'x-content-type-options': 'nosniff',
    ...answer.headers,
  });
  res.end(JSON.stringify(answer.body));
}

export function registerSearchApiHandler(): void {
  setProcessValue(PROCESS_KEYS.searchApi, serveSearchApi);
}
