/**
 * The Companies House adapter against a local fake speaking the Public Data API's documented shapes
 * over real HTTP: profile, officers and PSCs mapped, pages followed, and every documented answer
 * and error turned into what Temporal should do with it.
 */
import { ApplicationFailure } from '@temporalio/common';
import { RateWindow } from '../../providers/http/rate-window';
import { VendorClient, VendorUnavailableError, retryAfterMs } from '../../providers/http/vendor-client';
import { CompaniesHouseRegistry, companyNumber } from '../../providers/registry/companies-house';
import { chCorporatePsc, chDirector, chIndividualPsc, chProfile, startFakeCompaniesHouse, type FakeCompaniesHouse } from '../helpers/fake-companies-house';
import { failure } from '../helpers/failure';

let ch: FakeCompaniesHouse;
beforeAll(async () => {
  ch = await startFakeCompaniesHouse();
});
afterAll(() => ch?.stop());

const registry = (apiKey = ch.apiKey, rateLimit?: { requests: number; windowMs: number }) =>
  new CompaniesHouseRegistry(new VendorClient({ name: 'companies-house', baseUrl: ch.url, apiKey, auth: 'basic', timeoutMs: 2000, rateLimit }));

const lookup = (number: string, legalName = 'Acme Widgets Ltd', apiKey?: string) => registry(apiKey).lookup({ country: 'GB', registrationNumber: number, legalName, idempotencyKey: 'chk_1' });

beforeEach(() => {
  ch.companies.clear();
  ch.companies.set('01234567', {
    profile: chProfile('01234567', 'ACME WIDGETS LIMITED', { company_status: 'active', company_status_detail: 'active-proposal-to-strike-off' }),
    officers: [chDirector('Doe', 'Jane Mary', { month: 3, year: 1980 }), chDirector('Old', 'Oscar', { month: 1, year: 1950 }, { resigned_on: '2020-01-01' })],
    psc: [
      chIndividualPsc('Jane', 'Doe', { month: 3, year: 1980 }, ['ownership-of-shares-50-to-75-percent', 'voting-rights-50-to-75-percent']),
      chCorporatePsc('Holdco Limited', '07654321', ['ownership-of-shares-25-to-50-percent']),
      { ...chIndividualPsc('Gone', 'Away', { month: 5, year: 1970 }, ['ownership-of-shares-25-to-50-percent']), ceased_on: '2021-02-02' },
    ],
  });
});

it('maps the profile, officers and PSCs, with the key as basic auth and the number padded to eight characters', async () => {
  const answer = await lookup('1234567');
  expect(answer).toMatchObject({
    status: 'found',
    registeredName: 'ACME WIDGETS LIMITED',
    nameMatches: true,
    companyStatus: 'active',
    companyStatusDetail: 'active-proposal-to-strike-off',
    companyType: 'ltd',
    incorporatedOn: '2015-04-01',
    registeredPostalCode: 'EC1A 1BB',
    sicCodes: ['47910'],
  });
  if (answer.status !== 'found') throw new Error('not found');
  expect(answer.officers).toEqual([
    { name: 'DOE, Jane Mary', role: 'director', appointedOn: '2015-04-01', resignedOn: undefined, birth: { month: 3, year: 1980 }, nationality: 'British' },
    { name: 'OLD, Oscar', role: 'director', appointedOn: '2015-04-01', resignedOn: '2020-01-01', birth: { month: 1, year: 1950 }, nationality: 'British' },
  ]);
  expect(answer.controllers!.map((c) => [c.kind, c.name, c.naturesOfControl[0], c.ceasedOn ?? null, c.registration?.number ?? null])).toEqual([
    ['individual', 'Mr Jane Doe', 'ownership-of-shares-50-to-75-percent', null, null],
    ['corporate', 'Holdco Limited', 'ownership-of-shares-25-to-50-percent', null, '07654321'],
    ['individual', 'Mr Gone Away', 'ownership-of-shares-25-to-50-percent', '2021-02-02', null],
  ]);
  expect(answer.controllers![0]!.nameParts).toEqual({ forename: 'Jane', middleName: undefined, surname: 'Doe' });
  expect(ch.calls.slice(-3).map((c) => [c.path, c.authorised])).toEqual([
    ['/company/01234567', true],
    ['/company/01234567/officers', true],
    ['/company/01234567/persons-with-significant-control', true],
  ]);
});

it('reads every page of a long officers list', async () => {
  const officers = Array.from({ length: 230 }, (_, i) => chDirector(`Surname${i}`, 'Pat', { month: 1, year: 1970 }));
  ch.companies.set('SC123456', { profile: chProfile('SC123456', 'BIG BOARD LIMITED'), officers, psc: [] });
  const answer = await lookup('sc 123456', 'Big Board Ltd');
  expect(answer.status === 'found' && answer.officers!.length).toBe(230);
  expect(ch.calls.filter((c) => c.path === '/company/SC123456/officers')).toHaveLength(3);
});

it('is not found on the documented 404, and a company without a PSC register has no controllers', async () => {
  expect(await lookup('99999999')).toEqual({ status: 'not_found' });
  ch.companies.set('00000123', { profile: chProfile('00000123', 'LISTED PLC', { type: 'plc' }), officers: [] });
  const listed = await lookup('123', 'Listed plc');
  expect(listed.status === 'found' && listed.controllers).toEqual([]);
  expect(companyNumber('oc301234')).toBe('OC301234');
});

it('refuses a wrong key for good (no retry will help), and says nothing of what was sent', async () => {
  const err = await failure(lookup('01234567', 'Acme Widgets Ltd', 'wrong-key'));
  expect(err).toBeInstanceOf(ApplicationFailure);
  expect(err).toMatchObject({ nonRetryable: true, type: 'VendorRejectedRequest', message: 'companies-house: refused the request with 401' });
});

it('retries a 429 after its Retry-After, or else at the end of the rate-limit window', async () => {
  ch.misbehave('/company/01234567', { status: 429, retryAfter: '7' });
  const err = (await failure(lookup('01234567'))) as ApplicationFailure;
  expect(err).toBeInstanceOf(ApplicationFailure);
  expect(err).toMatchObject({ type: 'VendorRateLimited', nonRetryable: false });
  expect(err.nextRetryDelay).toBe(7000);

  ch.misbehave('/company/01234567', { status: 429, rateLimitReset: Math.ceil(Date.now() / 1000) + 120 });
  const windowed = (await failure(lookup('01234567'))) as ApplicationFailure;
  expect(Number(windowed.nextRetryDelay)).toBeGreaterThan(100_000);
  expect(Number(windowed.nextRetryDelay)).toBeLessThanOrEqual(121_000);
  expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:30 GMT'))).toBe(30_000);
});

it('treats a 5xx and a body that is not JSON as an outage Temporal retries', async () => {
  ch.misbehave('/company/01234567/persons', { status: 502 });
  expect(await failure(lookup('01234567'))).toEqual(new VendorUnavailableError('companies-house', 'answered 502'));
  ch.misbehave('/company/01234567', { garbage: true });
  expect(await failure(lookup('01234567'))).toEqual(new VendorUnavailableError('companies-house', 'answered with something that is not JSON'));
  ch.misbehave('/company/01234567', { status: 503 });
  expect((await failure(lookup('01234567'))).message).toBe('companies-house: answered 503');
  // And a profile in another shape is not taken for an answer.
  ch.companies.set('00000777', { profile: { company_number: '00000777' }, officers: [], psc: [] });
  expect((await failure(lookup('777'))).message).toBe('companies-house: answered in an unexpected shape (company_name, company_status)');
});

it('keeps within the published limit itself: the call over it is retried when a slot frees', async () => {
  const limited = registry(ch.apiKey, { requests: 3, windowMs: 60_000 });
  await limited.lookup({ country: 'GB', registrationNumber: '01234567', legalName: 'Acme', idempotencyKey: 'k' });
  const before = ch.calls.length;
  const err = (await failure(limited.lookup({ country: 'GB', registrationNumber: '01234567', legalName: 'Acme', idempotencyKey: 'k' }))) as ApplicationFailure;
  expect(err).toMatchObject({ type: 'VendorRateLimited' });
  expect(Number(err.nextRetryDelay)).toBeGreaterThan(50_000);
  expect(ch.calls.length).toBe(before);

  let now = 0;
  const window = new RateWindow(2, 1000, () => now);
  expect([window.take(), window.take(), window.take()]).toEqual([0, 0, 1000]);
  now = 999;
  expect(window.take()).toBe(1);
  now = 1000;
  expect(window.take()).toBe(0);
});
