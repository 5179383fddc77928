/**
 * How two names' tokens compare: token against token by spelling (Jaro-Winkler, less for a longer
 * ending) or by sound (a shared Double Metaphone key), and the two token lists aligned so that word
 * order does not matter and extra words cost, each pair weighed by the rarity of its listed token.
 */
import { jaroWinkler } from '@skyra/jaro-winkler';
import { soundAlike } from './phonetic';

/** What two tokens that sound alike count for, when their spelling scores lower. */
const SOUND_ALIKE_SIMILARITY = 0.9;

/**
 * Pairs of tokens recur across names and queries (common given names and surnames): each pair's
 * similarity is computed once and kept, by its first token then its second (a pure function; the
 * cache is emptied when it grows past its bound).
 */
const similarities = new Map<string, Map<string, number>>();
let cachedPairs = 0;

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
  const spelling = jaroWinkler(t, u);
  // A shared stem with a longer ending ("petrov" and the patronymic "petrovich") is another word, which
  // Jaro-Winkler's prefix bonus would score 0.93: each letter of length difference past one costs a tenth.
  // Tokens that sound alike ("yusuf", "youssef") are the same name spelt otherwise, whatever their lengths.
  const lengthPenalty = Math.max(0, Math.abs(t.length - u.length) - 1) * 0.1;
  const bySpelling = Math.max(0, spelling - lengthPenalty);
  return bySpelling < SOUND_ALIKE_SIMILARITY && soundAlike(t, u) ? SOUND_ALIKE_SIMILARITY : bySpelling;
}

/**
 * Score of two token lists: each token's best partner, averaged both ways so extra words cost. A
 * name written as one word on one side (Chinese "xijinping" from 习近平, against "Xi Jinping") is
 * also compared with the other side's words run together.
 */
export function alignTokens(query: string[], listed: string[], weight: (token: string) => number = () => 1): number {
  if (query.length === 0 || listed.length === 0) return 0;
  // Each pair counts by the rarity of its listed token: a shared common surname says less than a shared
  // rare one, and a rare listed word left unmatched costs more. A misspelt query token is weighed by the
  // listed token it meets, so a typo does not weigh as the rarest word there is.
  // Every pair's similarity once (it is symmetric), read both ways; on a tie the first partner counts.
  const n = query.length;
  const m = listed.length;
  if (pairBuffer.length < n * m) pairBuffer = new Float64Array(Math.max(n * m, pairBuffer.length * 2));
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) pairBuffer[i * m + j] = tokenSimilarity(query[i], listed[j]);
  let querySide = 0;
  let queryWeights = 0;
  for (let i = 0; i < n; i++) {
    let score = -1;
    let partner = 0;
    for (let j = 0; j < m; j++) if (pairBuffer[i * m + j] > score) [score, partner] = [pairBuffer[i * m + j], j];
    const w = weight(listed[partner]);
    querySide += w * score;
    queryWeights += w;
  }
  let listedSide = 0;
  let listedWeights = 0;
  for (let j = 0; j < m; j++) {
    let score = -1;
    for (let i = 0; i < n; i++) if (pairBuffer[i * m + j] > score) score = pairBuffer[i * m + j];
    const w = weight(listed[j]);
    listedSide += w * score;
    listedWeights += w;
  }
  const aligned = (querySide / queryWeights + listedSide / listedWeights) / 2;
  if ((query.length === 1) === (listed.length === 1)) return aligned;
  return Math.max(aligned, query.join('') === listed.join('') ? 1 : aligned);
}

/** The pair similarities of one alignment, reused (screening is synchronous: one alignment at a time). */
let pairBuffer = new Float64Array(64);
