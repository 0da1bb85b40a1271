// The searches the search benchmarks send (bench/search.ts, bench/search-flood.ts): seeded, so the
// same on every run, over words the synthetic archive holds (bench/make-archive.ts).
import { picker, seededRandom } from './random';

const places = [
  'Jinan',
  'Qingdao',
  'Yantai',
  'Weifang',
  'Zibo',
  'Linyi',
  'Weihai',
  'Rizhao',
  'Dongying',
  'Qufu',
];
const nouns = [
  'logistics',
  'cleanup',
  'training',
  'export',
  'heritage',
  'energy',
  'flood',
  'rail',
  'farmers',
  'museum',
];

export interface SearchMix {
  /** 40 % one word, 40 % two words, 20 % a word no story has. */
  words(): string;
  /** A search's query string: those words, with pages, orders and sections that vary. */
  distinctSearch(): string;
  /** One of `items`, drawn from the mix's own sequence: a benchmark's other choices. */
  pick<T>(items: readonly T[]): T;
}

export function searchMix(seed: number, sections: readonly string[]): SearchMix {
  const random = seededRandom(seed);
  const pick = picker(random);
  let misses = 0;
  const words = () => {
    const roll = random();
    if (roll < 0.4) return pick([...places, ...nouns]);
    if (roll < 0.8) return `${pick(places)} ${pick(nouns)}`;
    misses += 1;
    return `zq${misses.toString(36)}x`;
  };
  const distinctSearch = () => {
    const params = new URLSearchParams({ q: words() });
    const page = 1 + Math.floor(random() * 5);
    if (page > 1) params.set('page', String(page));
    if (random() < 0.5) params.set('sort', 'newest');
    if (random() < 0.25) params.set('section', pick(sections));
    return params.toString();
  };
  return { words, distinctSearch, pick };
}
