/**
 * A screening index over one or more sanctions lists, built once per list version. Scoring aligns
 * the tokens of the query with the tokens of each listed name (so word order does not matter) and
 * compares tokens with Jaro-Winkler (so typos and transliteration variants still score high) and
 * by sound (a shared Double Metaphone key counts as a near match, for spellings Jaro-Winkler
 * misses). Candidates come from a token-blocking step so a query does not compare against every entry.
 */
import { createHash } from 'node:crypto';
import { jaroWinkler } from '@skyra/jaro-winkler';
import { tokens, type NameType } from './normalise';
import { phoneticKeys, soundAlike } from './phonetic';

export interface ListEntry {
  entryId: string;
  listId: string;
  name: string;
  aliases: string[];
  type: NameType | 'vessel' | 'aircraft';
  programs: string[];
  birthYears: number[];
  countries: string[];
}

export interface ScreeningQuery {
  name: string;
  type: NameType;
  dateOfBirth?: string;
  country?: string;
}

export interface ScreeningMatch {
  entryId: string;
  /** A digest of the entry's content: a reviewer's adjudication holds only while the entry is unchanged. */
  entryDigest: string;
  listId: string;
  name: string;
  matchedName: string;
  score: number;
  program: string;
  explanation: string[];
}

interface IndexedName {
  entry: ListEntry;
  text: string;
  tokens: string[];
}

const TOKEN_SIMILARITY_FOR_CANDIDATE = 0.88;
/** What two tokens that sound alike count for, when their spelling scores lower. */
const SOUND_ALIKE_SIMILARITY = 0.9;

export function tokenSimilarity(t: string, u: string): number {
  if (t === u) return 1;
  const spelling = jaroWinkler(t, u);
  return spelling < SOUND_ALIKE_SIMILARITY && soundAlike(t, u) ? SOUND_ALIKE_SIMILARITY : spelling;
}

/** Score of two token lists: each token's best partner, averaged both ways so extra words cost. */
export function alignTokens(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const best = (from: string[], to: string[]) => from.reduce((sum, t) => sum + Math.max(...to.map((u) => tokenSimilarity(t, u))), 0) / from.length;
  return (best(a, b) + best(b, a)) / 2;
}

function digestOf(entry: ListEntry): string {
  const content = [entry.name, [...entry.aliases].sort(), [...entry.birthYears].sort(), [...entry.countries].sort(), [...entry.programs].sort(), entry.type];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

export class ScreeningIndex {
  private readonly names: IndexedName[] = [];
  private readonly byToken = new Map<string, number[]>();
  /** Tokens grouped by first letter: a typo rarely changes the first letter, and this keeps the fuzzy pass small. */
  private readonly vocabulary = new Map<string, string[]>();
  /** Tokens by phonetic key: finds "Cvetkov" from "Tsvetkov", which the first letter would not. */
  private readonly bySound = new Map<string, string[]>();
  private readonly digests = new Map<string, string>();

  constructor(
    readonly version: string,
    entries: ListEntry[],
  ) {
    for (const entry of entries) {
      if (entry.type === 'vessel' || entry.type === 'aircraft') continue;
      this.digests.set(entry.entryId, digestOf(entry));
      for (const text of [entry.name, ...entry.aliases]) {
        const t = tokens(text, entry.type);
        if (t.length === 0) continue;
        const position = this.names.push({ entry, text, tokens: t }) - 1;
        for (const token of new Set(t)) {
          const list = this.byToken.get(token);
          if (list) list.push(position);
          else {
            this.byToken.set(token, [position]);
            const bucket = this.vocabulary.get(token[0]) ?? [];
            bucket.push(token);
            this.vocabulary.set(token[0], bucket);
            for (const key of phoneticKeys(token)) {
              const alike = this.bySound.get(key) ?? [];
              alike.push(token);
              this.bySound.set(key, alike);
            }
          }
        }
      }
    }
  }

  get size(): number {
    return this.names.length;
  }

  private candidates(queryTokens: string[]): Set<number> {
    const found = new Set<number>();
    for (const q of queryTokens) {
      // Very short tokens ("al", "bin") block too widely to be useful on their own.
      if (q.length < 3) continue;
      for (const token of this.vocabulary.get(q[0]) ?? []) {
        if (token === q || (Math.abs(token.length - q.length) <= 3 && jaroWinkler(q, token) >= TOKEN_SIMILARITY_FOR_CANDIDATE)) {
          for (const p of this.byToken.get(token)!) found.add(p);
        }
      }
      // Two-sound keys ("JN") are shared by too many names to narrow anything down.
      for (const key of phoneticKeys(q).filter((k) => k.length >= 3)) {
        for (const token of this.bySound.get(key) ?? []) for (const p of this.byToken.get(token)!) found.add(p);
      }
    }
    return found;
  }

  screen(query: ScreeningQuery, threshold: number): ScreeningMatch[] {
    const q = tokens(query.name, query.type);
    const best = new Map<string, ScreeningMatch>();
    for (const position of this.candidates(q)) {
      const named = this.names[position];
      const { entry } = named;
      // A person is not screened against companies and vice versa: different risks, different lists.
      if (entry.type !== query.type) continue;
      let score = alignTokens(q, named.tokens);
      const explanation = [`name similarity ${score.toFixed(3)} against "${named.text}"`];
      const year = query.dateOfBirth ? Number(query.dateOfBirth.slice(0, 4)) : undefined;
      if (year && entry.birthYears.length > 0) {
        if (entry.birthYears.some((y) => Math.abs(y - year) <= 1)) explanation.push('birth year agrees');
        else {
          score -= 0.08;
          explanation.push('birth year differs: -0.08');
        }
      }
      if (query.country && entry.countries.length > 0 && !entry.countries.includes(query.country)) {
        score -= 0.02;
        explanation.push('country differs: -0.02');
      }
      if (score < threshold) continue;
      const previous = best.get(entry.entryId);
      if (!previous || previous.score < score) {
        best.set(entry.entryId, {
          entryId: entry.entryId,
          entryDigest: this.digests.get(entry.entryId)!,
          listId: entry.listId,
          name: entry.name,
          matchedName: named.text,
          score: Math.round(score * 1000) / 1000,
          program: entry.programs.join(', '),
          explanation,
        });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId));
  }
}
