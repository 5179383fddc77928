/**
 * Phonetic keys (Double Metaphone) of name tokens: "Mohammed" and "Muhamad", "Tsvetkov" and
 * "Cvetkov" sound alike even where their spellings are far apart, which is what transliteration
 * by different clerks produces. Only the primary key: the alternate reads a name as another language
 * would ("Wang" as German "FNK"), which let "Wang" meet "Fang". Cached per token: lists and queries
 * repeat the same names.
 */
import { doubleMetaphone } from 'double-metaphone';

const cache = new Map<string, readonly string[]>();

export function phoneticKeys(token: string): readonly string[] {
  let keys = cache.get(token);
  if (!keys) {
    // Digits and one-letter tokens have no useful sound.
    keys = /[a-z]{2}/.test(token) ? [doubleMetaphone(token)[0]].filter((k) => k.length >= 2) : [];
    if (cache.size > 200_000) cache.clear();
    cache.set(token, keys);
  }
  return keys;
}

export function soundAlike(a: string, b: string): boolean {
  const ka = phoneticKeys(a);
  if (ka.length === 0) return false;
  return phoneticKeys(b).some((k) => ka.includes(k));
}
