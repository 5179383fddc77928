/**
 * PROVIDER_MODE=http against a local fake vendor over real HTTP: API key and idempotency key on
 * every call, the identity answer by signed callback, and a vendor that fails, answers garbage or
 * answers too slowly is retried without a second verification, while one that refuses the request
 * sends the check to a reviewer with the reason.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { startFakeVendor, type FakeVendor } from '../helpers/fake-vendor';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let vendor: FakeVendor;
let system: System;

beforeAll(async () => {
  vendor = await startFakeVendor();
  system = await startSystem({
    env: {
      PROVIDER_MODE: 'http',
      PROVIDER_TIMEOUT_SECONDS: '1',
      IDENTITY_CALLBACK_SECRET: vendor.callbackSecret,
      ...Object.fromEntries(
        ['REGISTRY', 'IDENTITY', 'BANK', 'TAX', 'CONTACT'].flatMap((c) => [
          [`${c}_API_URL`, vendor.url],
          [`${c}_API_KEY`, vendor.apiKey],
        ]),
      ),
    },
  });
});
afterAll(async () => {
  await system?.stop();
  await vendor?.stop();
});

const withTaxIds = () => {
  const body = ukCompany();
  return { ...body, business: { ...body.business, taxId: '1955839661', vatNumber: 'GB980780684' } };
};

async function onboard(body: unknown) {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body });
  expect(accepted.status).toBe(202);
  const read = () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer });
  return (await waitFor(read, (r) => ['approved', 'in_review'].includes(r.body?.status), 90_000)).body;
}

const callsFor = (applicationChecks: any[], path: string) => {
  const ids = new Set(applicationChecks.map((c: any) => c.id));
  return vendor.calls.filter((c) => c.path === path && ids.has(c.idempotencyKey.split(':')[0]));
};

it('onboards through every vendor, each verification once, the identity answered by callback', async () => {
  const app = await onboard(withTaxIds());
  expect(app.status).toBe('approved');
  expect(app.checks.map((c: any) => c.provider).sort()).toEqual([
    'http-bank',
    'http-identity',
    'http-identity',
    'http-registry',
    'http-tax',
    'sellergate-screening',
    'sellergate-screening',
    'sellergate-screening',
  ]);
  const tax = app.checks.find((c: any) => c.kind === 'tax_id');
  expect(tax.evidence.identifiers).toEqual([
    { kind: 'tax_id', scheme: 'United Kingdom Unique Taxpayer Reference', last4: '9661', result: 'match' },
    { kind: 'vat', scheme: 'United Kingdom (and Isle of Man) VAT Number', last4: '0684', result: 'match' },
  ]);
  const identity = vendor.calls.filter((c) => c.path === '/v1/verifications' && c.body.clientReference.includes(app.id));
  expect(identity).toHaveLength(2);
  expect(identity[0].body.callbackUrl).toBe(`${system.baseUrl}/v1/provider-callbacks/http-identity`);
  expect(identity.every((c) => c.idempotencyKey === c.body.clientReference)).toBe(true);
  expect(app.checks.filter((c: any) => c.kind === 'identity').every((c: any) => c.status === 'passed' && c.evidence.providerReference)).toBe(true);
  expect(callsFor(app.checks, '/v1/tax-id-verifications').map((c) => c.body)).toEqual([
    { country: 'GB', kind: 'tax_id', number: '1955839661', legalName: 'Acme Widgets Ltd' },
    { country: 'GB', kind: 'vat', number: '980780684', legalName: 'Acme Widgets Ltd' },
  ]);
});

it('retries a vendor that fails, answers garbage or is too slow, with one verification on its side', async () => {
  vendor.misbehave('/v1/companies/lookup', { status: 503 }, { garbage: true });
  vendor.misbehave('/v1/account-verifications', { delayMs: 1500 });
  const app = await onboard(ukCompany());
  expect(app.status).toBe('approved');
  const registry = callsFor(app.checks, '/v1/companies/lookup');
  expect(registry).toHaveLength(3);
  expect(new Set(registry.map((c) => c.idempotencyKey)).size).toBe(1);
  const bank = callsFor(app.checks, '/v1/account-verifications');
  expect(bank.length).toBe(2);
  expect(new Set(bank.map((c) => c.idempotencyKey)).size).toBe(1);
});

it('sends the check to a reviewer, with the reason, when the vendor refuses the request', async () => {
  vendor.misbehave('/v1/tax-id-verifications', { status: 422 });
  const app = await onboard(withTaxIds());
  expect(app.status).toBe('in_review');
  const tax = app.checks.find((c: any) => c.kind === 'tax_id');
  expect(tax).toMatchObject({ status: 'needs_review', code: 'provider_unavailable' });
  expect(tax.evidence.error).toContain('http-tax: refused the request with 422');
  expect(callsFor(app.checks, '/v1/tax-id-verifications')).toHaveLength(1); // not retried
});

it('gives up on a vendor that keeps failing after retries with backoff: the check goes to a reviewer with the reason', async () => {
  vendor.misbehave('/v1/companies/lookup', { status: 503 }, { garbage: true }, { delayMs: 1500 }, { status: 500 }, { status: 502 });
  const app = await onboard(ukCompany());
  expect(app.status).toBe('in_review');
  const registry = app.checks.find((c: any) => c.kind === 'business_registry');
  expect(registry).toMatchObject({ status: 'needs_review', code: 'provider_unavailable' });
  expect(registry.evidence.error).toContain('502');
  const calls = callsFor(app.checks, '/v1/companies/lookup');
  expect(calls).toHaveLength(5);
  expect(new Set(calls.map((c) => c.idempotencyKey)).size).toBe(1);
  expect(app.reviewTasks[0].reasons).toContain('provider_unavailable');
  // The process waits for the reviewer; it did not fail.
  const description = await system.temporal.workflow.getHandle(`onboarding:${app.id}`).describe();
  expect(description.status.name).toBe('RUNNING');
}, 120_000);
