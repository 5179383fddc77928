/**
 * Reads FollowTheMoney entities, one JSON object per line, as OpenSanctions publishes its datasets
 * (`entities.ftm.json`; followthemoney.tech, the model's schemata and properties):
 *   { "id", "schema": "Person" | "Organization" | "Company" | "LegalEntity" | "Vessel" | "Airplane" | ...,
 *     "properties": { "name", "alias", "weakAlias", "previousName", "birthDate", "nationality",
 *     "citizenship", "country", "idNumber", "passportNumber", "registrationNumber", "taxNumber",
 *     "imoNumber", "address", "programId", ... }, "datasets": [...], "target": true }
 * Every property is a list of strings. Entities that are not parties (Sanction, Address, Ownership
 * and other link schemata) are skipped, and so are parties the file marks `target: false` (related
 * to a listed party, not listed themselves).
 */
import { normaliseIdentifier } from '../../domain/screening/identifiers';
import type { ListEntry } from '../../domain/screening/screening-index';

const parties: Record<string, ListEntry['type']> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  LegalEntity: 'organization',
  PublicBody: 'organization',
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

interface FtmEntity {
  id?: unknown;
  schema?: unknown;
  properties?: Record<string, unknown>;
  datasets?: unknown;
  target?: unknown;
}

const values = (props: Record<string, unknown>, ...names: string[]) =>
  names
    .flatMap((n) => (Array.isArray(props[n]) ? (props[n] as unknown[]) : []))
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.trim());

function entryOf(e: FtmEntity): ListEntry | undefined {
  const type = typeof e.schema === 'string' ? parties[e.schema] : undefined;
  if (!type || typeof e.id !== 'string' || e.target === false) return undefined;
  const props = e.properties ?? {};
  const [name, ...otherNames] = values(props, 'name');
  if (!name) return undefined;
  const dataset = Array.isArray(e.datasets) && typeof e.datasets[0] === 'string' ? e.datasets[0] : 'ftm';
  const strong = [...new Set([...otherNames, ...values(props, 'alias', 'previousName')])].filter((a) => a !== name);
  return {
    entryId: `ftm:${e.id}`,
    listId: `ftm:${dataset}`,
    name,
    aliases: strong,
    weakAliases: [...new Set(values(props, 'weakAlias'))].filter((a) => a !== name && !strong.includes(a)),
    type,
    programs: [...new Set(values(props, 'programId', 'program'))],
    birthYears: [
      ...new Set(
        values(props, 'birthDate')
          .map((d) => Number(d.slice(0, 4)))
          .filter((y) => y > 1800),
      ),
    ],
    countries: [
      ...new Set(
        values(props, 'nationality', 'citizenship', 'country', 'jurisdiction')
          .map((c) => c.toUpperCase())
          .filter((c) => /^[A-Z]{2}$/.test(c)),
      ),
    ],
    identifiers: [
      ...new Set(
        values(props, 'idNumber', 'passportNumber', 'registrationNumber', 'taxNumber', 'imoNumber', 'innCode', 'ogrnCode')
          .map(normaliseIdentifier)
          .filter((i): i is string => Boolean(i)),
      ),
    ],
    addresses: values(props, 'address'),
    listedOn: values(props, 'createdAt')[0],
    reference: e.id,
  };
}

export function parseFollowTheMoney(content: string): ListEntry[] {
  const entries: ListEntry[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let entity: FtmEntity;
    try {
      entity = JSON.parse(line) as FtmEntity;
    } catch {
      throw new Error(`not FollowTheMoney entities: line ${i + 1} is not JSON`);
    }
    const entry = entryOf(entity);
    if (entry) entries.push(entry);
  });
  return entries;
}

/** The first line is a JSON object with a schema and properties. */
export function looksLikeFollowTheMoney(content: string): boolean {
  const first = content
    .slice(0, 100_000)
    .split('\n')
    .find((l) => l.trim());
  if (!first?.trimStart().startsWith('{')) return false;
  try {
    const e = JSON.parse(first) as FtmEntity;
    return typeof e.schema === 'string' && typeof e.properties === 'object';
  } catch {
    return false;
  }
}
