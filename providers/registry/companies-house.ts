/**
 * The UK Companies House Public Data API (developer.company-information.service.gov.uk): the
 * company profile, its officers and its register of persons with significant control. The API key
 * is the user name of HTTP basic auth; the limit is 600 requests in 5 minutes per key, after which
 * the API answers 429 until the window ends, so the client keeps count itself.
 *
 *   GET /company/{company_number}
 *   GET /company/{company_number}/officers?items_per_page=100&start_index=N
 *   GET /company/{company_number}/persons-with-significant-control?items_per_page=100&start_index=N
 *
 * A profile 404 (`company-profile-not-found`) is "not found". Officers or PSCs answering 404 mean
 * the register holds none for the company (PLCs traded on a regulated market, for one, keep no PSC
 * register), which is recorded as an empty list.
 */
import { z } from 'zod';
import { namesMatch } from '../../domain/onboarding/registry-match';
import type { VendorClient } from '../http/vendor-client';
import type { BusinessRegistryProvider, RegisterController, RegisterOfficer, RegistryLookup, RegistryResult } from './types';

export const COMPANIES_HOUSE_API_URL = 'https://api.company-information.service.gov.uk';
/** 600 requests within 5 minutes (Companies House developer guidelines, "Rate limiting"). */
export const COMPANIES_HOUSE_RATE_LIMIT = { requests: 600, windowMs: 5 * 60_000 };

const PAGE = 100;
/** A company with more than this many officers or PSCs is cut here; the evidence says the list was cut. */
const MAX_PAGES = 5;

const birth = z.object({ month: z.number().int().min(1).max(12), year: z.number().int() }).loose();

const profileAnswer = z
  .object({
    company_name: z.string(),
    company_number: z.string(),
    company_status: z.string(),
    company_status_detail: z.string().optional(),
    type: z.string().optional(),
    date_of_creation: z.string().optional(),
    registered_office_address: z.object({ postal_code: z.string().optional() }).loose().optional(),
    sic_codes: z.array(z.string()).optional(),
  })
  .loose();

const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item).default([]), total_results: z.number().int().optional(), start_index: z.number().int().optional() }).loose();

const officersAnswer = page(
  z
    .object({
      name: z.string(),
      officer_role: z.string(),
      appointed_on: z.string().optional(),
      resigned_on: z.string().optional(),
      date_of_birth: birth.optional(),
      nationality: z.string().optional(),
    })
    .loose(),
);

const controllersAnswer = page(
  z
    .object({
      kind: z.string(),
      name: z.string().optional(),
      name_elements: z.object({ forename: z.string().optional(), middle_name: z.string().optional(), surname: z.string().optional() }).loose().optional(),
      date_of_birth: birth.optional(),
      nationality: z.string().optional(),
      natures_of_control: z.array(z.string()).default([]),
      notified_on: z.string().optional(),
      ceased_on: z.string().optional(),
      identification: z
        .object({
          registration_number: z.string().optional(),
          place_registered: z.string().optional(),
          country_registered: z.string().optional(),
          legal_form: z.string().optional(),
        })
        .loose()
        .optional(),
    })
    .loose(),
);

/** Company numbers are eight characters: all-digit numbers are zero-padded ("445790" is "00445790"), prefixed ones (SC, NI, OC) are not. */
export function companyNumber(given: string): string {
  const compact = given.replace(/\s+/g, '').toUpperCase();
  return /^\d{1,7}$/.test(compact) ? compact.padStart(8, '0') : compact;
}

/** `individual-person-with-significant-control`, `corporate-entity-beneficial-owner`, ... */
function controllerKind(kind: string): RegisterController['kind'] {
  if (kind.startsWith('individual')) return 'individual';
  if (kind.startsWith('corporate-entity')) return 'corporate';
  if (kind.startsWith('legal-person')) return 'legal_person';
  return 'protected';
}

export class CompaniesHouseRegistry implements BusinessRegistryProvider {
  constructor(private readonly api: VendorClient) {}

  get name() {
    return this.api.name;
  }

  async lookup(request: RegistryLookup): Promise<RegistryResult> {
    const number = encodeURIComponent(companyNumber(request.registrationNumber));
    const profile = await this.api.get(`/company/${number}`, profileAnswer);
    if (!profile) return { status: 'not_found' };
    const officers = await this.all(`/company/${number}/officers`, officersAnswer);
    const controllers = await this.all(`/company/${number}/persons-with-significant-control`, controllersAnswer);
    return {
      status: 'found',
      registeredName: profile.company_name,
      nameMatches: namesMatch(request.legalName, profile.company_name),
      companyStatus: profile.company_status,
      companyStatusDetail: profile.company_status_detail,
      companyType: profile.type,
      incorporatedOn: profile.date_of_creation,
      registeredPostalCode: profile.registered_office_address?.postal_code,
      sicCodes: profile.sic_codes,
      officers: officers.map((o): RegisterOfficer => ({
        name: o.name,
        role: o.officer_role,
        appointedOn: o.appointed_on,
        resignedOn: o.resigned_on,
        birth: o.date_of_birth && { month: o.date_of_birth.month, year: o.date_of_birth.year },
        nationality: o.nationality,
      })),
      controllers: controllers.map((c): RegisterController => ({
        kind: controllerKind(c.kind),
        name: c.name ?? '',
        nameParts: c.name_elements && { forename: c.name_elements.forename, middleName: c.name_elements.middle_name, surname: c.name_elements.surname },
        birth: c.date_of_birth && { month: c.date_of_birth.month, year: c.date_of_birth.year },
        nationality: c.nationality,
        naturesOfControl: c.natures_of_control,
        notifiedOn: c.notified_on,
        ceasedOn: c.ceased_on,
        registration: c.identification && {
          number: c.identification.registration_number,
          register: c.identification.place_registered,
          country: c.identification.country_registered,
          legalForm: c.identification.legal_form,
        },
      })),
    };
  }

  /** Every page of a list, up to MAX_PAGES; a 404 is an empty register. */
  private async all<T extends z.ZodType<{ items: unknown[]; total_results?: number }>>(path: string, answer: T): Promise<z.infer<T>['items']> {
    const items: unknown[] = [];
    for (let p = 0; p < MAX_PAGES; p++) {
      const got = await this.api.get(`${path}?items_per_page=${PAGE}&start_index=${p * PAGE}`, answer);
      if (!got) break;
      items.push(...got.items);
      if (got.items.length < PAGE || items.length >= (got.total_results ?? 0)) break;
    }
    return items;
  }
}
