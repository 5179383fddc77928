/**
 * A local fake of the Companies House Public Data API, answering in its documented shapes: the
 * company profile, officers and persons-with-significant-control lists (paged by items_per_page and
 * start_index), HTTP basic auth with the API key as user name, and its errors: 401
 * `{"error":"Invalid Authorization","type":"ch:service"}`, 404
 * `{"errors":[{"error":"company-profile-not-found","type":"ch:service"}]}`, 429 with the
 * X-Ratelimit-* headers. Calls can be scripted to misbehave (a status, a Retry-After, a body that is
 * not JSON).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCompany {
  profile: Record<string, unknown>;
  officers?: Array<Record<string, unknown>>;
  /** Unset: the PSC list answers 404 (the company keeps no PSC register). */
  psc?: Array<Record<string, unknown>>;
}

export type ChMisbehaviour = { status: number; retryAfter?: string; rateLimitReset?: number } | { garbage: true };

export interface FakeCompaniesHouse {
  url: string;
  apiKey: string;
  calls: Array<{ path: string; authorised: boolean }>;
  companies: Map<string, FakeCompany>;
  /** The next calls whose path starts with `prefix` misbehave, in order. */
  misbehave(prefix: string, ...next: ChMisbehaviour[]): void;
  stop(): Promise<void>;
}

/** A profile in the API's shape (companies-house-public-data-api, companyProfile). */
export function chProfile(number: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    company_name: name,
    company_number: number,
    company_status: 'active',
    type: 'ltd',
    date_of_creation: '2015-04-01',
    jurisdiction: 'england-wales',
    has_insolvency_history: false,
    registered_office_address: { address_line_1: '1 High Street', locality: 'London', postal_code: 'EC1A 1BB', country: 'England' },
    sic_codes: ['47910'],
    links: { self: `/company/${number}`, officers: `/company/${number}/officers`, persons_with_significant_control: `/company/${number}/persons-with-significant-control` },
    etag: 'e1',
    ...extra,
  };
}

export function chIndividualPsc(forename: string, surname: string, birth: { month: number; year: number }, natures: string[], extra: Record<string, unknown> = {}) {
  return {
    kind: 'individual-person-with-significant-control',
    name: `Mr ${forename} ${surname}`,
    name_elements: { title: 'Mr', forename, surname },
    date_of_birth: birth,
    nationality: 'British',
    country_of_residence: 'England',
    natures_of_control: natures,
    notified_on: '2016-04-06',
    address: { address_line_1: '2 Park Lane', locality: 'London', postal_code: 'W1K 1AA' },
    links: { self: '/company/x/persons-with-significant-control/individual/abc' },
    etag: 'p1',
    ...extra,
  };
}

export function chCorporatePsc(
  name: string,
  registrationNumber: string,
  natures: string[],
  where: { place_registered?: string; country_registered?: string } = { place_registered: 'Companies House', country_registered: 'England' },
) {
  return {
    kind: 'corporate-entity-person-with-significant-control',
    name,
    identification: { legal_authority: 'Companies Act 2006', legal_form: 'Private Limited Company', registration_number: registrationNumber, ...where },
    natures_of_control: natures,
    notified_on: '2016-04-06',
    address: { address_line_1: '5 Holding Row', locality: 'London', postal_code: 'EC2A 2AA' },
    links: { self: '/company/x/persons-with-significant-control/corporate-entity/def' },
    etag: 'p2',
  };
}

export function chDirector(surname: string, forenames: string, birth: { month: number; year: number }, extra: Record<string, unknown> = {}) {
  return {
    name: `${surname.toUpperCase()}, ${forenames}`,
    officer_role: 'director',
    appointed_on: '2015-04-01',
    date_of_birth: birth,
    nationality: 'British',
    occupation: 'Director',
    country_of_residence: 'England',
    address: { address_line_1: '1 High Street', locality: 'London', postal_code: 'EC1A 1BB' },
    links: { officer: { appointments: '/officers/abc/appointments' } },
    ...extra,
  };
}

export async function startFakeCompaniesHouse(): Promise<FakeCompaniesHouse> {
  const apiKey = 'ch-test-key-0f4e';
  const calls: FakeCompaniesHouse['calls'] = [];
  const companies = new Map<string, FakeCompany>();
  const scripts: Array<{ prefix: string; next: ChMisbehaviour[] }> = [];
  const expected = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const authorised = req.headers.authorization === expected;
    calls.push({ path: url.pathname, authorised });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof body === 'string' ? body : JSON.stringify(body));
    if (!authorised) return send(401, { error: 'Invalid Authorization', type: 'ch:service' });
    const script = scripts.find((s) => url.pathname.startsWith(s.prefix) && s.next.length > 0);
    const trouble = script?.next.shift();
    if (trouble && 'garbage' in trouble) return send(200, '<html><body>Service unavailable</body></html>', { 'content-type': 'text/html' });
    if (trouble) {
      const headers: Record<string, string> = {};
      if (trouble.retryAfter !== undefined) headers['retry-after'] = trouble.retryAfter;
      if (trouble.status === 429)
        Object.assign(headers, {
          'x-ratelimit-limit': '600',
          'x-ratelimit-remain': '0',
          'x-ratelimit-window': '5m',
          'x-ratelimit-reset': String(trouble.rateLimitReset ?? Math.ceil(Date.now() / 1000) + 300),
        });
      return send(trouble.status, trouble.status === 429 ? 'Rate limit exceeded' : { errors: [{ error: 'scripted', type: 'ch:service' }] }, headers);
    }
    const m = /^\/company\/([^/]+)(?:\/(officers|persons-with-significant-control))?$/.exec(url.pathname);
    const company = m ? companies.get(decodeURIComponent(m[1]!)) : undefined;
    if (!m || !company) return send(404, { errors: [{ error: 'company-profile-not-found', type: 'ch:service' }] });
    if (!m[2]) return send(200, company.profile);
    const items = m[2] === 'officers' ? company.officers : company.psc;
    if (!items) return send(404, { errors: [{ error: 'psc-details-not-found', type: 'ch:service' }] });
    const start = Number(url.searchParams.get('start_index') ?? 0);
    const per = Math.min(100, Number(url.searchParams.get('items_per_page') ?? 35));
    const pageItems = items.slice(start, start + per);
    const active = items.filter((i) => !i.resigned_on && !i.ceased_on).length;
    return send(200, {
      items: pageItems,
      items_per_page: per,
      start_index: start,
      total_results: items.length,
      active_count: active,
      ...(m[2] === 'officers' ? { resigned_count: items.length - active, kind: 'officer-list' } : { ceased_count: items.length - active }),
      links: { self: url.pathname },
      etag: 'l1',
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    apiKey,
    calls,
    companies,
    misbehave: (prefix, ...next) => scripts.push({ prefix, next }),
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
