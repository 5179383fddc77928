/**
 * GLEIF's LEI records and parents against a local fake of its JSON:API, over real HTTP, and the
 * ISO 17442 check digits against vectors computed independently (Python: int of the base-36 digits mod 97).
 */
import { VendorClient, VendorUnavailableError } from '../../providers/http/vendor-client';
import { GleifLeiRegistry } from '../../providers/registry/gleif';
import { isValidLei, leiFinding } from '../../domain/onboarding/lei';
import { startFakeGleif, type FakeGleif } from '../helpers/fake-gleif';
import { failure } from '../helpers/failure';

let gleif: FakeGleif;
beforeAll(async () => {
  gleif = await startFakeGleif();
});
afterAll(() => gleif?.stop());

const registry = () => new GleifLeiRegistry(new VendorClient({ name: 'gleif', baseUrl: gleif.url, apiKey: '', auth: 'none', timeoutMs: 2000 }));

it('validates LEI check digits', () => {
  for (const lei of ['5493001KJTIIGC8Y1R12', 'HWUPKR0MPOU8FGXBT394', '213800D1EI4B9WTWWD28', '529900T8BM49AURSDO55', '5493 001K JTII GC8Y 1R12']) expect(isValidLei(lei)).toBe(true);
  for (const lei of ['5493001KJTIIGC8Y1R13', '5493001KJTIIGC8Y1R1', '5493001KJTIIGC8Y1RAB', '']) expect(isValidLei(lei)).toBe(false);
});

it('reads a record with its parents, and the reason when a parent is not reported', async () => {
  gleif.entities.set('213800D1EI4B9WTWWD28', {
    lei: '213800D1EI4B9WTWWD28',
    legalName: 'ACME WIDGETS LIMITED',
    registeredAs: '07100007',
    directParent: '529900T8BM49AURSDO55',
    ultimateParent: { exception: 'NATURAL_PERSONS' },
  });
  gleif.entities.set('529900T8BM49AURSDO55', {
    lei: '529900T8BM49AURSDO55',
    legalName: 'ACME HOLDING SE',
    jurisdiction: 'DE',
    directParent: { exception: 'NATURAL_PERSONS' },
    ultimateParent: { exception: 'NATURAL_PERSONS' },
  });
  expect(await registry().record('213800D1EI4B9WTWWD28')).toEqual({
    lei: '213800D1EI4B9WTWWD28',
    legalName: 'ACME WIDGETS LIMITED',
    entityStatus: 'ACTIVE',
    registrationStatus: 'ISSUED',
    nextRenewalDate: '2027-01-10T00:00:00Z',
    jurisdiction: 'GB',
    registeredAs: '07100007',
    directParent: { lei: '529900T8BM49AURSDO55', legalName: 'ACME HOLDING SE' },
    ultimateParent: { exception: 'NATURAL_PERSONS' },
  });
  expect(await registry().record('HWUPKR0MPOU8FGXBT394')).toBeNull();
});

it('retries an outage of the API and a record in another shape, and refuses a bad request for good', async () => {
  gleif.failNext(503);
  expect(await failure(registry().record('213800D1EI4B9WTWWD28'))).toEqual(new VendorUnavailableError('gleif', 'answered 503'));
  gleif.entities.set('HWUPKR0MPOU8FGXBT394', { lei: 'HWUPKR0MPOU8FGXBT394', legalName: '' });
  gleif.shapeless.add('HWUPKR0MPOU8FGXBT394');
  expect((await failure(registry().record('HWUPKR0MPOU8FGXBT394'))).message).toBe('gleif: answered in an unexpected shape (data.attributes.entity)');
  gleif.failNext(400);
  expect(await failure(registry().record('213800D1EI4B9WTWWD28'))).toMatchObject({ nonRetryable: true, type: 'VendorRejectedRequest' });
});

it('judges the record against the application', () => {
  const live = { entityStatus: 'ACTIVE', registrationStatus: 'ISSUED', legalName: 'ACME WIDGETS LIMITED', registeredAs: '07100007' };
  const same = (n: string) => n === 'ACME WIDGETS LIMITED';
  expect(leiFinding(live, same, '07100007')).toBeUndefined();
  expect(leiFinding({ ...live, registrationStatus: 'LAPSED' }, same)).toBeUndefined();
  expect(leiFinding({ ...live, registrationStatus: 'RETIRED' }, same)).toBe('lei_not_active');
  expect(leiFinding({ ...live, entityStatus: 'INACTIVE' }, same)).toBe('lei_not_active');
  expect(leiFinding(live, () => false, '99999999')).toBe('lei_name_mismatch');
  // Another name, but the same company number in its register: renamed, the same entity.
  expect(leiFinding(live, () => false, '7100007')).toBeUndefined();
  expect(leiFinding(null, same)).toBe('lei_not_found');
});
