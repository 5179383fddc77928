/**
 * Names are compared after the same normalisation on both sides: transliteration to Latin
 * (any-ascii covers Cyrillic, Arabic, Greek, Georgian, Armenian, Hebrew, CJK...), lower case,
 * punctuation to spaces, and for organisations the legal forms taken out by phrase from a table
 * (domain/screening/legal-forms.ts), since "LTD" versus "LIMITED" says nothing about identity.
 */
import anyAscii from 'any-ascii';
import { splitLegalForms } from './legal-forms';
import { readLookAlikes } from './look-alikes';

/** Words that carry no identity in a company name. */
const organisationStopWords = new Set(['the', 'de']);

const titles = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'haji', 'hajji', 'sheikh', 'shaykh', 'general', 'colonel']);

export type NameType = 'person' | 'organization';

export function tokens(name: string, type: NameType): string[] {
  // Apostrophes join, not split: "ABU-'UMAR" is "abu umar", Georgian "saak'ashvili" one word.
  const ascii = anyAscii(readLookAlikes(name))
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc\u02bb`]/g, '');
  // "S.A." and "L.L.C." collapse to one token before punctuation becomes spaces.
  const collapsed = ascii.replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1').replace(/\b([a-z])\.(?![a-z])/g, '$1');
  const words = collapsed
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const kept = type === 'organization' ? splitLegalForms(words).name.filter((w) => !organisationStopWords.has(w)) : words.filter((w) => !titles.has(w));
  return kept.length > 0 ? kept : words;
}

/** OFAC writes individuals as "LAST, First Middle"; screening wants the natural order. */
export function naturalOrder(listName: string): string {
  const comma = listName.indexOf(',');
  if (comma < 0) return listName;
  return `${listName.slice(comma + 1).trim()} ${listName.slice(0, comma).trim()}`;
}
