// Draws the demo lead pictures in content/images/ (flat illustrations, no text) and writes them
// as 1600×900 JPEG. The same script always draws the same pictures.
// Usage: node --import tsx scripts/draw-demo-images.ts
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const W = 1600;
const H = 900;

/** A small seeded generator (mulberry32): variety without Math.random. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Random = ReturnType<typeof seeded>;
type Layer = (r: Random) => string;

const sky =
  (top: string, bottom: string): Layer =>
  () =>
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;

const sun =
  (x: number, y: number, r: number, color: string, glow = 0.25): Layer =>
  () =>
    `<circle cx="${x}" cy="${y}" r="${r * 1.8}" fill="${color}" opacity="${glow}"/><circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`;

const stars =
  (count: number): Layer =>
  (r) =>
    Array.from(
      { length: count },
      () =>
        `<circle cx="${r() * W}" cy="${r() * H * 0.6}" r="${1 + r() * 2.5}" fill="#fff" opacity="${0.5 + r() * 0.5}"/>`,
    ).join('');

/** A band of ground or water from `y` down, its top edge rolling. */
const hills =
  (y: number, color: string, roughness = 60): Layer =>
  (r) => {
    let d = `M0 ${H} L0 ${y}`;
    for (let x = 0; x <= W; x += 200)
      d += ` Q${x + 100} ${y - r() * roughness} ${x + 200} ${y + (r() - 0.5) * roughness * 0.5}`;
    return `<path d="${d} L${W} ${H} Z" fill="${color}"/>`;
  };

const mountains =
  (y: number, color: string, peaks: number, height: number): Layer =>
  (r) => {
    let d = `M0 ${y}`;
    const step = W / peaks;
    for (let i = 0; i < peaks; i++)
      d += ` L${i * step + step / 2} ${y - height * (0.6 + r() * 0.4)} L${(i + 1) * step} ${y - r() * 40}`;
    return `<path d="${d} L${W} ${H} L0 ${H} Z" fill="${color}"/>`;
  };

const sea =
  (y: number, color: string, wave: string): Layer =>
  (r) =>
    `<rect y="${y}" width="${W}" height="${H - y}" fill="${color}"/>` +
    Array.from({ length: 14 }, () => {
      const wx = r() * W;
      const wy = y + 20 + r() * (H - y - 40);
      return `<path d="M${wx} ${wy} q20 -10 40 0 t40 0" stroke="${wave}" stroke-width="4" fill="none" opacity="0.6"/>`;
    }).join('');

const skyline =
  (base: number, color: string, windows: string, count = 14, tall = 320): Layer =>
  (r) => {
    let x = 0;
    let out = '';
    while (x < W) {
      const w = 60 + r() * 90;
      const h = 80 + r() * tall;
      out += `<rect x="${x}" y="${base - h}" width="${w}" height="${h}" fill="${color}"/>`;
      for (let wy = base - h + 16; wy < base - 20; wy += 28) {
        for (let wx = x + 10; wx < x + w - 16; wx += 22)
          if (r() > 0.45) out += `<rect x="${wx}" y="${wy}" width="10" height="14" fill="${windows}"/>`;
      }
      x += w + 6 + (r() * W) / count / 4;
    }
    return out;
  };

const containers =
  (x: number, base: number, cols: number, rows: number, palette: string[]): Layer =>
  (r) => {
    let out = '';
    for (let c = 0; c < cols; c++)
      for (let row = 0; row < rows - Math.floor(r() * 2); row++)
        out += `<rect x="${x + c * 92}" y="${base - (row + 1) * 38}" width="88" height="36" fill="${palette[Math.floor(r() * palette.length)]}" stroke="#00000033" stroke-width="2"/>`;
    return out;
  };

const crane =
  (x: number, base: number, color: string, height = 420): Layer =>
  () =>
    `<g fill="${color}"><rect x="${x}" y="${base - height}" width="22" height="${height}"/><rect x="${x + 70}" y="${base - height}" width="22" height="${height}"/><rect x="${x - 120}" y="${base - height - 30}" width="420" height="26"/><rect x="${x - 10}" y="${base - height + 90}" width="112" height="16"/><rect x="${x + 180}" y="${base - height - 4}" width="6" height="120"/></g>`;

const ship =
  (x: number, y: number, scale: number, hull: string, deck: string): Layer =>
  () =>
    `<g transform="translate(${x} ${y}) scale(${scale})"><path d="M0 0 L400 0 L360 60 L30 60 Z" fill="${hull}"/><rect x="280" y="-70" width="70" height="70" fill="${deck}"/><rect x="300" y="-110" width="16" height="40" fill="${hull}"/><rect x="40" y="-36" width="220" height="36" fill="${deck}" opacity="0.85"/></g>`;

const boats =
  (y: number, count: number, color: string): Layer =>
  (r) =>
    Array.from({ length: count }, (_, i) => {
      const x = 80 + i * (W / count) + r() * 60;
      return `<g transform="translate(${x} ${y + r() * 30})"><path d="M0 0 L150 0 L130 36 L16 36 Z" fill="${color}"/><rect x="60" y="-50" width="8" height="50" fill="#333"/><path d="M68 -50 L120 -6 L68 -6 Z" fill="#f5f5f5"/></g>`;
    }).join('');

const fields =
  (y: number, colors: string[]): Layer =>
  (r) => {
    let out = '';
    const bands = 7;
    for (let i = 0; i < bands; i++) {
      const top = y + ((H - y) * i) / bands;
      out += `<rect y="${top}" width="${W}" height="${(H - y) / bands + 1}" fill="${colors[i % colors.length]}"/>`;
      for (let x = 0; x < W; x += 40 + i * 6)
        out += `<circle cx="${x + r() * 10}" cy="${top + 18}" r="${3 + i}" fill="#00000022"/>`;
    }
    return out;
  };

const greenhouses =
  (y: number, count: number): Layer =>
  () =>
    Array.from({ length: count }, (_, i) => {
      const x = 60 + i * (W / count);
      return `<path d="M${x} ${y} Q${x + 110} ${y - 150} ${x + 220} ${y} Z" fill="#dff3ea" stroke="#8cc5a8" stroke-width="4"/><path d="M${x + 55} ${y - 10} L${x + 55} ${y - 95} M${x + 110} ${y} L${x + 110} ${y - 112} M${x + 165} ${y - 10} L${x + 165} ${y - 95}" stroke="#8cc5a8" stroke-width="3"/>`;
    }).join('');

const trees =
  (y: number, count: number, color: string, fruit?: string): Layer =>
  (r) =>
    Array.from({ length: count }, (_, i) => {
      const x = (i + 0.5) * (W / count) + (r() - 0.5) * 40;
      const size = 50 + r() * 30;
      const apples = fruit
        ? Array.from(
            { length: 6 },
            () =>
              `<circle cx="${x + (r() - 0.5) * size * 1.4}" cy="${y - size - 20 + (r() - 0.5) * size}" r="7" fill="${fruit}"/>`,
          ).join('')
        : '';
      return `<rect x="${x - 8}" y="${y - 40}" width="16" height="44" fill="#6b4f2e"/><circle cx="${x}" cy="${y - size - 20}" r="${size}" fill="${color}"/>${apples}`;
    }).join('');

const railway =
  (y: number, train?: string): Layer =>
  () =>
    `<rect y="${y}" width="${W}" height="14" fill="#555"/><rect y="${y + 24}" width="${W}" height="6" fill="#777"/>` +
    (train
      ? `<g><path d="M180 ${y - 10} L1280 ${y - 10} Q1420 ${y - 14} 1460 ${y - 60} L1400 ${y - 110} L180 ${y - 110} Z" fill="${train}"/>` +
        Array.from(
          { length: 14 },
          (_, i) => `<rect x="${220 + i * 76}" y="${y - 92}" width="54" height="30" rx="6" fill="#1e2a3a"/>`,
        ).join('') +
        `<rect x="180" y="${y - 52}" width="1260" height="8" fill="#c0392b"/></g>`
      : '');

const freightTrain =
  (y: number): Layer =>
  (r) =>
    railway(y)(r) +
    Array.from(
      { length: 9 },
      (_, i) =>
        `<rect x="${60 + i * 170}" y="${y - 80}" width="160" height="70" fill="${['#c0392b', '#2e86c1', '#d68910', '#1e8449'][i % 4]}"/>`,
    ).join('');

const factory =
  (x: number, base: number, color: string, smoke: string): Layer =>
  (r) =>
    `<g fill="${color}"><rect x="${x}" y="${base - 200}" width="520" height="200"/><path d="M${x} ${base - 200} L${x + 130} ${base - 280} L${x + 130} ${base - 200} L${x + 260} ${base - 280} L${x + 260} ${base - 200} L${x + 390} ${base - 280} L${x + 390} ${base - 200} Z"/><rect x="${x + 420}" y="${base - 420}" width="40" height="220"/><rect x="${x + 470}" y="${base - 360}" width="34" height="160"/></g>` +
    Array.from(
      { length: 5 },
      (_, i) =>
        `<circle cx="${x + 440 + i * 40 + r() * 20}" cy="${base - 450 - i * 40}" r="${26 + i * 10}" fill="${smoke}" opacity="${0.6 - i * 0.1}"/>`,
    ).join('');

const tanks =
  (x: number, base: number, count: number, color: string): Layer =>
  () =>
    Array.from(
      { length: count },
      (_, i) =>
        `<rect x="${x + i * 190}" y="${base - 150}" width="160" height="150" rx="12" fill="${color}"/><ellipse cx="${x + i * 190 + 80}" cy="${base - 150}" rx="80" ry="18" fill="#ffffff66"/>`,
    ).join('') +
    `<rect x="${x - 80}" y="${base - 380}" width="30" height="380" fill="${color}"/><rect x="${x - 40}" y="${base - 300}" width="24" height="300" fill="${color}"/>`;

const solar =
  (y: number, rows: number): Layer =>
  () => {
    let out = '';
    for (let row = 0; row < rows; row++)
      for (let i = 0; i < 9; i++) {
        const x = 40 + i * 175 + row * 30;
        const top = y + row * 90;
        out += `<path d="M${x} ${top + 60} L${x + 40} ${top} L${x + 180} ${top} L${x + 140} ${top + 60} Z" fill="#1f3b73" stroke="#9fb8e6" stroke-width="3"/><rect x="${x + 86}" y="${top + 60}" width="6" height="26" fill="#888"/>`;
      }
    return out;
  };

const turbines =
  (base: number, count: number, color: string): Layer =>
  () =>
    Array.from({ length: count }, (_, i) => {
      const x = 200 + i * 320;
      const hub = base - 380 + (i % 2) * 60;
      return `<rect x="${x - 6}" y="${hub}" width="12" height="${base - hub}" fill="${color}"/><g transform="translate(${x} ${hub}) rotate(${i * 37})" fill="${color}"><path d="M0 0 L-8 -150 L8 -150 Z"/><path d="M0 0 L-8 -150 L8 -150 Z" transform="rotate(120)"/><path d="M0 0 L-8 -150 L8 -150 Z" transform="rotate(240)"/></g>`;
    }).join('');

const pagoda =
  (x: number, base: number, color: string, roof: string): Layer =>
  () =>
    Array.from({ length: 3 }, (_, i) => {
      const w = 360 - i * 90;
      const top = base - 130 - i * 120;
      return `<rect x="${x - w / 2 + 30}" y="${top}" width="${w - 60}" height="110" fill="${color}"/><path d="M${x - w / 2 - 40} ${top} Q${x} ${top - 70} ${x + w / 2 + 40} ${top} Z" fill="${roof}"/>`;
    }).join('') + `<rect x="${x - 240}" y="${base}" width="480" height="30" fill="#b0a58f"/>`;

const lanterns =
  (count: number): Layer =>
  (r) =>
    `<path d="M0 120 Q${W / 2} 260 ${W} 120" stroke="#3b2a1a" stroke-width="4" fill="none"/>` +
    Array.from({ length: count }, (_, i) => {
      const x = 80 + i * ((W - 160) / (count - 1));
      const y = 120 + Math.sin((x / W) * Math.PI) * 105;
      return `<line x1="${x}" y1="${y}" x2="${x}" y2="${y + 30}" stroke="#3b2a1a" stroke-width="3"/><ellipse cx="${x}" cy="${y + 70}" rx="${30 + r() * 8}" ry="42" fill="#e74c3c"/><rect x="${x - 14}" y="${y + 110}" width="28" height="10" fill="#f1c40f"/>`;
    }).join('');

const kites =
  (count: number): Layer =>
  (r) =>
    Array.from({ length: count }, () => {
      const x = 100 + r() * (W - 200);
      const y = 80 + r() * 380;
      const s = 30 + r() * 50;
      const c = ['#e74c3c', '#f1c40f', '#8e44ad', '#27ae60', '#e67e22', '#2980b9'][Math.floor(r() * 6)];
      return `<path d="M${x} ${y - s} L${x + s * 0.7} ${y} L${x} ${y + s * 1.3} L${x - s * 0.7} ${y} Z" fill="${c}"/><path d="M${x} ${y + s * 1.3} q30 60 -10 120 t10 140" stroke="#555" stroke-width="2" fill="none"/>`;
    }).join('');

const birds =
  (count: number, color: string, top = 80, bottom = 420): Layer =>
  (r) =>
    Array.from({ length: count }, () => {
      const x = r() * W;
      const y = top + r() * (bottom - top);
      const s = 10 + r() * 18;
      return `<path d="M${x - s} ${y} q${s / 2} -${s / 2} ${s} 0 q${s / 2} -${s / 2} ${s} 0" stroke="${color}" stroke-width="4" fill="none"/>`;
    }).join('');

const reeds =
  (y: number, color: string): Layer =>
  (r) =>
    Array.from({ length: 90 }, () => {
      const x = r() * W;
      return `<path d="M${x} ${H} Q${x + 10} ${y + 60} ${x + (r() - 0.5) * 60} ${y + r() * 60}" stroke="${color}" stroke-width="5" fill="none"/>`;
    }).join('');

const satellite =
  (x: number, y: number): Layer =>
  () =>
    `<g transform="translate(${x} ${y}) rotate(-18)"><rect x="-60" y="-40" width="120" height="80" fill="#d4ac0d"/><rect x="-300" y="-30" width="220" height="60" fill="#1f3b73" stroke="#9fb8e6" stroke-width="3"/><rect x="80" y="-30" width="220" height="60" fill="#1f3b73" stroke="#9fb8e6" stroke-width="3"/><rect x="-80" y="-4" width="160" height="8" fill="#aaa"/><path d="M0 -40 L-30 -110 L30 -110 Z" fill="#ddd"/></g>`;

const planet =
  (x: number, y: number, r: number, color: string, crater: string): Layer =>
  () =>
    `<circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/><circle cx="${x - r * 0.3}" cy="${y - r * 0.2}" r="${r * 0.18}" fill="${crater}"/><circle cx="${x + r * 0.35}" cy="${y + r * 0.25}" r="${r * 0.12}" fill="${crater}"/><circle cx="${x + r * 0.1}" cy="${y - r * 0.5}" r="${r * 0.08}" fill="${crater}"/>`;

const tents =
  (base: number, count: number): Layer =>
  () =>
    Array.from({ length: count }, (_, i) => {
      const x = 40 + i * (W / count);
      const w = W / count - 30;
      const c = ['#e67e22', '#2980b9', '#c0392b', '#16a085'][i % 4];
      return `<rect x="${x}" y="${base - 150}" width="${w}" height="150" fill="#fdf2e9"/><path d="M${x - 20} ${base - 150} L${x + w / 2} ${base - 260} L${x + w + 20} ${base - 150} Z" fill="${c}"/><rect x="${x + w / 2 - 3}" y="${base - 320}" width="6" height="60" fill="#555"/><path d="M${x + w / 2 + 3} ${base - 320} l50 15 l-50 15 Z" fill="${c}"/>`;
    }).join('');

const stadium =
  (y: number): Layer =>
  () =>
    `<ellipse cx="${W / 2}" cy="${y + 160}" rx="760" ry="300" fill="#34495e"/><ellipse cx="${W / 2}" cy="${y + 170}" rx="620" ry="220" fill="#27ae60"/><ellipse cx="${W / 2}" cy="${y + 170}" rx="90" ry="40" fill="none" stroke="#fff" stroke-width="5"/><line x1="${W / 2}" y1="${y - 50}" x2="${W / 2}" y2="${y + 390}" stroke="#fff" stroke-width="5"/><rect x="${W / 2 - 600}" y="${y + 120}" width="110" height="100" fill="none" stroke="#fff" stroke-width="5"/><rect x="${W / 2 + 490}" y="${y + 120}" width="110" height="100" fill="none" stroke="#fff" stroke-width="5"/>`;

const truck =
  (x: number, base: number, cab: string, load: string): Layer =>
  () =>
    `<rect x="${x}" y="${base - 190}" width="520" height="150" fill="${load}"/><path d="M${x + 530} ${base - 40} L${x + 530} ${base - 170} L${x + 640} ${base - 170} L${x + 700} ${base - 100} L${x + 700} ${base - 40} Z" fill="${cab}"/><rect x="${x + 560}" y="${base - 150}" width="70" height="50" fill="#d6eaf8"/>` +
    [60, 160, 420, 600]
      .map(
        (cx) =>
          `<circle cx="${x + cx}" cy="${base - 30}" r="34" fill="#222"/><circle cx="${x + cx}" cy="${base - 30}" r="14" fill="#888"/>`,
      )
      .join('');

const plane =
  (x: number, y: number, color: string): Layer =>
  () =>
    `<g transform="translate(${x} ${y}) rotate(-12)" fill="${color}"><rect x="-220" y="-26" width="440" height="52" rx="26"/><path d="M-40 0 L60 0 L-60 170 L-110 170 Z"/><path d="M-40 0 L60 0 L-60 -170 L-110 -170 Z"/><path d="M-200 -10 L-160 -10 L-200 -90 L-230 -90 Z"/></g>`;

const bottles =
  (base: number, count: number, glass: string, label: string): Layer =>
  () =>
    Array.from({ length: count }, (_, i) => {
      const x = 180 + i * ((W - 360) / (count - 1));
      return `<path d="M${x - 40} ${base} L${x - 40} ${base - 230} Q${x - 40} ${base - 290} ${x - 14} ${base - 320} L${x - 14} ${base - 400} L${x + 14} ${base - 400} L${x + 14} ${base - 320} Q${x + 40} ${base - 290} ${x + 40} ${base - 230} L${x + 40} ${base} Z" fill="${glass}"/><rect x="${x - 28}" y="${base - 220}" width="10" height="200" rx="5" fill="#ffffff44"/><rect x="${x - 40}" y="${base - 180}" width="80" height="90" fill="${label}"/><rect x="${x - 16}" y="${base - 412}" width="32" height="16" fill="${label}"/>`;
    }).join('') + `<rect y="${base}" width="${W}" height="${H - base}" fill="#6e4b2a"/>`;

const engine =
  (x: number, y: number, color: string): Layer =>
  () =>
    `<g fill="${color}"><rect x="${x}" y="${y}" width="560" height="300" rx="20"/>` +
    Array.from(
      { length: 6 },
      (_, i) => `<rect x="${x + 30 + i * 88}" y="${y - 90}" width="70" height="100" rx="8"/>`,
    ).join('') +
    `</g><rect x="${x + 20}" y="${y + 120}" width="520" height="30" fill="#00000033"/><circle cx="${x + 620}" cy="${y + 150}" r="90" fill="#566573"/><circle cx="${x + 620}" cy="${y + 150}" r="30" fill="#aab7b8"/>`;

const gears =
  (x: number, y: number, color: string): Layer =>
  () =>
    [
      [x, y, 120],
      [x + 210, y + 90, 80],
      [x + 90, y + 230, 60],
    ]
      .map(
        ([cx, cy, rr]) =>
          `<g fill="${color}">${Array.from({ length: 10 }, (_, i) => `<rect x="${cx - 16}" y="${cy - rr - 26}" width="32" height="40" transform="rotate(${i * 36} ${cx} ${cy})"/>`).join('')}<circle cx="${cx}" cy="${cy}" r="${rr}"/></g><circle cx="${cx}" cy="${cy}" r="${rr * 0.35}" fill="#ffffff88"/>`,
      )
      .join('');

const springPool =
  (y: number): Layer =>
  (r) =>
    `<ellipse cx="${W / 2}" cy="${y + 150}" rx="620" ry="170" fill="#8fb9a8"/><ellipse cx="${W / 2}" cy="${y + 150}" rx="560" ry="140" fill="#5dade2"/>` +
    [0, 1, 2]
      .map(
        (i) =>
          `<path d="M${W / 2 - 160 + i * 160} ${y + 150} q-20 -${120 + r() * 40} 0 -${180 + r() * 30} q20 ${60} 0 ${180}" fill="#d6eaf8" opacity="0.9"/>`,
      )
      .join('') +
    `<path d="M${W / 2 - 620} ${y + 150} Q${W / 2} ${y + 360} ${W / 2 + 620} ${y + 150}" stroke="#7b7d7d" stroke-width="20" fill="none"/>`;

const heart =
  (x: number, y: number, color: string): Layer =>
  () =>
    `<rect x="${x - 40}" y="${y - 130}" width="80" height="260" fill="${color}"/><rect x="${x - 130}" y="${y - 40}" width="260" height="80" fill="${color}"/>`;

const globe =
  (x: number, y: number, r: number): Layer =>
  () =>
    `<circle cx="${x}" cy="${y}" r="${r}" fill="#2e86c1"/><path d="M${x - r * 0.6} ${y - r * 0.5} q${r * 0.3} -${r * 0.2} ${r * 0.5} ${r * 0.1} t${r * 0.2} ${r * 0.5} q-${r * 0.3} ${r * 0.2} -${r * 0.6} -${r * 0.1} Z M${x + r * 0.1} ${y + r * 0.2} q${r * 0.3} -${r * 0.1} ${r * 0.5} ${r * 0.2} t-${r * 0.1} ${r * 0.4} q-${r * 0.3} 0 -${r * 0.4} -${r * 0.6} Z" fill="#58d68d"/><ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 0.35}" fill="none" stroke="#ffffff66" stroke-width="3"/><line x1="${x}" y1="${y - r}" x2="${x}" y2="${y + r}" stroke="#ffffff66" stroke-width="3"/>`;

const hall =
  (base: number, color: string, roof: string): Layer =>
  () =>
    `<rect x="200" y="${base - 260}" width="1200" height="260" fill="${color}"/><path d="M160 ${base - 260} L${W / 2} ${base - 420} L1440 ${base - 260} Z" fill="${roof}"/>` +
    Array.from(
      { length: 10 },
      (_, i) => `<rect x="${250 + i * 115}" y="${base - 240}" width="40" height="240" fill="#ffffff55"/>`,
    ).join('');

const bridge =
  (y: number, color: string): Layer =>
  () =>
    `<rect y="${y}" width="${W}" height="24" fill="${color}"/>` +
    [300, 1300]
      .map((x) => `<rect x="${x - 20}" y="${y - 300}" width="40" height="${H - y + 300}" fill="${color}"/>`)
      .join('') +
    `<path d="M0 ${y - 40} Q300 ${y - 320} 300 ${y - 300} Q800 ${y} 1300 ${y - 300} Q1300 ${y - 320} ${W} ${y - 40}" stroke="${color}" stroke-width="8" fill="none"/>`;

const streak =
  (x1: number, y1: number, x2: number, y2: number): Layer =>
  () =>
    `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#f5b041" stroke-width="14" stroke-linecap="round" opacity="0.35"/><line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#fdebd0" stroke-width="5" stroke-linecap="round"/><circle cx="${x2}" cy="${y2}" r="16" fill="#fdfefe"/>`;

/** Heaps of bulk cargo (ore, grain) on a quay: each [x, width, height, color]. */
const heaps =
  (base: number, piles: [number, number, number, string][]): Layer =>
  () =>
    piles
      .map(
        ([x, w, h, color]) =>
          `<path d="M${x} ${base} Q${x + w / 2} ${base - h * 2} ${x + w} ${base} Z" fill="${color}"/><path d="M${x + w * 0.3} ${base - h * 0.6} Q${x + w / 2} ${base - h * 1.1} ${x + w * 0.7} ${base - h * 0.6}" stroke="#ffffff33" stroke-width="6" fill="none"/>`,
      )
      .join('');

/** A row of small cars, seen from the side, waiting on a quay. */
const cars =
  (x: number, base: number, count: number, palette: string[]): Layer =>
  () =>
    Array.from({ length: count }, (_, i) => {
      const cx = x + i * 150;
      const c = palette[i % palette.length];
      return `<path d="M${cx} ${base - 20} L${cx} ${base - 50} L${cx + 30} ${base - 52} L${cx + 50} ${base - 80} L${cx + 100} ${base - 80} L${cx + 120} ${base - 52} L${cx + 130} ${base - 50} L${cx + 130} ${base - 20} Z" fill="${c}"/><path d="M${cx + 56} ${base - 74} L${cx + 96} ${base - 74} L${cx + 110} ${base - 54} L${cx + 44} ${base - 54} Z" fill="#d6eaf8"/><circle cx="${cx + 30}" cy="${base - 18}" r="16" fill="#222"/><circle cx="${cx + 100}" cy="${base - 18}" r="16" fill="#222"/>`;
    }).join('');

/** A row of flagpoles with plain two-colour flags, none of them a real flag. */
const flags =
  (x: number, base: number, count: number, palette: [string, string][]): Layer =>
  () =>
    Array.from({ length: count }, (_, i) => {
      const fx = x + i * 130;
      const [a, b] = palette[i % palette.length];
      return `<rect x="${fx}" y="${base - 300}" width="8" height="300" fill="#d5d8dc"/><path d="M${fx + 8} ${base - 296} q45 -14 90 0 l0 60 q-45 -14 -90 0 Z" fill="${a}"/><path d="M${fx + 8} ${base - 266} q45 -14 90 0 l0 30 q-45 -14 -90 0 Z" fill="${b}"/>`;
    }).join('');

/** Fish-farm rafts: rows of floats on the water with lines between them. */
const rafts =
  (top: number, rows: number, float: string, line: string): Layer =>
  () => {
    let out = '';
    for (let row = 0; row < rows; row++) {
      const y = top + row * (60 + row * 12);
      const gap = 70 + row * 14;
      const size = 8 + row * 3;
      out += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="${line}" stroke-width="${2 + row}"/>`;
      for (let x = (row % 2) * (gap / 2); x < W; x += gap)
        out += `<ellipse cx="${x}" cy="${y}" rx="${size * 1.4}" ry="${size}" fill="${float}"/>`;
    }
    return out;
  };

interface Scene {
  stem: string;
  seed: number;
  layers: Layer[];
}

const harbourPalette = ['#c0392b', '#2e86c1', '#d68910', '#1e8449', '#7d3c98', '#ecf0f1'];

const SCENES: Scene[] = [
  {
    stem: 'qingdao-harbour',
    seed: 1,
    layers: [
      sky('#f6b26b', '#ffe5b4'),
      sun(1380, 440, 70, '#fff3c4', 0.35),
      hills(630, '#5d4e60', 10),
      containers(120, 660, 9, 4, harbourPalette),
      crane(420, 660, '#1c2833'),
      crane(980, 660, '#1c2833', 460),
      sea(700, '#2c5d87', '#9cc3e6'),
      ship(1020, 750, 1.1, '#1b2631', '#f0f3f4'),
    ],
  },
  {
    stem: 'rizhao-port-bulk-cargo',
    seed: 2,
    layers: [
      sky('#85c1e9', '#eaf2f8'),
      sun(300, 200, 60, '#fdfefe'),
      hills(640, '#7f8c8d', 10),
      tanks(1100, 660, 2, '#b3b6b7'),
      heaps(660, [
        [560, 260, 110, '#7b3f2a'],
        [760, 240, 90, '#8e4b32'],
        [980, 200, 80, '#d4ac0d'],
      ]),
      crane(300, 660, '#cb4335', 380),
      sea(700, '#1f618d', '#aed6f1'),
      ship(160, 740, 1.3, '#922b21', '#f4f6f6'),
    ],
  },
  {
    stem: 'haier-industrial-internet',
    seed: 3,
    layers: [
      sky('#1b2631', '#2e4053'),
      stars(40),
      gears(380, 300, '#5dade2'),
      skyline(860, '#17202a', '#f7dc6f', 10, 260),
      hills(860, '#0b1016', 5),
    ],
  },
  {
    stem: 'hisense-world-cup-stadium',
    seed: 4,
    layers: [sky('#154360', '#5dade2'), stadium(330), birds(6, '#fdfefe', 60, 200)],
  },
  {
    stem: 'soybean-fields-rizhao',
    seed: 5,
    layers: [
      sky('#fad7a0', '#fdebd0'),
      sun(1200, 220, 80, '#fdfefe'),
      hills(420, '#a9cce3', 30),
      fields(460, ['#b7950b', '#d4ac0d', '#9a7d0a', '#f4d03f']),
    ],
  },
  {
    stem: 'farmed-seafood-rafts',
    seed: 6,
    layers: [
      sky('#aed6f1', '#ebf5fb'),
      mountains(420, '#5d6d7e', 5, 160),
      sea(420, '#2874a6', '#d6eaf8'),
      rafts(500, 5, '#f0f3f4', '#1b4f72'),
      boats(470, 2, '#a93226'),
    ],
  },
  {
    stem: 'pilot-zone-factories',
    seed: 7,
    layers: [
      sky('#d5dbdb', '#f2f3f4'),
      factory(180, 760, '#566573', '#d5d8dc'),
      factory(880, 760, '#2c3e50', '#e5e8e8'),
      hills(760, '#7b7d7d', 8),
    ],
  },
  {
    stem: 'solar-farm-shandong',
    seed: 8,
    layers: [
      sky('#5dade2', '#d6eaf8'),
      sun(1350, 170, 75, '#fef9e7'),
      hills(430, '#82e0aa', 30),
      solar(470, 4),
    ],
  },
  {
    stem: 'shouguang-greenhouses',
    seed: 10,
    layers: [
      sky('#a9dfbf', '#eafaf1'),
      sun(250, 180, 60, '#fdfefe'),
      hills(520, '#58d68d', 30),
      greenhouses(640, 6),
      fields(660, ['#1e8449', '#239b56']),
    ],
  },
  {
    stem: 'tsingtao-beer-bottles',
    seed: 11,
    layers: [sky('#f8e1b0', '#f0b27a'), bottles(760, 6, '#1e8449', '#f9e79f')],
  },
  {
    stem: 'weichai-engine',
    seed: 12,
    layers: [sky('#212f3c', '#566573'), engine(400, 360, '#2471a3'), hills(800, '#17202a', 4)],
  },
  {
    stem: 'yantai-apple-cold-store',
    seed: 13,
    layers: [
      sky('#d6eaf8', '#fdfefe'),
      hall(760, '#aeb6bf', '#5d6d7e'),
      truck(320, 860, '#c0392b', '#ecf0f1'),
    ],
  },
  {
    stem: 'boao-forum-hall',
    seed: 14,
    layers: [
      sky('#48c9b0', '#d1f2eb'),
      sea(680, '#148f77', '#a3e4d7'),
      hall(680, '#f7f9f9', '#1abc9c'),
      trees(700, 8, '#117864'),
    ],
  },
  {
    stem: 'import-tariffs-cars',
    seed: 15,
    layers: [
      sky('#f5cba7', '#fbeee6'),
      sea(560, '#5499c7', '#d4e6f1'),
      ship(300, 590, 2, '#1a5276', '#fdfefe'),
      hills(700, '#909497', 6),
      cars(160, 830, 9, ['#c0392b', '#fdfefe', '#2c3e50', '#f4d03f', '#5dade2']),
    ],
  },
  {
    stem: 'state-council-hall',
    seed: 16,
    layers: [sky('#aab7b8', '#e5e8e8'), hall(780, '#e59866', '#922b21'), hills(780, '#7b7d7d', 4)],
  },
  {
    stem: 'ecology-ministry-green-city',
    seed: 17,
    layers: [
      sky('#76d7c4', '#e8f8f5'),
      skyline(720, '#48c9b0', '#e8f8f5', 12, 280),
      trees(780, 10, '#1e8449'),
      hills(780, '#27ae60', 10),
    ],
  },
  {
    stem: 'qingdao-summit-waterfront',
    seed: 18,
    layers: [
      sky('#1a5276', '#5dade2'),
      sea(640, '#154360', '#85c1e9'),
      skyline(640, '#0e2f44', '#f9e79f', 14, 360),
      lanterns(12),
    ],
  },
  {
    stem: 'relay-satellite-far-side',
    seed: 19,
    layers: [
      sky('#040814', '#101b33'),
      stars(160),
      planet(1250, 620, 260, '#a6acaf', '#808b96'),
      satellite(560, 300),
    ],
  },
  {
    stem: 'rural-village-fields',
    seed: 20,
    layers: [
      sky('#f9e79f', '#fef9e7'),
      mountains(420, '#a2d9ce', 6, 170),
      fields(460, ['#52be80', '#7dcea0', '#229954', '#f4d03f']),
      trees(470, 6, '#1d8348'),
    ],
  },
  {
    stem: 'sco-declaration-flags',
    seed: 21,
    layers: [
      sky('#2e86c1', '#aed6f1'),
      hall(780, '#d6dbdf', '#1b4f72'),
      hills(780, '#85929e', 4),
      flags(200, 860, 10, [
        ['#c0392b', '#f4d03f'],
        ['#1e8449', '#fdfefe'],
        ['#2471a3', '#fdfefe'],
        ['#f39c12', '#1e8449'],
        ['#7d3c98', '#f4d03f'],
      ]),
      birds(8, '#fdfefe'),
    ],
  },
  {
    stem: 'spring-festival-rail-station',
    seed: 22,
    layers: [sky('#922b21', '#e74c3c'), lanterns(10), railway(760, '#fdfefe'), hills(780, '#641e16', 4)],
  },
  {
    stem: 'tiangong-reentry-pacific',
    seed: 23,
    layers: [
      sky('#0b1d3a', '#1f4e79'),
      stars(80),
      sea(620, '#0b2545', '#4f7cac'),
      streak(200, 120, 1100, 480),
      streak(420, 160, 1000, 420),
    ],
  },
  {
    stem: 'jinan-lanterns-baotu',
    seed: 24,
    layers: [sky('#0e1a40', '#2c3e78'), stars(40), springPool(500), lanterns(11)],
  },
  {
    stem: 'weifang-kite-festival',
    seed: 26,
    layers: [sky('#3498db', '#d6eaf8'), kites(14), hills(720, '#58d68d', 40)],
  },
  {
    stem: 'yellow-river-delta-birds',
    seed: 27,
    layers: [
      sky('#f0b27a', '#fdebd0'),
      sun(800, 460, 90, '#fdfefe', 0.3),
      sea(540, '#a3c4bc', '#e8f6f3'),
      birds(40, '#4d5656', 60, 460),
      reeds(560, '#9a7d0a'),
    ],
  },
  {
    stem: 'qingdao-beer-festival-tents',
    seed: 28,
    layers: [sky('#f5b041', '#fdebd0'), sea(500, '#3498db', '#d6eaf8'), tents(860, 5), lanterns(9)],
  },
  {
    stem: 'qufu-confucian-temple',
    seed: 29,
    layers: [sky('#f6ddcc', '#fbeee6'), trees(760, 9, '#1e8449'), pagoda(800, 760, '#a93226', '#1c2833')],
  },
  {
    stem: 'shandong-new-growth-drivers',
    seed: 30,
    layers: [
      sky('#5b2c6f', '#a569bd'),
      turbines(800, 5, '#f4ecf7'),
      skyline(860, '#2e1a3a', '#f7dc6f', 12, 200),
    ],
  },
  {
    stem: 'mount-tai-forest',
    seed: 31,
    layers: [
      sky('#d6eaf8', '#fdfefe'),
      mountains(520, '#5d6d7e', 3, 360),
      mountains(640, '#1e8449', 5, 200),
      trees(880, 12, '#145a32'),
    ],
  },
  {
    stem: 'weihai-fishing-fleet',
    seed: 32,
    layers: [
      sky('#fad7a0', '#fef5e7'),
      sun(1300, 300, 60, '#fdfefe'),
      sea(520, '#2e86c1', '#d6eaf8'),
      boats(600, 6, '#1b4f72'),
      boats(720, 5, '#922b21'),
    ],
  },
  {
    stem: 'jinan-qingdao-high-speed-rail',
    seed: 33,
    layers: [
      sky('#85c1e9', '#ebf5fb'),
      mountains(600, '#a9cce3', 5, 200),
      hills(660, '#82e0aa', 20),
      railway(700, '#fdfefe'),
    ],
  },
  {
    stem: 'yantai-orchard-blossom',
    seed: 34,
    layers: [sky('#fadbd8', '#fdedec'), hills(600, '#a9dfbf', 30), trees(700, 7, '#f5b7b1', '#fdfefe')],
  },
  {
    stem: 'china-europe-freight-train',
    seed: 35,
    layers: [
      sky('#f0b27a', '#fdebd0'),
      mountains(560, '#ba4a00', 6, 180),
      hills(640, '#dc7633', 20),
      freightTrain(720),
    ],
  },
  {
    stem: 'hannover-fair-hall',
    seed: 36,
    layers: [sky('#d5d8dc', '#f8f9f9'), hall(800, '#85929e', '#2e4053'), gears(1200, 180, '#2874a6')],
  },
  {
    stem: 'medical-team-tanzania',
    seed: 37,
    layers: [
      sky('#f8c471', '#fef5e7'),
      sun(1200, 260, 90, '#fdfefe'),
      plane(600, 300, '#fdfefe'),
      hills(640, '#ca6f1e', 30),
      heart(1250, 700, '#c0392b'),
    ],
  },
  {
    stem: 'refinery-tanks-oil',
    seed: 38,
    layers: [
      sky('#a04000', '#f0b27a'),
      sun(300, 300, 70, '#fdebd0'),
      tanks(520, 780, 5, '#d5d8dc'),
      hills(780, '#6e2c00', 4),
    ],
  },
  {
    stem: 'yellow-sea-ferry',
    seed: 39,
    layers: [
      sky('#aed6f1', '#ebf5fb'),
      sea(560, '#1f618d', '#d6eaf8'),
      ship(500, 600, 1.6, '#fdfefe', '#2874a6'),
      birds(8, '#5d6d7e'),
    ],
  },
  {
    stem: 'holiday-flights-abroad',
    seed: 40,
    layers: [
      sky('#5499c7', '#d4e6f1'),
      plane(800, 320, '#fdfefe'),
      globe(1300, 680, 180),
      hills(800, '#5d6d7e', 10),
    ],
  },
  {
    stem: 'qingdao-trade-zone-skyline',
    seed: 41,
    layers: [
      sky('#f5b7b1', '#fdedec'),
      sea(680, '#2e86c1', '#d6eaf8'),
      skyline(680, '#2c3e50', '#f9e79f', 14, 340),
      bridge(740, '#ecf0f1'),
    ],
  },
];

const outDir = path.join(import.meta.dirname, '..', 'content', 'images');
mkdirSync(outDir, { recursive: true });
for (const scene of SCENES) {
  const random = seeded(scene.seed);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${scene.layers.map((layer) => layer(random)).join('')}</svg>`;
  const file = path.join(outDir, `${scene.stem}.jpg`);
  const info = await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(file);
  console.log(`${scene.stem}.jpg ${info.width}×${info.height} ${Math.round(info.size / 1024)} KB`);
}
