// What one search costs the process that runs it, by the shape of the query, on a built archive:
// the time searchIndex() holds the thread for one uncached search, median and worst of `repeats`.
// Usage: CONTENTLAYER_DIR=<a built archive's folder> npx tsx bench/search-cost.ts [repeats=15]
// (bench/search.ts builds the 20,000-article archive and leaves the folder it names.)
import { searchPlanOf, searchCostProblem, type SearchSort } from '../lib/search/query';
import { searchIndex } from '../lib/search/store';
import { median, writeResult } from './lib';

/** One query shape: whether the limits refuse it, and the time one uncached search holds the thread. */
interface ShapeCost {
  /** The limit's reason when a server would refuse it (400), else false. */
  refused: string | false;
  medianMs: number;
  maxMs: number;
}

/** bench/results/search-cost.json. */
interface SearchCostFigures {
  repeats: number;
  results: Record<string, ShapeCost>;
}

const repeats = Number(process.argv[2] || 15);
const common = ['port', 'operators', 'officials', 'said', 'new', 'plan', 'the', 'a', 'in', 'of'];
const repeated = (word: string, n: number) => Array.from({ length: n }, () => word).join('.');

/** Query shapes: a reader's, then the costliest each limit lets through, then ones past the limits. */
const SHAPES: Record<string, string> = {
  'one common word': 'port',
  'two common words': 'port operators',
  'a rare word': 'Liaocheng',
  'common and missing': 'port xylophone',
  '16 common words': [...common, 'city', 'planners', 'farmers', 'rail', 'engineers', 'school'].join(' '),
  '2 words of 8 tokens (the.the…)': `${repeated('the', 8)} ${repeated('a', 8)}`,
  '8 words of 2 common tokens': common
    .slice(0, 8)
    .map((w) => `${w}.${w}`)
    .join(' '),
  '16 Chinese characters': '山东省济南市青岛市烟台市潍坊市淄博',
  'past the limits: 16 words of 16 tokens': Array.from({ length: 16 }, (_, i) =>
    repeated(common[i % common.length], 16),
  ).join(' '),
};

const results: Record<string, ShapeCost> = {};
let variant = 0;
for (const [shape, text] of Object.entries(SHAPES)) {
  const refused = searchCostProblem(text);
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    for (const sort of ['relevance', 'newest'] satisfies SearchSort[]) {
      // A page of its own each time, so no answer comes from the process's memory.
      variant++;
      const plan = searchPlanOf({ text, sort, page: 1 + (variant % 50) });
      if (!plan) throw new Error(`${shape}: no words to search for`);
      const started = performance.now();
      const answer = searchIndex(plan);
      times.push(performance.now() - started);
      if (!answer) throw new Error('no search index: set CONTENTLAYER_DIR to a built archive');
    }
  }
  results[shape] = {
    refused: refused ?? false,
    medianMs: Number(median(times).toFixed(1)),
    maxMs: Number(Math.max(...times).toFixed(1)),
  };
  console.log(shape.padEnd(42), JSON.stringify(results[shape]));
}
const figures: SearchCostFigures = { repeats, results };
console.log(`wrote ${await writeResult('search-cost', figures)}`);
