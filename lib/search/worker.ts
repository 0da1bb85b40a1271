// The thread searches run on under `npm start` (lib/search/pool.ts): a slow search holds this
// thread, never the one that answers pages.
import { parentPort } from 'node:worker_threads';
import type { SearchJob, SearchReply } from './pool';
import { searchIndex } from './store';

parentPort!.on('message', ({ id, plan, now }: SearchJob) => {
  const reply: SearchReply = { id, answer: searchIndex(plan, now) };
  parentPort!.postMessage(reply);
});
const ready: SearchReply = { ready: true };
parentPort!.postMessage(ready);
