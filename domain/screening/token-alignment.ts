/**
 * How two names' tokens compare: token against token by spelling (Jaro-Winkler, less for a longer
 * ending) or by sound (a shared Double Metaphone key), and the two token lists aligned one to one so
 * that word order does not matter, each pair weighed by the rarity of its listed token.
 *
 * Two tokens either meet (a similarity of 0.9 or more) or they do not (0): an unrelated pair
 * counts nothing, not the 0.6 to 0.8 that Jaro-Winkler gives any two names sharing a few letters,
 * which averaged with one exact word used to carry "Omar Saleh" to "Omar SAHAL". A query word that
 * meets nothing costs its full weight (the query says something the listed name does not); a listed
 * word that meets nothing costs LEFT_OUT_COST of its weight (lists give middle names and patronymics a query often leaves out).
 */
import { jaroWinkler } from '@skyra/jaro-winkler';
import { soundAlike } from './phonetic';
import { romanisationFold } from './romanisation';

/** What two tokens that sound alike count for, when their spelling scores lower. */
const SOUND_ALIKE_SIMILARITY = 0.9;
/** What a token in another romanisation, or with a swap of neighbouring letters, counts for. */
const SPELT_OTHERWISE = 0.95;
/** How alike the spelling of two tokens that sound different must be for them to meet. */
const SPELT_ALIKE = 0.95;
/** What a listed word the query leaves out costs, as a share of its weight. */
export const LEFT_OUT_COST = 0.4;
/** The heaviest a token weighs (the rarest). */
export const HEAVIEST = 3;

/**
 * Pairs of tokens recur across names and queries (common given names and surnames): each pair's
 * similarity is computed once and kept, by its first token then its second (a pure function; the
 * cache is emptied when it grows past its bound).
 */
const similarities = new Map<string, Map<string, number>>();
let cachedPairs = 0;

/** 1 for the same token, 0.9 or more for two that meet, 0 for two that do not. */
export function tokenSimilarity(t: string, u: string): number {
  if (t === u) return 1;
  const [a, b] = t < u ? [t, u] : [u, t];
  let byB = similarities.get(a);
  const known = byB?.get(b);
  if (known !== undefined) return known;
  const similarity = computeTokenSimilarity(a, b);
  if (cachedPairs >= 500_000) {
    similarities.clear();
    cachedPairs = 0;
    byB = undefined;
  }
  if (!byB) similarities.set(a, (byB = new Map()));
  byB.set(b, similarity);
  cachedPairs++;
  return similarity;
}

function computeTokenSimilarity(t: string, u: string): number {
  // Two-letter tokens ("li", "al", "wu") are words or particles, not spellings of each other.
  if (t.length < 3 || u.length < 3) return 0;
  // A shared stem with a longer ending ("petrov" and the patronymic "petrovich") is another word, which
  // Jaro-Winkler's prefix bonus would score 0.93: each letter of length difference past one costs a tenth.
  const lengthDifference = Math.abs(t.length - u.length);
  const spelling = Math.max(0, jaroWinkler(t, u) - Math.max(0, lengthDifference - 1) * 0.1);
  // A nisba ending makes another name of a name: "ahmadi" (of Ahmad), "hosseini" (of Hossein).
  if (lengthDifference >= 1 && lengthDifference <= 2 && nisbaOf(t, u)) return 0;
  // The same name in another romanisation ("djamal", "jamal"), or with two neighbouring letters swapped
  // ("ahamd"), which is how a typo leaves a word.
  if (romanisationFold(t) === romanisationFold(u) || swappedNeighbours(t, u)) return Math.max(spelling, SPELT_OTHERWISE);
  // Tokens that sound alike ("yusuf", "youssef") are the same name spelt otherwise, unless one is much
  // longer: Double Metaphone keeps few sounds, so "fang" and "fangwei" share one.
  // A short name keeps too few sounds to tell by them: "yang" and "wang" share "ANK", unless they begin alike.
  if (lengthDifference <= 2 && (Math.min(t.length, u.length) > 4 || t[0] === u[0]) && soundAlike(t, u)) return Math.max(spelling, SOUND_ALIKE_SIMILARITY);
  // Tokens that sound different are the same name only when spelt nearly alike, as a typo leaves them:
  // "saleh" and "salem", "khalil" and "khaliq" (0.93, 0.94) are other names.
  return spelling >= SPELT_ALIKE ? spelling : 0;
}

/**
 * Whether the longer token is a name like the shorter with the nisba "i" after a consonant ("ahmad",
 * "ahmadi"; "mohammed", "mohammadi"). A vowel before the "i" is a spelling ("dmitri", "dmitrii").
 */
function nisbaOf(t: string, u: string): boolean {
  const [short, long] = t.length < u.length ? [t, u] : [u, t];
  if (!long.endsWith('i') || /[aeiouy]/.test(long[long.length - 2])) return false;
  const stem = long.slice(0, -1);
  return stem === short || jaroWinkler(stem, short) >= SPELT_ALIKE - 0.1 || soundAlike(stem, short);
}

/** Whether two tokens differ only by two neighbouring letters swapped. */
function swappedNeighbours(t: string, u: string): boolean {
  if (t.length !== u.length) return false;
  let i = 0;
  while (i < t.length && t[i] === u[i]) i++;
  return i < t.length - 1 && t[i] === u[i + 1] && t[i + 1] === u[i] && t.slice(i + 2) === u.slice(i + 2);
}

/**
 * Score of two token lists, between 0 and 1: the tokens paired one to one, best pairs first; the
 * pairs' similarities averaged by twice their listed token's weight; a query token left unpaired adds
 * its weight to the divisor, a listed one LEFT_OUT_COST of it. A name written as one word on one side
 * (Chinese "xijinping" from 习近平, against "Xi Jinping") is also compared with the other side's words
 * run together.
 */
export function alignTokens(query: string[], listed: string[], weight: (token: string) => number = () => 1): number {
  const n = query.length;
  const m = listed.length;
  if (n === 0 || m === 0) return 0;
  // The pairing keeps its bookkeeping in bit sets: no name has more than 31 words worth comparing.
  if (n > 31 || m > 31) return alignTokens(query.slice(0, 31), listed.slice(0, 31), weight);
  if ((n === 1) !== (m === 1) && query.join('') === listed.join('')) return 1;
  if (pairBuffer.length < n * m) pairBuffer = new Float64Array(Math.max(n * m, pairBuffer.length * 2));
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) pairBuffer[i * m + j] = tokenSimilarity(query[i], listed[j]);
  // Greedy one-to-one pairing, best pair first; names have a handful of tokens, so this is cheap.
  let queryPaired = 0;
  let listedPaired = 0;
  let matched = 0;
  let divisor = 0;
  for (;;) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (queryPaired & (1 << i)) continue;
      for (let j = 0; j < m; j++) if (!(listedPaired & (1 << j)) && pairBuffer[i * m + j] > best) [best, bi, bj] = [pairBuffer[i * m + j], i, j];
    }
    if (bi < 0) break;
    queryPaired |= 1 << bi;
    listedPaired |= 1 << bj;
    const w = 2 * weight(listed[bj]);
    matched += best * w;
    divisor += w;
  }
  // Then words broken otherwise: two neighbours left unpaired on one side, run together, against one
  // word or two neighbours run together on the other ("abdul rahman" and "abdulrahman", "alm ajid" and "al majid").
  for (let i = 0; i + 1 < n; i++) {
    if (queryPaired & (3 << i)) continue;
    const joined = query[i] + query[i + 1];
    for (let j = 0; j < m; j++) {
      if (listedPaired & (1 << j)) continue;
      let s = tokenSimilarity(joined, listed[j]);
      let w = 2 * weight(listed[j]);
      let width = 1;
      if (s === 0 && j + 1 < m && !(listedPaired & (2 << j))) {
        s = tokenSimilarity(joined, listed[j] + listed[j + 1]);
        w += 2 * weight(listed[j + 1]);
        width = 2;
      }
      if (s === 0) continue;
      queryPaired |= 3 << i;
      listedPaired |= (width === 2 ? 3 : 1) << j;
      matched += s * w;
      divisor += w;
      break;
    }
  }
  for (let j = 0; j + 1 < m; j++) {
    if (listedPaired & (3 << j)) continue;
    const joined = listed[j] + listed[j + 1];
    for (let i = 0; i < n; i++) {
      if (queryPaired & (1 << i)) continue;
      const s = tokenSimilarity(query[i], joined);
      if (s === 0) continue;
      const w = 2 * (weight(listed[j]) + weight(listed[j + 1]));
      queryPaired |= 1 << i;
      listedPaired |= 3 << j;
      matched += s * w;
      divisor += w;
      break;
    }
  }
  for (let i = 0; i < n; i++) if (!(queryPaired & (1 << i))) divisor += weight(query[i]);
  for (let j = 0; j < m; j++) if (!(listedPaired & (1 << j))) divisor += LEFT_OUT_COST * weight(listed[j]);
  return matched / divisor;
}

/** The pair similarities of one alignment, reused (screening is synchronous: one alignment at a time). */
let pairBuffer = new Float64Array(64);
