/**
 * GLEIF's LEI records and their parents ("level 2" relationship data), through its public JSON:API
 * (https://api.gleif.org/api/v1, no key; 60 requests a minute):
 *
 *   GET /lei-records/{lei}                                the entity and its registration
 *   GET /lei-records/{lei}/direct-parent                  the direct accounting parent's record
 *   GET /lei-records/{lei}/direct-parent-reporting-exception   why none is reported
 *   GET /lei-records/{lei}/ultimate-parent (and -reporting-exception)
 *
 * A 404 means there is no such record (or no such parent). A reporting exception's reason says why
 * a parent is not reported: NATURAL_PERSONS (the entity is controlled by people, the case for most
 * small sellers), NON_CONSOLIDATING, NO_KNOWN_PERSON, NON_PUBLIC, BINDING_LEGAL_COMMITMENTS, ...
 */
import { z } from 'zod';
import type { VendorClient } from '../http/vendor-client';

export const GLEIF_API_URL = 'https://api.gleif.org/api/v1';
export const GLEIF_RATE_LIMIT = { requests: 60, windowMs: 60_000 };

const record = z.object({
  data: z.object({
    id: z.string(),
    attributes: z
      .object({
        lei: z.string(),
        entity: z
          .object({
            legalName: z.object({ name: z.string() }).loose(),
            status: z.string(),
            jurisdiction: z.string().nullable().optional(),
            registeredAs: z.string().nullable().optional(),
            legalAddress: z.object({ country: z.string().nullable().optional() }).loose().optional(),
          })
          .loose(),
        registration: z.object({ status: z.string(), nextRenewalDate: z.string().nullable().optional(), lastUpdateDate: z.string().nullable().optional() }).loose(),
      })
      .loose(),
  }),
});

const exception = z.object({ data: z.object({ attributes: z.object({ reason: z.string(), category: z.string().optional() }).loose() }) });

export type LeiParent = { lei: string; legalName: string } | { exception: string } | null;

export interface LeiRecord {
  lei: string;
  legalName: string;
  /** ACTIVE or INACTIVE (the entity ceased to exist). */
  entityStatus: string;
  /** ISSUED, LAPSED (not renewed), RETIRED, ANNULLED, MERGED, DUPLICATE, PENDING_TRANSFER, ... */
  registrationStatus: string;
  nextRenewalDate?: string;
  jurisdiction?: string;
  /** The entity's number in its business register (a company number). */
  registeredAs?: string;
  directParent: LeiParent;
  ultimateParent: LeiParent;
}

export interface LeiProvider {
  readonly name: string;
  record(lei: string): Promise<LeiRecord | null>;
}

export class GleifLeiRegistry implements LeiProvider {
  constructor(private readonly api: VendorClient) {}

  get name() {
    return this.api.name;
  }

  private async parent(lei: string, level: 'direct' | 'ultimate'): Promise<LeiParent> {
    const found = await this.api.get(`/lei-records/${lei}/${level}-parent`, record);
    if (found) return { lei: found.data.attributes.lei, legalName: found.data.attributes.entity.legalName.name };
    const why = await this.api.get(`/lei-records/${lei}/${level}-parent-reporting-exception`, exception);
    return why ? { exception: why.data.attributes.reason } : null;
  }

  async record(lei: string): Promise<LeiRecord | null> {
    const found = await this.api.get(`/lei-records/${encodeURIComponent(lei)}`, record);
    if (!found) return null;
    const { entity, registration } = found.data.attributes;
    return {
      lei: found.data.attributes.lei,
      legalName: entity.legalName.name,
      entityStatus: entity.status,
      registrationStatus: registration.status,
      nextRenewalDate: registration.nextRenewalDate ?? undefined,
      jurisdiction: entity.jurisdiction ?? undefined,
      registeredAs: entity.registeredAs ?? undefined,
      directParent: await this.parent(lei, 'direct'),
      ultimateParent: await this.parent(lei, 'ultimate'),
    };
  }
}
