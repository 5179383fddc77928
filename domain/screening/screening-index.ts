/**
 * A screening index over one or more sanctions lists, built once per list version. Scoring aligns
 * the tokens of the query with the tokens of each listed name (so word order does not matter) and
 * compares tokens with Jaro-Winkler (so typos and transliteration variants still score high) and
 * by sound (a shared Double Metaphone key counts as a near match, for spellings Jaro-Winkler
 * misses). Candidates come from a token-blocking step so a query does not compare against every entry.
 *
 * Each listed name has a strength, as the lists publish it: the primary name and strong aliases
 * (OFAC's ALT.CSV, the UN's "Good" quality) match alike; a weak alias (OFAC's a.k.a. in Remarks,
 * the UN's "Low" quality) alone is no match: it needs a birth year or nationality that agrees. An
 * identity or registration number equal to one the entry lists is a match whatever the name.
 * Birth year and country raise or lower a name match's score, but never take a near-exact name
 * below the threshold by themselves.
 */
import { createHash } from 'node:crypto';
import { jaroWinkler } from '@skyra/jaro-winkler';
import { tokens, type NameType } from './normalise';
import { phoneticKeys } from './phonetic';
import { alignTokens } from './token-alignment';

// The token comparison is its own module; the tests and the bench reach it here too.
export { alignTokens, tokenSimilarity } from './token-alignment';

/** How a list names an entry: its primary name, a strong alias, or a weak (low-quality) alias. */
export type NameStrength = 'primary' | 'strong' | 'weak';

export interface ListEntry {
  entryId: string;
  listId: string;
  name: string;
  /** Strong aliases, and the primary name in natural order. */
  aliases: string[];
  /** Weak aliases: no match on their own. */
  weakAliases?: string[];
  type: NameType | 'vessel' | 'aircraft';
  programs: string[];
  /** Birth years, ranges expanded; circa dates are matched with the same one-year tolerance. */
  birthYears: number[];
  /** Nationalities and citizenships (ISO 3166 alpha-2). */
  countries: string[];
  /** Identity and registration numbers, normalised (domain/screening/identifiers.ts). */
  identifiers?: string[];
  addresses?: string[];
  /** When the entry was listed, as the list says. */
  listedOn?: string;
  /** The entry's reference on its list (the UN's "QDi.001", OFAC's entry number). */
  reference?: string;
}

/** One list file behind an index: when it was published (where it says) or last replaced, and whether it is the synthetic fixture. */
export interface ListSource {
  file: string;
  /** The publication time the file states (the UN list's dateGenerated), if any. */
  publishedAt?: string;
  /** When the file was last written here: the age of a list that states no publication time. */
  modifiedAt: string;
  entries: number;
  /** The shipped synthetic list, for development and tests: never a real list. */
  synthetic: boolean;
}

export interface ScreeningQuery {
  name: string;
  type: NameType;
  dateOfBirth?: string;
  country?: string;
  /** The subject's identity or registration numbers (passport, company registration, tax ID). */
  identifiers?: string[];
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
  /** The strength of the matched name; `identifier` when a number matched. */
  strength: NameStrength | 'identifier';
  /** The entry's reference on its list. */
  reference?: string;
  explanation: string[];
}

interface IndexedName {
  entry: ListEntry;
  text: string;
  tokens: string[];
  strength: NameStrength;
}

const TOKEN_SIMILARITY_FOR_CANDIDATE = 0.88;
/** A name this close is the listed name: corroborating facts may lower it, but not below the threshold. */
const NEAR_EXACT = 0.97;
const BIRTH_YEAR_AGREES = 0.02;
const BIRTH_YEAR_DIFFERS = 0.04;
const COUNTRY_DIFFERS = 0.02;
function digestOf(entry: ListEntry): string {
  const content = [entry.name, [...entry.aliases].sort(), [...entry.birthYears].sort(), [...entry.countries].sort(), [...entry.programs].sort(), entry.type];
  // Added later: only entries that have them hash them, so the digests of the others (and the adjudications bound to them) stay.
  if (entry.weakAliases?.length) content.push([...entry.weakAliases].sort());
  if (entry.identifiers?.length) content.push([...entry.identifiers].sort());
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

export class ScreeningIndex {
  /** Set when a replacement of its files did not load and this index stayed in use instead. */
  reloadFailure?: { at: string; error: string };

  private readonly names: IndexedName[] = [];
  private readonly byToken = new Map<string, number[]>();
  /** Tokens grouped by first letter: a typo rarely changes the first letter, and this keeps the fuzzy pass small. */
  private readonly vocabulary = new Map<string, string[]>();
  /** Tokens by phonetic key: finds "Cvetkov" from "Tsvetkov", which the first letter would not. */
  private readonly bySound = new Map<string, string[]>();
  private readonly digests = new Map<string, string>();
  private readonly byIdentifier = new Map<string, ListEntry[]>();

  /** Each screenable entry's list and content digest: what a list version says of it. */
  entryDigests(): Map<string, { listId: string; digest: string }> {
    const byId = new Map(this.entries.map((e) => [e.entryId, e.listId]));
    return new Map([...this.digests].map(([id, digest]) => [id, { listId: byId.get(id)!, digest }]));
  }

  /** The same version restricted to some entries: a re-screening after a list change screens only what changed. */
  only(entryIds: ReadonlySet<string>): ScreeningIndex {
    return new ScreeningIndex(
      this.version,
      this.entries.filter((e) => entryIds.has(e.entryId)),
      this.sources,
    );
  }

  constructor(
    readonly version: string,
    /** The entries as the lists give them (the loaders' tests read them). */
    readonly entries: readonly ListEntry[],
    /** The files the entries came from. */
    readonly sources: readonly ListSource[] = [],
  ) {
    for (const entry of entries) {
      if (entry.type === 'vessel' || entry.type === 'aircraft') continue;
      this.digests.set(entry.entryId, digestOf(entry));
      for (const id of entry.identifiers ?? []) this.byIdentifier.set(id, [...(this.byIdentifier.get(id) ?? []), entry]);
      const named: Array<[string, NameStrength]> = [
        [entry.name, 'primary'],
        ...entry.aliases.map((a) => [a, 'strong'] as [string, NameStrength]),
        ...(entry.weakAliases ?? []).map((a) => [a, 'weak'] as [string, NameStrength]),
      ];
      for (const [text, strength] of named) {
        const t = tokens(text, entry.type);
        // A one-word weak alias ("PAT", "MIKE") identifies no one: it is kept on the entry, not screened.
        if (t.length === 0 || (strength === 'weak' && t.length < 2)) continue;
        const position = this.names.push({ entry, text, tokens: t, strength }) - 1;
        // Its words run together too, for names written as one word (CJK transliterated: 习近平 is "xijinping").
        const blockingTokens = t.length >= 2 && t.length <= 3 ? [...t, t.join('')] : t;
        for (const token of new Set(blockingTokens)) {
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

  /** Screening against the synthetic fixture proves nothing about real lists: every result says so. */
  get synthetic(): boolean {
    return this.sources.some((s) => s.synthetic);
  }

  /**
   * A token's weight, the log of how rare it is among the listed names (inverse document frequency),
   * between 1 and 3; a token no listed name has counts as the rarest.
   */
  readonly rarity = (token: string): number => {
    let weight = this.rarities.get(token);
    if (weight === undefined) {
      const df = this.byToken.get(token)?.length ?? 0;
      weight = df === 0 ? 3 : Math.min(3, Math.max(1, Math.log(this.names.length / df) / Math.log(10)));
      // Only listed tokens are kept: a query's own words would grow the map without end.
      if (df > 0) this.rarities.set(token, weight);
    }
    return weight;
  };

  private readonly rarities = new Map<string, number>();

  get size(): number {
    return this.names.length;
  }

  /**
   * The listed tokens a query token blocks on: the same first letter and close in spelling, or the same
   * sound. Names recur (a rescreening run meets "mohammed" thousands of times), so each query token's
   * answer is kept for this index, which it depends on alone.
   */
  private readonly blockedBy = new Map<string, readonly string[]>();

  private blockingTokens(q: string): readonly string[] {
    let found = this.blockedBy.get(q);
    if (found) return found;
    const tokens = new Set<string>();
    for (const token of this.vocabulary.get(q[0]) ?? []) {
      if (token === q || (Math.abs(token.length - q.length) <= 3 && jaroWinkler(q, token) >= TOKEN_SIMILARITY_FOR_CANDIDATE)) tokens.add(token);
    }
    // Two-sound keys ("JN") are shared by too many names to narrow anything down.
    for (const key of phoneticKeys(q).filter((k) => k.length >= 3)) for (const token of this.bySound.get(key) ?? []) tokens.add(token);
    found = [...tokens];
    if (this.blockedBy.size >= 100_000) this.blockedBy.clear();
    this.blockedBy.set(q, found);
    return found;
  }

  private candidates(queryTokens: string[]): Set<number> {
    const found = new Set<number>();
    for (const q of queryTokens) {
      // Very short tokens ("al", "bin") block too widely to be useful on their own.
      if (q.length < 3) continue;
      for (const token of this.blockingTokens(q)) for (const p of this.byToken.get(token)!) found.add(p);
    }
    return found;
  }

  screen(query: ScreeningQuery, threshold: number): ScreeningMatch[] {
    const best = new Map<string, ScreeningMatch>();
    const keep = (match: ScreeningMatch) => {
      const previous = best.get(match.entryId);
      if (!previous || previous.score < match.score) best.set(match.entryId, match);
    };
    const matchOf = (entry: ListEntry, matchedName: string, score: number, strength: ScreeningMatch['strength'], explanation: string[]): ScreeningMatch => ({
      entryId: entry.entryId,
      entryDigest: this.digests.get(entry.entryId)!,
      listId: entry.listId,
      name: entry.name,
      matchedName,
      score: Math.round(Math.min(1, score) * 1000) / 1000,
      program: entry.programs.join(', '),
      strength,
      ...(entry.reference ? { reference: entry.reference } : {}),
      explanation,
    });

    // An identity or registration number the entry lists is the entry, whatever the name says.
    for (const given of query.identifiers ?? []) {
      for (const entry of this.byIdentifier.get(given) ?? []) {
        keep(matchOf(entry, entry.name, 1, 'identifier', ['an identity or registration number of the subject is one the entry lists']));
      }
    }

    const q = tokens(query.name, query.type);
    const year = query.dateOfBirth ? Number(query.dateOfBirth.slice(0, 4)) : undefined;
    for (const position of this.candidates(q)) {
      const named = this.names[position];
      const { entry } = named;
      // A person is not screened against companies and vice versa: different risks, different lists.
      if (entry.type !== query.type) continue;
      const similarity = alignTokens(q, named.tokens, this.rarity);
      // Corroboration can add at most a little: a name this far off is no match, and no explanation is built.
      if (similarity + BIRTH_YEAR_AGREES < threshold) continue;
      const yearKnown = Boolean(year && entry.birthYears.length > 0);
      const yearAgrees = yearKnown && entry.birthYears.some((y) => Math.abs(y - year!) <= 1);
      const countryKnown = Boolean(query.country && entry.countries.length > 0);
      const countryAgrees = countryKnown && entry.countries.includes(query.country!);
      if (named.strength === 'weak' && !yearAgrees && !countryAgrees) continue;

      let score = similarity + (yearAgrees ? BIRTH_YEAR_AGREES : 0) - (yearKnown && !yearAgrees ? BIRTH_YEAR_DIFFERS : 0) - (countryKnown && !countryAgrees ? COUNTRY_DIFFERS : 0);
      if (similarity >= NEAR_EXACT && similarity >= threshold) score = Math.max(score, threshold);
      if (score < threshold) continue;

      const explanation = [`name similarity ${similarity.toFixed(3)} against the ${named.strength === 'primary' ? 'primary name' : `${named.strength} alias`} "${named.text}"`];
      if (yearAgrees) explanation.push(`birth year agrees: +${BIRTH_YEAR_AGREES}`);
      else if (yearKnown) explanation.push(`birth year differs: -${BIRTH_YEAR_DIFFERS}${similarity >= NEAR_EXACT ? ' (not below the threshold: the name is near exact)' : ''}`);
      if (countryKnown) explanation.push(countryAgrees ? 'nationality agrees' : `nationality differs: -${COUNTRY_DIFFERS}`);
      if (named.strength === 'weak') explanation.push(`a weak alias, corroborated by the ${yearAgrees ? 'birth year' : 'nationality'}`);
      keep(matchOf(entry, named.text, score, named.strength, explanation));
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId));
  }
}
