/**
 * Reads the UN Security Council Consolidated List in its XML form (schema:
 * https://www.un.org/sc/resources/sc-sanctions.xsd). Individuals' names are FIRST_NAME to
 * FOURTH_NAME in order; an alias's QUALITY is "Good" (a strong alias) or "Low" (weak), entities'
 * aliases are "a.k.a." or "f.k.a." (strong). Birth dates are EXACT (a DATE or a YEAR), APPROXIMATELY
 * (a YEAR, taken as circa) or BETWEEN (FROM_YEAR to TO_YEAR). Documents carry a TYPE_OF_DOCUMENT
 * and a NUMBER; REFERENCE_NUMBER (e.g. "QDi.001") is the entry's reference on the list.
 */
import { XMLParser } from 'fast-xml-parser';
import { getAlpha2Code } from 'i18n-iso-countries';
import { normaliseIdentifier } from '../../domain/screening/identifiers';
import type { ListEntry } from '../../domain/screening/screening-index';

const LIST_ID = 'un-consolidated';

type Node = Record<string, unknown>;
const many = (v: unknown): Node[] => (v === undefined || v === '' ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

/** The UN's country names that the ISO name list spells otherwise. */
const unCountryNames: Record<string, string> = {
  'Democratic Republic of the Congo': 'CD',
  "Democratic People's Republic of Korea": 'KP',
  'Iran (Islamic Republic of)': 'IR',
  'Syrian Arab Republic': 'SY',
  'Russian Federation': 'RU',
  'United Republic of Tanzania': 'TZ',
  Libya: 'LY',
  'State of Palestine': 'PS',
  'Viet Nam': 'VN',
  Türkiye: 'TR',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  'United States of America': 'US',
};
const countryCode = (name: string) => unCountryNames[name] ?? getAlpha2Code(name, 'en');

function birthYears(individual: Node): number[] {
  const years = new Set<number>();
  for (const dob of many(individual.INDIVIDUAL_DATE_OF_BIRTH)) {
    const from = Number(text(dob.FROM_YEAR));
    const to = Number(text(dob.TO_YEAR));
    if (from && to && to >= from && to - from <= 30) for (let y = from; y <= to; y++) years.add(y);
    const year = Number(text(dob.YEAR) || text(dob.DATE).slice(0, 4)) || from;
    if (year) years.add(year);
  }
  return [...years];
}

function entryOf(node: Node, type: ListEntry['type']): ListEntry | undefined {
  const reference = text(node.REFERENCE_NUMBER);
  const parts = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => text(node[k])).filter(Boolean);
  const name = parts.join(' ');
  if (!reference || !name) return undefined;
  const aliasNodes = many(type === 'person' ? node.INDIVIDUAL_ALIAS : node.ENTITY_ALIAS);
  const strong: string[] = [];
  const weak: string[] = [];
  for (const alias of aliasNodes) {
    const aliasName = text(alias.ALIAS_NAME);
    if (!aliasName) continue;
    (text(alias.QUALITY).toLowerCase() === 'low' ? weak : strong).push(aliasName);
  }
  const nonLatin = text(node.NAME_ORIGINAL_SCRIPT);
  if (nonLatin) strong.push(nonLatin);
  const nationalities = many(node.NATIONALITY).flatMap((n) => (Array.isArray(n.VALUE) ? n.VALUE : [n.VALUE]).map(text));
  const documents = many(node.INDIVIDUAL_DOCUMENT).map((d) => normaliseIdentifier(text(d.NUMBER)));
  const addresses = many(type === 'person' ? node.INDIVIDUAL_ADDRESS : node.ENTITY_ADDRESS)
    .map((a) => [text(a.CITY), text(a.STATE_PROVINCE), text(a.COUNTRY)].filter(Boolean).join(', '))
    .filter(Boolean);
  return {
    entryId: `${LIST_ID}:${reference}`,
    listId: LIST_ID,
    name,
    aliases: [...new Set(strong)].filter((a) => a !== name),
    weakAliases: [...new Set(weak)],
    type,
    programs: [text(node.UN_LIST_TYPE)].filter(Boolean),
    birthYears: type === 'person' ? birthYears(node) : [],
    countries: [...new Set(nationalities.map(countryCode).filter((c): c is string => Boolean(c)))],
    identifiers: [...new Set(documents.filter((d): d is string => Boolean(d)))],
    addresses,
    listedOn: text(node.LISTED_ON) || undefined,
    reference,
  };
}

export function parseUnConsolidated(content: string): { entries: ListEntry[]; publishedAt?: string } {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: true });
  const list = (parser.parse(content) as Node).CONSOLIDATED_LIST as Node | undefined;
  if (!list) throw new Error('not a UN Consolidated List: no CONSOLIDATED_LIST element');
  const individuals = many((list.INDIVIDUALS as Node | undefined)?.INDIVIDUAL);
  const entities = many((list.ENTITIES as Node | undefined)?.ENTITY);
  const entries = [...individuals.map((n) => entryOf(n, 'person')), ...entities.map((n) => entryOf(n, 'organization'))].filter((e): e is ListEntry => Boolean(e));
  return { entries, publishedAt: text(list['@dateGenerated']) || undefined };
}

export const looksLikeUnConsolidated = (content: string) => /<CONSOLIDATED_LIST[\s>]/.test(content.slice(0, 2000));
