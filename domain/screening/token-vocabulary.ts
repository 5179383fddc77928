/**
 * The tokens of the listed names, found from a query token by hash lookups rather than by comparing
 * it with every listed token: by spelling through SymSpell-style deletions (a token and every form
 * of it with one letter left out, so any one edit, a transposition included, meets on a shared key) and by sound through its Double
 * Metaphone keys. What the lookups find is then held to the alignment's own comparison, so a token is
 * near exactly when the alignment would pair it (domain/screening/token-alignment.ts).
 */
import { phoneticKeys } from './phonetic';
import { romanisationFold } from './romanisation';
import { tokenSimilarity } from './token-alignment';

export interface NearToken {
  id: number;
  similarity: number;
}

/** Tokens shorter than this ("al", "li", "wu") are words or particles: met only as they are. */
export const FUZZY_FROM = 3;
const CACHE_BOUND = 100_000;

function deletions(token: string, into: Set<string>): Set<string> {
  for (let i = 0; i < token.length; i++) into.add(token.slice(0, i) + token.slice(i + 1));
  return into;
}

/**
 * The keys a token is filed under by spelling: itself, its romanisation fold (domain/screening/romanisation.ts)
 * and each form with one letter left out. (Two
 * letters left out as well, for long tokens, found nothing more on the bench's perturbations and took
 * four times the memory.)
 */
function spellingKeys(token: string): Set<string> {
  return deletions(token, new Set([token, romanisationFold(token)]));
}

export class TokenVocabulary {
  readonly tokens: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly bySpelling = new Map<string, number[]>();
  private readonly bySound = new Map<string, number[]>();
  private readonly filedFuzzy = new Set<number>();
  /** Names recur (a rescreening run meets "mohammed" thousands of times): each query token's answer is kept. */
  private readonly nearCache = new Map<string, readonly NearToken[]>();

  id(token: string): number | undefined {
    return this.ids.get(token);
  }

  /**
   * The token's id, filing it under its keys once. Words run together are filed
   * as they are (`fuzzy` false): a query word a letter off them still meets them through its own
   * deletions, and filing all their deletions too would double the index.
   */
  add(token: string, fuzzy = true): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.push(token) - 1;
      this.ids.set(token, id);
    }
    if (fuzzy && !this.filedFuzzy.has(id) && token.length >= FUZZY_FROM) {
      this.filedFuzzy.add(id);
      for (const key of spellingKeys(token)) file(this.bySpelling, key, id);
      // Two-sound keys ("JN") are shared by too many names to narrow anything down.
      for (const key of phoneticKeys(token)) if (key.length >= 3) file(this.bySound, key, id);
    }
    this.nearCache.clear();
    return id;
  }

  /** The listed tokens the alignment would pair with this one, with their similarity. */
  near(query: string): readonly NearToken[] {
    let found = this.nearCache.get(query);
    if (found) return found;
    const ids = new Set<number>();
    const exact = this.ids.get(query);
    if (exact !== undefined) ids.add(exact);
    if (query.length >= FUZZY_FROM) {
      for (const key of spellingKeys(query)) {
        const same = this.ids.get(key);
        if (same !== undefined) ids.add(same);
        for (const id of this.bySpelling.get(key) ?? []) ids.add(id);
      }
      for (const key of phoneticKeys(query)) if (key.length >= 3) for (const id of this.bySound.get(key) ?? []) ids.add(id);
    }
    found = [...ids].map((id) => ({ id, similarity: tokenSimilarity(query, this.tokens[id]) })).filter((n) => n.similarity > 0);
    if (this.nearCache.size >= CACHE_BOUND) this.nearCache.clear();
    this.nearCache.set(query, found);
    return found;
  }
}

function file(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
