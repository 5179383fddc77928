/**
 * Screening against the official lists as an operator loads them: OFAC's SDN list of 2024-05-03 with
 * the four-file set's alternates, addresses and comments, OFAC's Consolidated (non-SDN) files and the
 * UN Consolidated List. Reported apart: names a second and p50/p99 per name; recall on listed names by
 * perturbation (a typo, the words in another order, a middle name dropped, a transliteration variant,
 * Cyrillic look-alike letters, a legal form changed) and on strong aliases as published; what a weak
 * alias alone raises and what it raises with a birth year that agrees; and false positives on ordinary
 * business names and on ordinary person names by culture. The baseline is the same scoring without
 * the index (every name against every entry), on a sample.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import anyAscii from 'any-ascii';
import { alignTokens, type ListEntry } from '../domain/screening/screening-index';
import { tokenSimilarity } from '../domain/screening/token-alignment';
import { naturalOrder, tokens } from '../domain/screening/normalise';
import { loadSanctionsLists } from '../providers/sanctions/lists';
import { percentile, round, timed, type Figure } from './lib';
import { ordinaryBusinesses } from './ordinary-businesses';
import { ordinaryPeople } from './ordinary-people';

const DATA = resolve(__dirname, '..', '..', 'shared', 'data');
export const SDN = resolve(DATA, 'ofac', 'sdn-2024-05-03.csv');
export const LISTS = [
  SDN,
  ...['alt.csv', 'add.csv', 'sdn_comments.csv'].map((f) => resolve(DATA, 'ofac', 'static-set', f)),
  ...['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'].map((f) => resolve(DATA, 'ofac', 'consolidated', f)),
  resolve(DATA, 'un', 'consolidated-2026-02-27.xml'),
];

type Kind = 'typo' | 'word order' | 'middle name dropped' | 'transliteration' | 'Cyrillic look-alikes' | 'legal form changed' | 'strong alias as published';

const words = (name: string) => name.split(/\s+/).filter(Boolean);

/** Two adjacent letters of the longest word swapped. */
function typo(name: string): string | undefined {
  const w = words(name);
  const i = w.reduce((best, x, k) => (x.length > w[best].length ? k : best), 0);
  if (w[i].length < 5) return undefined;
  w[i] = w[i].slice(0, 2) + w[i][3] + w[i][2] + w[i].slice(4);
  return w.join(' ');
}
const wordOrder = (name: string) => (words(name).length > 1 ? [...words(name).slice(1), words(name)[0]].join(' ') : undefined);
const middleDropped = (name: string) => (words(name).length >= 3 ? [words(name)[0], ...words(name).slice(2)].join(' ') : undefined);
/** One spelling another clerk would write: the first of these that applies. */
const transliterations: Array<[RegExp, string]> = [
  [/kh/i, 'h'],
  [/ou/i, 'u'],
  [/y/i, 'i'],
  [/sh/i, 'sch'],
  [/j/i, 'dj'],
  [/q/i, 'k'],
  [/ee/i, 'i'],
  [/ph/i, 'f'],
];
function transliteration(name: string): string | undefined {
  const rule = transliterations.find(([pattern]) => pattern.test(name));
  return rule ? name.replace(rule[0], rule[1]) : undefined;
}
const cyrillic: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', X: 'Х' };
const lookAlikes = (name: string) => (/[aeopcxAEOPCX]/.test(name) ? name.replace(/[aeopcxAEOPCX]/g, (ch) => cyrillic[ch] ?? ch) : undefined);
/** The legal form written another way, or added where the name has none. */
const legalForms: Array<[RegExp, string]> = [
  [/\bLIMITED LIABILITY COMPANY\b/i, 'LLC'],
  [/\bLLC\b/i, 'LIMITED LIABILITY COMPANY'],
  [/\bLIMITED\b/i, 'LTD'],
  [/\bLTD\.?/i, 'LIMITED'],
  [/\bJOINT STOCK COMPANY\b/i, 'JSC'],
  [/\bCOMPANY\b/i, 'CO'],
  [/\bCORPORATION\b/i, 'CORP'],
  [/\bS\.?A\.?$/i, 'SOCIEDAD ANONIMA'],
];
function legalFormChanged(name: string): string {
  const rule = legalForms.find(([pattern]) => pattern.test(name));
  return rule ? name.replace(rule[0], rule[1]) : `${name} LTD`;
}

/** The name a listed entry is known by, in the order a person writes it. */
const primaryName = (e: ListEntry) => (e.type === 'person' ? naturalOrder(e.name) : e.name);
/** Strong aliases as published (ALT.CSV, the UN's good-quality aliases): not the primary name in natural order. */
const strongAliases = (e: ListEntry) => e.aliases.filter((a) => a !== e.name && a !== naturalOrder(e.name));

interface Probe {
  kind: Kind;
  name: string;
  type: 'person' | 'organization';
  expect: string;
}

/** Up to `perKind` probes of each kind, from entries taken at a fixed stride so every run probes the same names. */
export function probes(entries: ListEntry[], perKind: number): Probe[] {
  const makers: Array<[Kind, (e: ListEntry) => string | undefined]> = [
    ['typo', (e) => typo(primaryName(e))],
    ['word order', (e) => wordOrder(primaryName(e))],
    ['middle name dropped', (e) => (e.type === 'person' ? middleDropped(primaryName(e)) : undefined)],
    ['transliteration', (e) => transliteration(primaryName(e))],
    ['Cyrillic look-alikes', (e) => lookAlikes(primaryName(e))],
    ['legal form changed', (e) => (e.type === 'organization' ? legalFormChanged(e.name) : undefined)],
    ['strong alias as published', (e) => strongAliases(e)[0]],
  ];
  const out: Probe[] = [];
  for (const [kind, make] of makers) {
    let taken = 0;
    for (let k = 0; k < entries.length && taken < perKind; k++) {
      const e = entries[(k * 7919) % entries.length];
      const name = make(e);
      if (!name || tokens(name, e.type as 'person').length === 0) continue;
      out.push({ kind, name, type: e.type as 'person' | 'organization', expect: e.entryId });
      taken++;
    }
  }
  return out;
}

export async function benchScreening(figures: Figure[], sampleSize = 1000): Promise<void> {
  const missing = LISTS.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    figures.push({ bench: 'screening', metric: 'skipped', value: `${missing.join(', ')} not found` });
    return;
  }
  const heapBefore = process.memoryUsage().heapUsed;
  const { ms: loadMs, value: index } = await timed(() => loadSanctionsLists(LISTS));
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  figures.push({
    bench: 'screening',
    metric: 'index build (ms), heap (MB)',
    value: `${round(loadMs, 0)}, ${round(heapMb, 0)}`,
    note: `${index.size} names of ${index.entries.length} entries: OFAC SDN 2024-05-03 with ALT/ADD/comments, OFAC Consolidated, UN`,
  });
  const entries = index.entries.filter((e) => e.type === 'person' || e.type === 'organization');
  const queries = probes(entries, Math.max(20, Math.round(sampleSize / 7)));

  const perName: number[] = [];
  const found = new Map<Kind, { found: number; of: number }>();
  const started = process.hrtime.bigint();
  for (const q of queries) {
    const t = process.hrtime.bigint();
    const matches = index.screen({ name: q.name, type: q.type }, 0.88);
    perName.push(Number(process.hrtime.bigint() - t) / 1e6);
    const tally = found.get(q.kind) ?? { found: 0, of: 0 };
    tally.of++;
    if (matches.some((m) => m.entryId === q.expect)) tally.found++;
    found.set(q.kind, tally);
  }
  const totalMs = Number(process.hrtime.bigint() - started) / 1e6;

  // Baseline: the same scoring, every query against every listed name, on a small sample.
  const all = entries.flatMap((e) => [e.name, ...e.aliases].map((n) => ({ type: e.type, tokens: tokens(n, e.type as 'person') })));
  const baselineQueries = queries.filter((_, i) => i % Math.ceil(queries.length / 20) === 0);
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
    note: `${queries.length} names; baseline: every name against every entry`,
  });
  figures.push({ bench: 'screening', metric: 'p50 / p99 per name (ms)', value: `${round(percentile(perName, 50), 2)} / ${round(percentile(perName, 99), 2)}` });
  const tallies = [...found.values()];
  const overall = tallies.reduce((t, k) => ({ found: t.found + k.found, of: t.of + k.of }), { found: 0, of: 0 });
  figures.push({
    bench: 'screening',
    metric: 'recall on listed names, perturbed or as aliased',
    value: `${round((overall.found / overall.of) * 100, 1)}%`,
    note: [...found].map(([kind, t]) => `${kind} ${round((t.found / t.of) * 100, 1)}% of ${t.of}`).join('; '),
  });

  // A weak alias alone is no match; with a birth year that agrees it is.
  const weak = entries.filter((e) => (e.weakAliases ?? []).some((a) => words(a).length >= 2)).slice(0, 300);
  const weakName = (e: ListEntry) => e.weakAliases!.find((a) => words(a).length >= 2)!;
  const raisedAlone = weak.filter((e) => index.screen({ name: weakName(e), type: e.type as 'person' }, 0.88).some((m) => m.entryId === e.entryId && m.strength === 'weak')).length;
  const dated = weak.filter((e) => e.birthYears.length > 0);
  const raisedDated = dated.filter((e) => index.screen({ name: weakName(e), type: e.type as 'person', dateOfBirth: `${e.birthYears[0]}-01-01` }, 0.88).some((m) => m.entryId === e.entryId)).length;
  figures.push({
    bench: 'screening',
    metric: 'weak aliases: raised alone / with the birth year',
    value: `${round((raisedAlone / Math.max(1, weak.length)) * 100, 1)}% / ${round((raisedDated / Math.max(1, dated.length)) * 100, 1)}%`,
    note: `${weak.length} weak aliases alone (a match on the weak alias must not come from it alone), ${dated.length} with the entry's birth year`,
  });

  const businesses = ordinaryBusinesses();
  const raisedBusinesses = businesses.filter((name) => index.screen({ name, type: 'organization' }, 0.88).length > 0).length;
  figures.push({
    bench: 'screening',
    metric: 'false positives on ordinary business names',
    value: `${round((raisedBusinesses / businesses.length) * 100, 1)}%`,
    note: `${raisedBusinesses} of ${businesses.length} names of shops, traders and makers, with and without a legal form`,
  });

  // Ordinary people of six cultures: the figure the business names alone hid. Screened by name alone,
  // then as onboarding screens them, with a birth date (a listed person's birth year that differs
  // lowers a match that is not near exact below the threshold).
  const people = ordinaryPeople();
  const cultures = [...new Set(people.map((p) => p.culture))];
  const byCulture = (raisedBy: Map<string, number>) => cultures.map((c) => `${c} ${round(((raisedBy.get(c) ?? 0) / people.filter((p) => p.culture === c).length) * 100, 0)}%`).join(', ');
  const kinds = new Map<FalsePositiveKind, number>();
  const raisedBy = new Map<string, number>();
  const datedRaisedBy = new Map<string, number>();
  for (const [k, { culture, name }] of people.entries()) {
    const matches = index.screen({ name, type: 'person' }, 0.88);
    if (matches.length > 0) {
      raisedBy.set(culture, (raisedBy.get(culture) ?? 0) + 1);
      const kind = falsePositiveKind(name, matches);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const dateOfBirth = `${1950 + ((k * 37) % 55)}-06-15`;
    if (index.screen({ name, type: 'person', dateOfBirth }, 0.88).length > 0) datedRaisedBy.set(culture, (datedRaisedBy.get(culture) ?? 0) + 1);
  }
  const share = (n: number) => `${round((n / people.length) * 100, 1)}%`;
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  figures.push({
    bench: 'screening',
    metric: 'false positives on ordinary person names, by name alone',
    value: share(total(raisedBy)),
    note: `${people.length} names; by culture: ${byCulture(raisedBy)}; of them ${(['a listed name, words in any order and spelling', 'every word in a longer listed name', 'other'] as const).map((kind) => `${kind} ${share(kinds.get(kind) ?? 0)}`).join(', ')}`,
  });
  figures.push({
    bench: 'screening',
    metric: 'false positives on ordinary person names, with a birth date',
    value: share(total(datedRaisedBy)),
    note: `the same names, each with a birth year from 1950 to 2004; by culture: ${byCulture(datedRaisedBy)}`,
  });
}

type FalsePositiveKind = 'a listed name, words in any order and spelling' | 'every word in a longer listed name' | 'other';

/**
 * What an ordinary name that was raised has in common with the listed name it met. The first two no
 * matcher of names alone can leave unraised without missing listed people: an ordinary name that is
 * a listed name, and one that is a listed name with a middle name or second surname left out, are the
 * very names a listed person screened under a name of their own would give.
 */
function falsePositiveKind(name: string, matches: Array<{ matchedName: string }>): FalsePositiveKind {
  const query = tokens(name, 'person');
  const kindOf = (listedName: string): FalsePositiveKind => {
    const listed = tokens(listedName, 'person');
    if (!query.every((q) => listed.some((l) => tokenSimilarity(q, l) > 0))) return 'other';
    return listed.length === query.length ? 'a listed name, words in any order and spelling' : 'every word in a longer listed name';
  };
  const found = matches.map((m) => kindOf(m.matchedName));
  return (['a listed name, words in any order and spelling', 'every word in a longer listed name', 'other'] as const).find((k) => found.includes(k))!;
}
