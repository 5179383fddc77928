/**
 * Names are compared after the same normalisation on both sides: transliteration to Latin
 * (any-ascii covers Cyrillic, Arabic, Greek, CJK...), lower case, punctuation to spaces, and for
 * organisations the legal-form words dropped, since "LTD" versus "LIMITED" says nothing about identity.
 */
import anyAscii from 'any-ascii';

const legalForms = new Set([
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'gmbh',
  'ag',
  'kg',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'sl',
  'sociedad',
  'anonima',
  'ooo',
  'oao',
  'zao',
  'pjsc',
  'jsc',
  'ojsc',
  'cjsc',
  'fze',
  'fzco',
  'fzc',
  'est',
  'the',
  'de',
  'cv',
]);

const titles = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'haji', 'hajji', 'sheikh', 'shaykh', 'general', 'colonel']);

export type NameType = 'person' | 'organization';

export function tokens(name: string, type: NameType): string[] {
  const ascii = anyAscii(name).toLowerCase();
  // "S.A." and "L.L.C." collapse to one token before punctuation becomes spaces.
  const collapsed = ascii.replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1').replace(/\b([a-z])\.(?![a-z])/g, '$1');
  const words = collapsed
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const drop = type === 'organization' ? legalForms : titles;
  const kept = words.filter((w) => !drop.has(w));
  return kept.length > 0 ? kept : words;
}

/** OFAC writes individuals as "LAST, First Middle"; screening wants the natural order. */
export function naturalOrder(listName: string): string {
  const comma = listName.indexOf(',');
  if (comma < 0) return listName;
  return `${listName.slice(comma + 1).trim()} ${listName.slice(0, comma).trim()}`;
}
