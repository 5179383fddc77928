/**
 * Which listed names a query is worth aligning with. Every listed token is in a vocabulary found by
 * hash lookups (domain/screening/token-vocabulary.ts), with the names that carry it; a query token
 * marks the names its near tokens are on. A name is kept when the best score its marks allow reaches
 * the cut-off: that bound counts every marked query token as met at full similarity with the heaviest
 * listed token it meets, and every unmarked one as unmet at its own weight, and the alignment
 * (domain/screening/token-alignment.ts) can only score lower. Of those kept, the best few dozen by
 * bound are aligned in detail.
 */
import type { NameType } from './normalise';
import { HEAVIEST } from './token-alignment';
import { TokenVocabulary } from './token-vocabulary';

/** At most this many candidates are aligned in detail, those whose words the query meets most first. */
const DETAILED_CANDIDATES = 64;
/** Query words tracked one bit each; a longer query is not bounded. */
const TRACKED_WORDS = 31;

export class NameBlocking {
  private readonly vocabulary = new TokenVocabulary();
  /** For each token id, the names it is on, persons and organisations apart. */
  private readonly postings: Record<NameType, number[][]> = { person: [], organization: [] };
  /** For each token id, how many names have it (both types): its rarity. */
  private readonly frequency: number[] = [];
  private names = 0;
  /** Per name, the query tokens that met one of its tokens: scratch space of one screening at a time. */
  private met = new Uint32Array(0);
  private readonly rarities = new Map<string, number>();

  /** Files a name's tokens, and its words run together (see below), under its position. */
  add(position: number, type: NameType, tokens: string[]): void {
    this.names++;
    // All its words run together, for names written as one word (CJK transliterated: 习近平 is
    // "xijinping"), and each two neighbours, for a word break written otherwise ("Abdulrahman").
    const joined = tokens.length >= 2 && tokens.length <= 3 ? [tokens.join('')] : [];
    for (let k = 0; k + 1 < tokens.length; k++) joined.push(tokens[k] + tokens[k + 1]);
    const own = new Set(tokens);
    for (const token of new Set([...tokens, ...joined])) {
      const id = this.vocabulary.add(token, own.has(token));
      (this.postings[type][id] ??= []).push(position);
      this.frequency[id] = (this.frequency[id] ?? 0) + 1;
    }
  }

  /** Called once every name is added. */
  ready(): void {
    this.met = new Uint32Array(this.names);
  }

  /** Weighs words by another blocking's rarities: a part of a list version weighs them as the whole does. */
  weighAs(whole: NameBlocking): void {
    this.rarityOf = whole.rarity;
  }

  private rarityOf?: (token: string) => number;

  /**
   * A token's weight, the log of how rare it is among the listed names (inverse document frequency),
   * between 1 and 3; a token no listed name has weighs as the commonest, since a misspelt word is no
   * rarer than the word it misspells.
   */
  readonly rarity = (token: string): number => {
    if (this.rarityOf) return this.rarityOf(token);
    let weight = this.rarities.get(token);
    if (weight === undefined) {
      const id = this.vocabulary.id(token);
      const df = id === undefined ? 0 : this.frequency[id];
      weight = df === 0 ? 1 : Math.min(HEAVIEST, Math.max(1, Math.log(this.names / df) / Math.log(10)));
      // Only listed tokens are kept: a query's own words would grow the map without end.
      if (df > 0) this.rarities.set(token, weight);
    }
    return weight;
  };

  /** The positions of the names worth aligning with the query, best bound first. */
  candidates(query: string[], type: NameType, cutOff: number, weight: (token: string) => number, wordsOf: (position: number) => number): number[] {
    const postings = this.postings[type];
    const touched: number[] = [];
    const mark = (id: number, bits: number) => {
      for (const p of postings[id] ?? []) {
        if (this.met[p] === 0) touched.push(p);
        this.met[p] |= bits;
      }
    };
    const n = Math.min(query.length, TRACKED_WORDS);
    const heaviest: number[] = [];
    for (let i = 0; i < n; i++) {
      heaviest.push(0);
      for (const { id } of this.vocabulary.near(query[i])) {
        heaviest[i] = Math.max(heaviest[i], weight(this.vocabulary.tokens[id]));
        mark(id, 1 << i);
      }
    }
    // Two neighbouring query words run together meet a listed word ("abdul rahman", "abdulrahman") or two
    // listed neighbours run together ("alm ajid", "al majid"): both count as met, at the heaviest weight.
    for (let i = 0; i + 1 < n; i++) {
      for (const { id } of this.vocabulary.near(query[i] + query[i + 1])) {
        heaviest[i] = heaviest[i + 1] = HEAVIEST;
        mark(id, (1 << i) | (1 << (i + 1)));
      }
    }
    const all = n === TRACKED_WORDS ? 0xffffffff : (1 << n) - 1;
    // The query written as one word ("xijinping") meets a name listed in parts, and the reverse.
    const joined = n >= 2 && n <= 3 ? this.vocabulary.id(query.join('')) : undefined;
    if (joined !== undefined) mark(joined, all);

    const bounds = new Map<number, number>();
    const boundOf = (mask: number): number => {
      let bound = bounds.get(mask);
      if (bound === undefined) {
        let matched = 0;
        let unmatched = 0;
        for (let i = 0; i < n; i++) {
          if (mask & (1 << i)) matched += 2 * heaviest[i];
          else unmatched += weight(query[i]);
        }
        // Words past the tracked ones may meet anything.
        bound = mask === all || query.length > TRACKED_WORDS ? 1 : matched / (matched + unmatched);
        bounds.set(mask, bound);
      }
      return bound;
    };
    const kept: Array<{ position: number; bound: number }> = [];
    for (const p of touched) {
      const bound = boundOf(this.met[p]);
      this.met[p] = 0;
      if (bound >= cutOff) kept.push({ position: p, bound });
    }
    // On equal bounds a shorter name first: fewer words of it are left out.
    if (kept.length > DETAILED_CANDIDATES) kept.sort((a, b) => b.bound - a.bound || wordsOf(a.position) - wordsOf(b.position) || a.position - b.position).length = DETAILED_CANDIDATES;
    return kept.map((k) => k.position);
  }
}
