/**
 * A local fake of GLEIF's LEI API (JSON:API documents, as api.gleif.org/api/v1 answers): LEI
 * records, the direct and ultimate parent records, and the reporting exceptions given instead of a
 * parent; 404 `{"errors":[{"status":"404","title":"Not Found"}]}` for what does not exist.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeLeiEntity {
  lei: string;
  legalName: string;
  entityStatus?: string;
  registrationStatus?: string;
  registeredAs?: string;
  jurisdiction?: string;
  /** A parent's LEI, or the reason it is not reported. */
  directParent?: string | { exception: string };
  ultimateParent?: string | { exception: string };
}

export interface FakeGleif {
  url: string;
  entities: Map<string, FakeLeiEntity>;
  /** LEIs whose record comes back without its entity block. */
  shapeless: Set<string>;
  calls: string[];
  /** The next calls answer this status. */
  failNext(...statuses: number[]): void;
  stop(): Promise<void>;
}

const recordDocument = (e: FakeLeiEntity) => ({
  data: {
    type: 'lei-records',
    id: e.lei,
    attributes: {
      lei: e.lei,
      entity: {
        legalName: { name: e.legalName, language: 'en' },
        legalAddress: { language: 'en', addressLines: ['1 High Street'], city: 'London', country: 'GB', postalCode: 'EC1A 1BB' },
        registeredAt: { id: 'RA000585', other: null },
        registeredAs: e.registeredAs ?? null,
        jurisdiction: e.jurisdiction ?? 'GB',
        category: 'GENERAL',
        legalForm: { id: 'H0PO', other: null },
        status: e.entityStatus ?? 'ACTIVE',
      },
      registration: {
        initialRegistrationDate: '2018-01-10T00:00:00Z',
        lastUpdateDate: '2026-01-10T00:00:00Z',
        status: e.registrationStatus ?? 'ISSUED',
        nextRenewalDate: '2027-01-10T00:00:00Z',
        managingLou: '213800WAVVOPS85N2205',
        corroborationLevel: 'FULLY_CORROBORATED',
      },
      bic: null,
    },
    relationships: {},
    links: { self: `/api/v1/lei-records/${e.lei}` },
  },
});

export async function startFakeGleif(): Promise<FakeGleif> {
  const entities = new Map<string, FakeLeiEntity>();
  const shapeless = new Set<string>();
  const calls: string[] = [];
  const failures: number[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    calls.push(path);
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/vnd.api+json' }).end(JSON.stringify(body));
    const notFound = () => send(404, { errors: [{ status: '404', title: 'Not Found' }] });
    const failure = failures.shift();
    if (failure) return send(failure, { errors: [{ status: String(failure), title: 'Scripted' }] });
    const m = /^\/lei-records\/([0-9A-Z]{20})(?:\/(direct|ultimate)-parent(-reporting-exception)?)?$/.exec(path);
    const entity = m ? entities.get(m[1]!) : undefined;
    if (!m || !entity) return notFound();
    if (!m[2] && shapeless.has(entity.lei)) return send(200, { data: { type: 'lei-records', id: entity.lei, attributes: { lei: entity.lei, registration: { status: 'ISSUED' } } } });
    if (!m[2]) return send(200, recordDocument(entity));
    const parent = m[2] === 'direct' ? entity.directParent : entity.ultimateParent;
    if (m[3]) {
      if (!parent || typeof parent === 'string') return notFound();
      return send(200, {
        data: {
          type: 'reporting-exceptions',
          id: `${entity.lei}-${m[2]}`,
          attributes: {
            lei: entity.lei,
            category: m[2] === 'direct' ? 'DIRECT_ACCOUNTING_CONSOLIDATION_PARENT' : 'ULTIMATE_ACCOUNTING_CONSOLIDATION_PARENT',
            reason: parent.exception,
            reference: null,
          },
        },
      });
    }
    if (typeof parent !== 'string' || !entities.has(parent)) return notFound();
    return send(200, recordDocument(entities.get(parent)!));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    entities,
    shapeless,
    calls,
    failNext: (...statuses) => failures.push(...statuses),
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
