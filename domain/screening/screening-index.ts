/**
 * A screening index over one or more sanctions lists, built once per list version. Scoring aligns
 * the tokens of the query with the tokens of each listed name (so word order does not matter) and
 * compares tokens by spelling, romanisation and sound (domain/screening/token-alignment.ts).
 * Candidates come from hash lookups of the query's tokens, bounded by the best score their met
 * tokens allow (domain/screening/name-blocking.ts), so a query aligns with a few dozen names, not
 * with every entry.
 *
 * Each listed name has a strength, as the lists publish it: the primary name and strong aliases
 * (OFAC's ALT.CSV, the UN's "Good" quality) match alike; a weak alias (OFAC's a.k.a. in Remarks,
 * the UN's "Low" quality) alone is no match: it needs a birth year or nationality that agrees. An
 * identity or registration number equal to one the entry lists is a match whatever the name.
 * Birth year and country raise or lower a name match's score, but never take a near-exact name
 * below the threshold by themselves.
 */
import { createHash } from 'node:crypto';
import { tokens, type NameType } from './normalise';
import { isLegalFormWord } from './legal-forms';
import { NameBlocking } from './name-blocking';
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

/** A name this close is the listed name: corroborating facts may lower it, but not below the threshold. */
const NEAR_EXACT = 0.97;
const BIRTH_YEAR_AGREES = 0.02;
const BIRTH_YEAR_DIFFERS = 0.06;
const COUNTRY_DIFFERS = 0.02;
/**
 * What a stray word of a legal form weighs in a company name: one the table did not take out because
 * the form was written out of order or misspelt ("STOCK COMPANY X JOINT", "X LIMITED LIBAILITY
 * COMPANY") says what kind of company, not which.
 */
const STRAY_FORM_WORD = 0.1;

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
  private readonly blocking = new NameBlocking();
  private readonly digests = new Map<string, string>();
  private readonly byIdentifier = new Map<string, ListEntry[]>();

  /** Each screenable entry's list and content digest: what a list version says of it. */
  entryDigests(): Map<string, { listId: string; digest: string }> {
    const byId = new Map(this.entries.map((e) => [e.entryId, e.listId]));
    return new Map([...this.digests].map(([id, digest]) => [id, { listId: byId.get(id)!, digest }]));
  }

  /**
   * The same version restricted to some entries: a re-screening after a list change screens only what
   * changed. Its words weigh as in the whole version, so a name scores there as it does here.
   */
  only(entryIds: ReadonlySet<string>): ScreeningIndex {
    const part = new ScreeningIndex(
      this.version,
      this.entries.filter((e) => entryIds.has(e.entryId)),
      this.sources,
    );
    part.blocking.weighAs(this.blocking);
    return part;
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
        this.blocking.add(this.names.push({ entry, text, tokens: t, strength }) - 1, entry.type, t);
      }
    }
    this.blocking.ready();
  }

  /** Screening against the synthetic fixture proves nothing about real lists: every result says so. */
  get synthetic(): boolean {
    return this.sources.some((s) => s.synthetic);
  }

  /** A token's weight: its rarity, and in a company name little for a stray word of a legal form. */
  readonly rarity = (token: string): number => this.blocking.rarity(token);

  private readonly organisationWeight = (token: string): number => (isLegalFormWord(token) ? STRAY_FORM_WORD : this.blocking.rarity(token));

  private weightOf(type: NameType): (token: string) => number {
    return type === 'organization' ? this.organisationWeight : this.rarity;
  }

  get size(): number {
    return this.names.length;
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
    // A person is not screened against companies and vice versa: different risks, different lists.
    const weight = this.weightOf(query.type);
    const candidates = this.blocking.candidates(q, query.type, threshold - BIRTH_YEAR_AGREES, weight, (p) => this.names[p].tokens.length);
    for (const position of candidates) {
      const named = this.names[position];
      const { entry } = named;
      const similarity = alignTokens(q, named.tokens, weight);
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
