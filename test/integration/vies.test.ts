/**
 * EU VAT numbers in VIES: the adapter against a local fake of the VIES REST API over real HTTP
 * (every documented userError), and a whole onboarding whose VAT number is checked there while the
 * member state's service is down for a while: retried, never "invalid", then verified.
 */
import { ApplicationFailure } from '@temporalio/common';
import { VendorClient, VendorUnavailableError } from '../../providers/http/vendor-client';
import { ViesVatRegistry, isInVies, viesMemberState } from '../../providers/tax/vies';
import { startFakeVies, type FakeVies } from '../helpers/fake-vies';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';
import { failure } from '../helpers/failure';

let vies: FakeVies;
beforeAll(async () => {
  vies = await startFakeVies();
});
afterAll(() => vies?.stop());

const adapter = () => new ViesVatRegistry(new VendorClient({ name: 'vies', baseUrl: vies.url, apiKey: '', auth: 'none', timeoutMs: 2000 }));
const verify = (country: string, number: string, legalName = 'Acme Widgets Limited') => adapter().verify({ country, kind: 'vat', number, legalName, idempotencyKey: 'k' });

describe('the adapter', () => {
  it('answers registered, to this name or another, with the consultation number', async () => {
    vies.registered.set('IE6388047V', 'ACME WIDGETS LIMITED');
    vies.registered.set('IE9700053D', 'OTHER TRADING LTD');
    expect(await verify('IE', '6388047V')).toEqual({ status: 'match', reference: expect.stringMatching(/^WAPIAAAAW\d{7}$/) });
    expect(await verify('IE', '9700053D')).toEqual({ status: 'name_mismatch', registeredName: 'OTHER TRADING LTD', reference: expect.any(String) });
    expect(await verify('IE', '1234567T')).toEqual({ status: 'not_registered', reference: expect.any(String) });
  });

  it('asks Greece as EL, and takes an undisclosed name as unknown rather than a mismatch', async () => {
    vies.registered.set('EL094259216', '---');
    expect(viesMemberState('GR')).toBe('EL');
    expect(isInVies('GR') && isInVies('XI') && !isInVies('GB') && !isInVies('US')).toBe(true);
    expect(await verify('GR', '094259216')).toEqual({ status: 'match', reference: expect.any(String), nameDisclosed: false });
    expect(vies.calls.at(-1)).toBe('/ms/EL/vat/094259216');
  });

  it.each(['MS_UNAVAILABLE', 'TIMEOUT', 'MS_MAX_CONCURRENT_REQ', 'GLOBAL_MAX_CONCURRENT_REQ', 'SERVICE_UNAVAILABLE'])(
    'retries when the member state did not answer (%s), never calling the number invalid',
    async (userError) => {
      vies.trouble('DE', { userError });
      expect(await failure(verify('DE', '136695976'))).toEqual(new VendorUnavailableError('vies', `member state DE did not answer (${userError})`));
    },
  );

  it('refuses its own bad input for good, and retries a 5xx or a page that is not JSON', async () => {
    vies.trouble('FR', { userError: 'INVALID_INPUT' }, { status: 500 }, { garbage: true });
    expect(await failure(verify('FR', 'XX123'))).toMatchObject({ nonRetryable: true, type: 'VendorRejectedRequest' });
    expect(await failure(verify('FR', '40303265045'))).toBeInstanceOf(VendorUnavailableError);
    const garbage = await failure(verify('FR', '40303265045'));
    expect(garbage).not.toBeInstanceOf(ApplicationFailure);
    expect(garbage.message).toBe('vies: answered with something that is not JSON');
  });
});

describe('in an onboarding', () => {
  let system: System;
  beforeAll(async () => {
    system = await startSystem({ env: { VIES_API_URL: vies.url } });
  });
  afterAll(() => system?.stop());

  it('checks an Irish VAT number in VIES through an outage of the member state, and keeps the consultation number', async () => {
    vies.registered.set('IE6388047V', 'ACME WIDGETS LIMITED');
    vies.trouble('IE', { userError: 'MS_UNAVAILABLE' }, { userError: 'MS_UNAVAILABLE' });
    const before = vies.calls.length;
    const body = {
      externalRef: `shop-vies-${Date.now()}`,
      country: 'IE',
      businessType: 'company',
      business: {
        legalName: 'Acme Widgets Limited',
        registrationNumber: '123456',
        tradeRegister: 'Companies Registration Office',
        vatNumber: 'IE6388047V',
        address: { line1: '1 Main Street', city: 'Dublin', postalCode: 'D02 X285', country: 'IE' },
        email: 'ops@acme.example',
        phone: '+35312345678',
      },
      persons: [
        {
          firstName: 'Aoife',
          lastName: 'Byrne',
          dateOfBirth: '1984-06-02',
          nationality: 'IE',
          roles: ['representative', 'owner', 'director'],
          ownershipPercent: 100,
          idDocument: { type: 'passport', number: 'PA1234567', issuingCountry: 'IE', expiresOn: '2031-01-01' },
          address: { line1: '2 Quay Road', city: 'Dublin', postalCode: 'D01 F5P2', country: 'IE' },
        },
      ],
      bankAccount: { accountHolderName: 'Acme Widgets Limited', iban: 'IE29AIBK93115212345678' },
      declarations: { tradeCompliance: true, acceptedAt: '2026-12-01T10:00:00Z' },
    };
    const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body });
    expect(accepted.status).toBe(202);
    const app = (
      await waitFor(
        () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
        (r) => r.body?.checks?.some((c: any) => c.kind === 'tax_id' && c.status !== 'pending'),
        90_000,
      )
    ).body;
    const tax = app.checks.find((c: any) => c.kind === 'tax_id');
    expect(tax).toMatchObject({ status: 'passed', evidence: { identifiers: [{ kind: 'vat', last4: '047V', result: 'match', authority: 'vies', reference: expect.stringMatching(/^WAPIAAAAW/) }] } });
    expect(vies.calls.slice(before).filter((p) => p === '/ms/IE/vat/6388047V')).toHaveLength(3);
  });
});
