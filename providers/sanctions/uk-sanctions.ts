/**
 * Reads the UK's consolidated sanctions list in CSV form: OFSI's ConList.csv (a "Last Updated"
 * line, then a header row) and the FCDO UK Sanctions List CSV, which carries the same name
 * columns. Columns are found by their header, not their position, because the two files order them
 * differently. One row per name: rows sharing a Group ID are one designated person or entity, the
 * "Primary name" row gives the name and the others are aliases. Individuals' names are split over
 * Name 1..5 (given names) and Name 6 (surname); an entity's name is in Name 6.
 */
import { getAlpha2Code } from 'i18n-iso-countries';
import { parse } from 'csv-parse/sync';
import type { ListEntry } from '../../domain/screening/screening-index';

/** The first of these headers present in the file names the column. */
const columns = {
  id: ['Group ID', 'OFSI Group ID', 'Unique ID'],
  type: ['Group Type', 'Designation Type', 'Entity Type', 'Type'],
  nameType: ['Alias Type', 'Name type', 'Name Type'],
  dob: ['DOB', 'D.O.B', 'Date of Birth'],
  nationality: ['Nationality', 'Nationality(/ies)', 'Nationalities'],
  regime: ['Regime', 'Regime Name'],
  nonLatin: ['Name Non-Latin Script', 'Name non-latin script'],
} as const;

const nameParts = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'];

export function looksLikeUkSanctionsList(content: string): boolean {
  const head = content.slice(0, 4000);
  return /(^|,)"?Name 6"?(,|$)/m.test(head) && /Group ID|Unique ID/.test(head);
}

function yearsOf(dob: string): number[] {
  // dd/mm/yyyy, with 00 for an unknown day or month; sometimes several dates in one cell.
  return [...dob.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
}

function countriesOf(text: string): string[] {
  // "(1) Russia (2) Ukraine" or "Syria" or "Iran, Islamic Republic of".
  return text
    .split(/\(\d+\)|;/)
    .map((s) => s.trim().replace(/[.,]$/, ''))
    .filter(Boolean)
    .map((name) => getAlpha2Code(name, 'en') ?? (name === 'Russia' ? 'RU' : name === 'Syria' ? 'SY' : name === 'Iran' ? 'IR' : undefined))
    .filter((c): c is string => Boolean(c));
}

function entryType(value: string): ListEntry['type'] {
  const v = value.toLowerCase();
  if (v.startsWith('individual')) return 'person';
  if (v.startsWith('ship') || v.startsWith('vessel')) return 'vessel';
  return 'organization';
}

export function parseUkSanctionsList(content: string, listId = 'uk-sanctions'): ListEntry[] {
  const rows: string[][] = parse(content.replace(/^\uFEFF/, ''), { relax_column_count: true, relax_quotes: true, skip_empty_lines: true });
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() === 'Name 6'));
  if (headerAt < 0) throw new Error('UK sanctions list: no header row with "Name 6"');
  const header = rows[headerAt].map((h) => h.trim());
  const at = (names: readonly string[]) => names.map((n) => header.indexOf(n)).find((i) => i >= 0) ?? -1;
  const index = Object.fromEntries(Object.entries(columns).map(([k, names]) => [k, at(names)])) as Record<keyof typeof columns, number>;
  const name6 = header.indexOf('Name 6');
  const parts = nameParts.map((n) => header.indexOf(n));
  if (index.id < 0) throw new Error('UK sanctions list: no Group ID or Unique ID column');

  const groups = new Map<string, ListEntry & { primarySeen: boolean }>();
  const cell = (row: string[], i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
  for (const row of rows.slice(headerAt + 1)) {
    const id = cell(row, index.id);
    if (!id) continue;
    const type = entryType(cell(row, index.type));
    const given = parts
      .map((i) => cell(row, i))
      .filter(Boolean)
      .join(' ');
    const surname = cell(row, name6);
    const name = type === 'person' ? [given, surname].filter(Boolean).join(' ') : [surname, given].filter(Boolean).join(' ');
    if (!name) continue;
    let entry = groups.get(id);
    if (!entry) {
      entry = { entryId: `${listId}:${id}`, listId, name, aliases: [], type, programs: [], birthYears: [], countries: [], primarySeen: false };
      groups.set(id, entry);
    }
    const primary = /^primary/i.test(cell(row, index.nameType));
    if (primary && !entry.primarySeen) {
      if (entry.name !== name) entry.aliases.push(entry.name);
      entry.name = name;
      entry.primarySeen = true;
    } else if (name !== entry.name) entry.aliases.push(name);
    const nonLatin = cell(row, index.nonLatin);
    if (nonLatin) entry.aliases.push(nonLatin);
    entry.birthYears.push(...yearsOf(cell(row, index.dob)));
    entry.countries.push(...countriesOf(cell(row, index.nationality)));
    const regime = cell(row, index.regime);
    if (regime) entry.programs.push(regime);
  }
  return [...groups.values()].map(({ primarySeen: _seen, ...e }) => ({
    ...e,
    aliases: [...new Set(e.aliases)].filter((a) => a !== e.name),
    programs: [...new Set(e.programs)],
    birthYears: [...new Set(e.birthYears)],
    countries: [...new Set(e.countries)],
  }));
}
