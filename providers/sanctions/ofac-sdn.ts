/**
 * Reads the official OFAC SDN list in its CSV form (SDN.CSV: 12 columns, no header, "-0-" for an
 * empty field, CRLF lines and a trailing SUB byte). Aliases, birth years and nationalities are in
 * the free-text Remarks column, in the fixed phrasing OFAC uses.
 */
import { getAlpha2Code } from 'i18n-iso-countries';
import { parse } from 'csv-parse/sync';
import type { ListEntry } from '../../domain/screening/screening-index';
import { naturalOrder } from '../../domain/screening/normalise';

const EMPTY = '-0-';

const clean = (v: string | undefined) => {
  const t = (v ?? '').trim();
  return t === EMPTY ? '' : t;
};

function aliases(remarks: string): string[] {
  const found: string[] = [];
  for (const m of remarks.matchAll(/\b[af]\.k\.a\.\s+'([^']+)'/gi)) found.push(m[1].trim());
  return found;
}

function birthYears(remarks: string): number[] {
  const years = new Set<number>();
  for (const m of remarks.matchAll(/\bDOB\s+([^;]+)/g)) {
    const range = m[1].match(/(\d{4})\s+to\s+(\d{4})/);
    if (range) for (let y = Number(range[1]); y <= Number(range[2]); y++) years.add(y);
    else for (const y of m[1].matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) years.add(Number(y[1]));
  }
  return [...years];
}

/** OFAC's short country names that the ISO name list does not know. */
const ofacCountryNames: Record<string, string> = {
  Syria: 'SY',
  'Korea, North': 'KP',
  'Korea, South': 'KR',
  Burma: 'MM',
  Laos: 'LA',
  'West Bank': 'PS',
  Gaza: 'PS',
  'Congo, Democratic Republic of the': 'CD',
  'Congo, Republic of the': 'CG',
  'Cote d Ivoire': 'CI',
  Macau: 'MO',
  Moldova: 'MD',
  Tanzania: 'TZ',
  Bolivia: 'BO',
  Micronesia: 'FM',
  'Bahamas, The': 'BS',
  'Gambia, The': 'GM',
  Kosovo: 'XK',
};

function countries(remarks: string): string[] {
  const codes = new Set<string>();
  for (const m of remarks.matchAll(/\b(?:nationality|citizen)\s+([A-Z][A-Za-z .'-]+?)(?:;|\.|$)/g)) {
    const name = m[1].trim();
    const code = ofacCountryNames[name] ?? getAlpha2Code(name, 'en');
    if (code) codes.add(code);
  }
  return [...codes];
}

function entryType(sdnType: string): ListEntry['type'] {
  switch (sdnType.toLowerCase()) {
    case 'individual':
      return 'person';
    case 'vessel':
      return 'vessel';
    case 'aircraft':
      return 'aircraft';
    default:
      return 'organization';
  }
}

export function parseOfacSdn(content: string, listId = 'ofac-sdn'): ListEntry[] {
  // OFAC's files end with a SUB byte (0x1A), a DOS end-of-file mark: dropped before parsing.
  // eslint-disable-next-line no-control-regex
  const text = content.replace(/\u001a/g, '');
  const rows: string[][] = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: false });
  const entries: ListEntry[] = [];
  for (const row of rows) {
    const [id, rawName, sdnType, program, , , , , , , , remarksRaw] = row;
    if (!/^\d+$/.test((id ?? '').trim())) continue;
    const type = entryType(clean(sdnType));
    const remarks = clean(remarksRaw);
    const name = clean(rawName);
    const natural = (n: string) => (type === 'person' ? naturalOrder(n) : n);
    entries.push({
      entryId: `${listId}:${id.trim()}`,
      listId,
      name,
      aliases: [...new Set([natural(name), ...aliases(remarks).map(natural)])].filter((a) => a !== name),
      type,
      programs: clean(program)
        .split(/\]\s*\[|;/)
        .map((p) => p.replace(/[[\]]/g, '').trim())
        .filter(Boolean),
      birthYears: birthYears(remarks),
      countries: countries(remarks),
    });
  }
  return entries;
}

/** Quick sniff: SDN.CSV rows start with a number and have 12 columns. */
export function looksLikeOfacSdn(content: string): boolean {
  const first = content.split(/\r?\n/, 1)[0] ?? '';
  return /^\d+,"/.test(first);
}
