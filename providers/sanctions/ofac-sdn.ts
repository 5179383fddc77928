/**
 * Reads an OFAC list's primary records (SDN.CSV or CONS_PRIM.CSV: 12 columns, no header, "-0-" for
 * an empty field, CRLF lines and a trailing SUB byte), joined with its alternates, addresses and
 * remarks overflow when those files are given too (providers/sanctions/ofac-files.ts). Birth years,
 * nationalities, identity numbers and the weak aliases are in the free-text Remarks, in the fixed
 * phrasing OFAC uses; the strong aliases are ALT.CSV's.
 */
import { getAlpha2Code } from 'i18n-iso-countries';
import { identifiersInRemarks } from '../../domain/screening/identifiers';
import type { ListEntry } from '../../domain/screening/screening-index';
import { naturalOrder } from '../../domain/screening/normalise';
import { clean, noExtras, ofacRows, type OfacExtras } from './ofac-files';

/**
 * The weak aliases in Remarks: "a.k.a. 'ABU-'UMAR'; a.k.a. 'THE OLD'." An alias may hold an
 * apostrophe itself, so it ends only at the quote before a separator (";", a final ".", the end).
 */
export function weakAliasesIn(remarks: string): string[] {
  const found: string[] = [];
  for (const m of remarks.matchAll(/\b[af]\.k\.a\.\s+'(.+?)'(?=\s*(?:;|\.(?:\s|$)|,|\)|$))/gi)) found.push(m[1].trim());
  return found;
}

function birthYears(remarks: string): number[] {
  const years = new Set<number>();
  for (const m of remarks.matchAll(/\bDOB\s+([^;]+)/g)) {
    const range = m[1].match(/(\d{4})\s+to\s+(\d{4})/);
    if (range) for (let y = Number(range[1]); y <= Number(range[2]) && y - Number(range[1]) <= 30; y++) years.add(y);
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

export function parseOfacSdn(content: string, listId = 'ofac-sdn', extras: OfacExtras = noExtras()): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const row of ofacRows(content)) {
    const [rawId, rawName, sdnType, program, , , , , , , , remarksRaw] = row;
    const id = (rawId ?? '').trim();
    if (!/^\d+$/.test(id)) continue;
    const type = entryType(clean(sdnType));
    const remarks = clean(remarksRaw) + (extras.comments.get(id) ?? '');
    const name = clean(rawName);
    const natural = (n: string) => (type === 'person' ? naturalOrder(n) : n);
    const strong = [natural(name), ...(extras.alternates.get(id) ?? []).map(natural)];
    entries.push({
      entryId: `${listId}:${id}`,
      listId,
      name,
      aliases: [...new Set(strong)].filter((a) => a !== name),
      weakAliases: [...new Set(weakAliasesIn(remarks).map(natural))],
      type,
      programs: clean(program)
        .split(/\]\s*\[|;/)
        .map((p) => p.replace(/[[\]]/g, '').trim())
        .filter(Boolean),
      birthYears: birthYears(remarks),
      countries: countries(remarks),
      identifiers: identifiersInRemarks(remarks),
      addresses: extras.addresses.get(id) ?? [],
      reference: id,
    });
  }
  return entries;
}
