/**
 * Screening against the full OFAC SDN list: names a second and p99 per name, recall on listed names
 * with typos, word swaps and transliteration, and false positives on ordinary business names. The
 * baseline is the same scoring without the index (every name against every entry), on a sample.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import anyAscii from 'any-ascii';
import { alignTokens } from '../domain/screening/screening-index';
import { tokens } from '../domain/screening/normalise';
import { loadSanctionsLists } from '../providers/sanctions/lists';
import { parseOfacSdn } from '../providers/sanctions/ofac-sdn';
import { readFileSync } from 'node:fs';
import { percentile, round, timed, type Figure } from './lib';
import { ordinaryPeople } from './ordinary-people';

export const SDN = resolve(__dirname, '..', '..', 'shared', 'data', 'ofac', 'sdn-2024-05-03.csv');

/** Deterministic perturbations of a listed name: a typo, the words swapped, or Cyrillic letters. */
function perturb(name: string, i: number): string {
  const words = name.split(/\s+/);
  if (i % 3 === 0 && name.length > 6) return name.slice(0, 3) + name[4] + name[3] + name.slice(5); // transposed letters
  if (i % 3 === 1 && words.length > 1) return [...words.slice(1), words[0]].join(' ');
  const cyr: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х' };
  return name.replace(/[aeopcx]/g, (ch) => cyr[ch] ?? ch);
}

const ordinary = [
  'Acme Widgets',
  'Sunrise Electronics',
  'Green Valley Organic Farms',
  'Bluebird Home Textiles',
  'Harbour View Books',
  'Northwind Traders',
  'Maple Leaf Furniture',
  'Silver Spoon Kitchenware',
  'Riverside Pet Supplies',
  'Golden Gate Apparel',
  'Blue Ocean Surf Shop',
  'Red Rock Outdoor Gear',
  'Urban Garden Tools',
  'Little Lamb Toys',
  'Bright Spark Lighting',
  'Fresh Brew Coffee Roasters',
  'Summit Cycling Co',
  'Crystal Clear Water Filters',
  'Happy Paws Grooming',
  'Iron Forge Fitness',
  'Paper Crane Stationery',
  'Velvet Rose Cosmetics',
  'Quantum Phone Accessories',
  'Lakeside Candles',
  'Highland Wool Knitwear',
  'Sweet Tooth Bakery Supplies',
  'Prime Auto Parts',
  'Oak and Ash Woodworks',
  'Coastal Kite Company',
  'Evergreen Vitamins',
  'Swift Courier Bags',
  'Honeycomb Beekeeping',
  'Starlight Telescopes',
  'Pebble Beach Jewellery',
  'Cloud Nine Bedding',
  'Tiny Tots Clothing',
  'Bold Brush Art Supplies',
  'Mountain Spring Tea',
  'Polar Bear Coolers',
  'Cedar Lane Ceramics',
];

export async function benchScreening(figures: Figure[], sampleSize = 1000): Promise<void> {
  if (!existsSync(SDN)) {
    figures.push({ bench: 'screening', metric: 'skipped', value: `${SDN} not found` });
    return;
  }
  const { ms: loadMs, value: index } = await timed(() => loadSanctionsLists([SDN]));
  figures.push({ bench: 'screening', metric: 'index build (ms)', value: round(loadMs, 0), note: `${index.size} names` });
  const entries = parseOfacSdn(readFileSync(SDN, 'utf8')).filter((e) => e.type === 'person' || e.type === 'organization');
  const sample = Array.from({ length: sampleSize }, (_, i) => entries[(i * 7919) % entries.length]);
  const queries = sample.map((e, i) => ({
    name: perturb(e.type === 'person' ? (e.aliases.find((a) => !a.includes(',')) ?? e.name) : e.name, i),
    type: e.type as 'person' | 'organization',
    expect: e.entryId,
  }));

  const perName: number[] = [];
  let found = 0;
  const started = process.hrtime.bigint();
  for (const q of queries) {
    const t = process.hrtime.bigint();
    const matches = index.screen({ name: q.name, type: q.type }, 0.88);
    perName.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (matches.some((m) => m.entryId === q.expect)) found++;
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  let falsePositives = 0;
  for (const name of ordinary) if (index.screen({ name, type: 'organization' }, 0.88).length > 0) falsePositives++;

  // Baseline: the same scoring, every query against every listed name, on a small sample.
  const all = entries.flatMap((e) => [e.name, ...e.aliases].map((n) => ({ type: e.type, tokens: tokens(n, e.type as 'person') })));
  const baselineQueries = queries.slice(0, 20);
  const { ms: bruteMs } = await timed(async () => {
    for (const q of baselineQueries) {
      const t = tokens(anyAscii(q.name), q.type);
      for (const n of all) if (n.type === q.type) alignTokens(t, n.tokens);
    }
  });
  const indexedPerSecond = (queries.length / totalMs) * 1000;
  const brutePerSecond = (baselineQueries.length / bruteMs) * 1000;
  figures.push({
    bench: 'screening',
    metric: 'names per second',
    value: round(indexedPerSecond, 0),
    baseline: round(brutePerSecond, 1),
    ratio: round(indexedPerSecond / brutePerSecond, 1),
    note: 'baseline: every name against every entry',
  });
  figures.push({ bench: 'screening', metric: 'p50 / p99 per name (ms)', value: `${round(percentile(perName, 50), 2)} / ${round(percentile(perName, 99), 2)}` });
  figures.push({
    bench: 'screening',
    metric: 'recall on perturbed listed names',
    value: `${round((found / queries.length) * 100, 1)}%`,
    note: `${queries.length} names: transposed letters, swapped words, Cyrillic look-alikes`,
  });
  figures.push({ bench: 'screening', metric: 'false positives on ordinary business names', value: `${falsePositives} / ${ordinary.length}` });

  // Ordinary people of six cultures: the figure the business names alone hid.
  const people = ordinaryPeople();
  const raisedBy = new Map<string, number>();
  for (const { culture, name } of people) if (index.screen({ name, type: 'person' }, 0.88).length > 0) raisedBy.set(culture, (raisedBy.get(culture) ?? 0) + 1);
  const raised = [...raisedBy.values()].reduce((a, b) => a + b, 0);
  figures.push({
    bench: 'screening',
    metric: 'false positives on ordinary person names',
    value: `${round((raised / people.length) * 100, 1)}%`,
    note: `${people.length} names; by culture: ${[...new Set(people.map((p) => p.culture))].map((c) => `${c} ${raisedBy.get(c) ?? 0}%`).join(', ')}`,
  });
}
