// Writes a synthetic news archive for scale tests: N articles (default 20,000) over ten years and
// every section, plus the site's sections and introduction pages. The folder lies outside
// content/ and is never committed. Usage: npx tsx bench/make-archive.ts [N] [dir]
// Then: CONTENT_DIR=<dir> npm run build
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { archiveDir, root } from './lib';
import { picker, seededRandom } from './random';

const count = Number(process.argv[2] || 20_000);
const dir = path.resolve(process.argv[3] || archiveDir(count));

// The same archive on every run.
const random = seededRandom(20180608);
const pick = picker(random);

const places = [
  'Jinan',
  'Qingdao',
  'Yantai',
  'Weifang',
  'Zibo',
  'Linyi',
  "Tai'an",
  'Weihai',
  'Rizhao',
  'Dongying',
  'Qufu',
  'Liaocheng',
];
const subjects = [
  'port operators',
  'city planners',
  'farmers',
  'exporters',
  'rail engineers',
  'school leaders',
  'hospital staff',
  'fishing crews',
  'tech start-ups',
  'museum curators',
];
const verbs = [
  'expanded',
  'reviewed',
  'launched',
  'postponed',
  'completed',
  'welcomed',
  'discussed',
  'upgraded',
];
const objects = [
  'a new logistics hub',
  'a coastal cleanup plan',
  'a training programme',
  'an export fair',
  'a heritage restoration',
  'a green energy pilot',
  'a flood defence project',
  'a cross-border rail link',
];
const tails = [
  'officials said on Monday',
  'according to a local report',
  'in a statement released this week',
  'as the season began',
  'after months of preparation',
  'despite heavy rain',
];

const sentence = () => {
  const who = pick(subjects);
  return `${who[0].toUpperCase()}${who.slice(1)} in ${pick(places)} ${pick(verbs)} ${pick(objects)}, ${pick(tails)}.`;
};
const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ');

rmSync(dir, { recursive: true, force: true });
cpSync(path.join(root, 'content/sections'), path.join(dir, 'sections'), { recursive: true });
cpSync(path.join(root, 'content/introduction'), path.join(dir, 'introduction'), { recursive: true });
const sections = readdirSync(path.join(dir, 'sections')).map((f) => f.replace(/\.yml$/, ''));

const start = Date.UTC(2016, 0, 1);
const span = Date.UTC(2026, 0, 1) - start;
for (let i = 0; i < count; i++) {
  const section = sections[i % sections.length];
  const folder = path.join(dir, 'news', section);
  if (i < sections.length) mkdirSync(folder, { recursive: true });
  // Beijing wall-clock time of a moment spread evenly over ten years.
  const at = new Date(start + Math.floor((span * i) / count) + 8 * 3_600_000);
  const date = at.toISOString().slice(0, 16).replace('T', ' ');
  const title = `${pick(places)} ${pick(subjects)} ${pick(verbs)} ${pick(objects)} (${i + 1})`;
  const body = Array.from({ length: 5 + Math.floor(random() * 6) }, paragraph).join('\n\n');
  writeFileSync(
    path.join(folder, `archive-story-${i + 1}.md`),
    `---\ntitle: "${title}"\ndate: ${date}\nsummary: "${sentence()}"\nsource: ${pick(['Xinhua', 'China Daily', 'Dazhong Daily', 'Qingdao News'])}\ntags: [${pick(places)}, archive]\n---\n\n${body}\n`,
  );
}
console.log(`Wrote ${count} articles to ${dir}`);
