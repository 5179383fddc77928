/**
 * Reads the EU's consolidated Financial Sanctions Files in their XML form (xmlFullSanctionsList_1_1;
 * namespace http://eu.europa.ec/fpi/fsd/export, schema "FSD export" 1.1): an `export` element with its
 * `generationDate`, one `sanctionEntity` per listed party with
 *   - `subjectType@code`: person or enterprise;
 *   - `nameAlias` (firstName, middleName, lastName, wholeName, `strong` true or false: the EU marks
 *     weak aliases strong="false", which match nothing on their own), in several languages;
 *   - `birthdate` (`birthdate` YYYY-MM-DD, or `year`, or `yearRangeFrom`/`yearRangeTo`; `circa`);
 *   - `citizenship@countryIso2Code`, `identification@number`, `address`;
 *   - `regulation@programme` (e.g. "UKR", "TAQA") and the entity's `euReferenceNumber` ("EU.27.28").
 */
import { XMLParser } from 'fast-xml-parser';
import { normaliseIdentifier } from '../../domain/screening/identifiers';
import type { ListEntry } from '../../domain/screening/screening-index';

const LIST_ID = 'eu-fsf';

type Node = Record<string, unknown>;
const many = (v: unknown): Node[] => (v === undefined || v === '' ? [] : Array.isArray(v) ? (v as Node[]) : [v as Node]);
const attr = (node: Node, name: string): string => {
  const v = node[`@${name}`];
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
};

/** An alias's name: its wholeName, or its parts in order. */
const aliasName = (a: Node) =>
  attr(a, 'wholeName') ||
  ['firstName', 'middleName', 'lastName']
    .map((k) => attr(a, k))
    .filter(Boolean)
    .join(' ');

function birthYears(entity: Node): number[] {
  const years = new Set<number>();
  for (const b of many(entity.birthdate)) {
    const from = Number(attr(b, 'yearRangeFrom'));
    const to = Number(attr(b, 'yearRangeTo'));
    if (from && to && to >= from && to - from <= 30) for (let y = from; y <= to; y++) years.add(y);
    const year = Number(attr(b, 'year') || attr(b, 'birthdate').slice(0, 4));
    if (year) years.add(year);
  }
  return [...years];
}

function entryOf(entity: Node): ListEntry | undefined {
  const code = attr((entity.subjectType as Node | undefined) ?? {}, 'code');
  const type: ListEntry['type'] = code === 'person' ? 'person' : 'organization';
  const reference = attr(entity, 'euReferenceNumber') || attr(entity, 'logicalId');
  const aliases = many(entity.nameAlias).map((a) => ({ name: aliasName(a), strong: attr(a, 'strong') !== 'false', english: ['', 'EN'].includes(attr(a, 'regulationLanguage').toUpperCase()) }));
  const named = aliases.filter((a) => a.name);
  // The primary name: the first strong alias in the regulation's English text, else the first strong one, else any.
  const primary = named.find((a) => a.strong && a.english) ?? named.find((a) => a.strong) ?? named[0];
  if (!reference || !primary) return undefined;
  const strong = [...new Set(named.filter((a) => a.strong && a.name !== primary.name).map((a) => a.name))];
  const weak = [...new Set(named.filter((a) => !a.strong).map((a) => a.name))].filter((n) => n !== primary.name && !strong.includes(n));
  const countries = many(entity.citizenship)
    .map((c) => attr(c, 'countryIso2Code').toUpperCase())
    .filter((c) => /^[A-Z]{2}$/.test(c) && c !== '00');
  const identifiers = many(entity.identification)
    .map((i) => normaliseIdentifier(attr(i, 'number') || attr(i, 'latinNumber')))
    .filter((i): i is string => Boolean(i));
  const addresses = many(entity.address)
    .map((a) =>
      ['street', 'city', 'zipCode', 'countryDescription']
        .map((k) => attr(a, k))
        .filter(Boolean)
        .join(', '),
    )
    .filter(Boolean);
  const programs = [
    ...new Set(
      many(entity.regulation)
        .map((r) => attr(r, 'programme'))
        .filter(Boolean),
    ),
  ];
  const listedOn = many(entity.regulation)
    .map((r) => attr(r, 'publicationDate'))
    .filter(Boolean)
    .sort()[0];
  return {
    entryId: `${LIST_ID}:${reference}`,
    listId: LIST_ID,
    name: primary.name,
    aliases: strong,
    weakAliases: weak,
    type,
    programs,
    birthYears: type === 'person' ? birthYears(entity) : [],
    countries: [...new Set(countries)],
    identifiers: [...new Set(identifiers)],
    addresses,
    listedOn,
    reference,
  };
}

export function parseEuFsf(content: string): { entries: ListEntry[]; publishedAt?: string } {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: true, removeNSPrefix: true });
  const root = (parser.parse(content) as Node).export as Node | undefined;
  if (!root) throw new Error('not an EU Financial Sanctions File: no export element');
  const entries = many(root.sanctionEntity)
    .map(entryOf)
    .filter((e): e is ListEntry => Boolean(e));
  return { entries, publishedAt: attr(root, 'generationDate') || undefined };
}

export const looksLikeEuFsf = (content: string) => /<(\w+:)?export[\s>]/.test(content.slice(0, 4000)) && /fpi\/fsd\/export|<(\w+:)?sanctionEntity[\s>]/.test(content.slice(0, 20_000));
