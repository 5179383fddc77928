/**
 * Veriff as the identity vendor, end to end: sessions created over real HTTP against a local fake,
 * decisions back through its signed webhook, mapped to requirement errors; forged and replayed
 * webhooks refused or changing nothing; Veriff's own review waited on.
 */
import { createHmac } from 'node:crypto';
import { ukCompany } from '../../scripts/sample-applications';
import { VendorClient, VendorUnavailableError } from '../../providers/http/vendor-client';
import { VeriffIdentity, isVeriffSignatureValid, veriffAnswer } from '../../providers/identity/veriff';
import { startFakeVeriff, type FakeVeriff } from '../helpers/fake-veriff';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';
import { failure } from '../helpers/failure';

let veriff: FakeVeriff;
let system: System;

beforeAll(async () => {
  veriff = await startFakeVeriff();
  system = await startSystem({ env: { VERIFF_API_URL: veriff.url, VERIFF_API_KEY: veriff.apiKey, VERIFF_SHARED_SECRET: veriff.sharedSecret } });
  veriff.webhookUrl = `${system.baseUrl}/v1/provider-callbacks/veriff`;
});
afterAll(async () => {
  await system?.stop();
  await veriff?.stop();
});

async function onboard(ownerName: [string, string]) {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany({ ownerName }) });
  expect(accepted.status).toBe(202);
  const read = () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer });
  return (await waitFor(read, (r) => ['approved', 'in_review'].includes(r.body?.status), 90_000)).body;
}

const identityOf = (app: any, lastName: string) =>
  app.checks.find((c: any) => c.kind === 'identity' && veriff.sessions.some((s) => s.id === c.evidence.providerReference && s.body.verification.person.lastName === lastName));

it('verifies both persons through Veriff sessions and their signed decisions, each applied once', async () => {
  const app = await onboard(['John', 'Smith']);
  expect(app.status).toBe('approved');
  const identities = app.checks.filter((c: any) => c.kind === 'identity');
  expect(identities.map((c: any) => [c.provider, c.status])).toEqual([
    ['veriff', 'passed'],
    ['veriff', 'passed'],
  ]);
  const sessions = identities.map((c: any) => veriff.sessions.find((s) => s.id === c.evidence.providerReference)!);
  // What Veriff is sent: the person, the document when one was given, and our opaque reference, nothing else.
  const session = sessions.find((s: any) => s.body.verification.document)!;
  expect(sessions.map((s: any) => Object.keys(s.body.verification).sort().join(',')).sort()).toEqual(['document,person,vendorData', 'person,vendorData']);
  expect(session.body.verification.document).toMatchObject({ type: 'PASSPORT', country: 'GB' });
  expect(session.body.verification.vendorData).toMatch(/^identity:app_/);
  const deliveries = veriff.deliveries.filter((d) => d.sessionId === session.id);
  expect(deliveries.map((d) => [d.status, d.body.applied ?? null, d.body.duplicate ?? null])).toEqual([
    [200, true, null],
    [200, null, true],
  ]);
});

it.each([
  ['Decline', 'identity_not_verified', 'suspected_fraud'],
  ['Resubmit', 'identity_document_expired', 'document_expired'],
  ['Abandon', 'identity_not_verified', 'not_completed'],
])('maps a %s decision to a requirement error with its reason', async (lastName, code, reason) => {
  const app = await onboard(['John', lastName]);
  expect(app.status).toBe('in_review');
  const check = identityOf(app, lastName);
  expect(check).toMatchObject({ provider: 'veriff', status: 'failed', code, evidence: { reason } });
  expect(app.requirements.currentlyDue).toContain(`persons.${check.subject.id}.idDocument`);
});

it("waits through Veriff's own review for its decision", async () => {
  const app = await onboard(['John', 'Review']);
  expect(identityOf(app, 'Review')).toMatchObject({ status: 'passed' });
  const session = veriff.sessions.find((s) => s.body.verification.person.lastName === 'Review')!;
  expect(veriff.deliveries.filter((d) => d.sessionId === session.id).map((d) => d.body.reason ?? d.body.applied ?? d.body.duplicate)).toEqual([
    'awaiting_vendor_review',
    'awaiting_vendor_review',
    true,
    true,
  ]);
});

it('refuses a webhook not signed with the shared secret key, and one naming no verification of ours', async () => {
  const body = JSON.stringify({ status: 'success', verification: { id: 'forged', code: 9001, status: 'approved', vendorData: 'identity:app_00000000000000000000:per_00000000000000000000:1' } });
  const post = (signature: string, raw = body) =>
    call(system.baseUrl, 'POST', '/v1/provider-callbacks/veriff', { raw, headers: { 'content-type': 'application/json', 'x-hmac-signature': signature } });
  expect((await post(createHmac('sha256', 'not-the-secret-key-at-all').update(body).digest('hex'))).body).toMatchObject({ status: 401, code: 'invalid_signature' });
  expect((await post('')).status).toBe(401);
  expect((await post(createHmac('sha256', veriff.sharedSecret).update(body).digest('hex'))).body).toMatchObject({ status: 404, code: 'unknown_reference' });
  // The generic vendor callback is closed while Veriff is the identity vendor.
  expect((await call(system.baseUrl, 'POST', '/v1/provider-callbacks/sandbox-identity', { raw: '{}', headers: { 'content-type': 'application/json' } })).body).toMatchObject({
    code: 'unknown_provider',
  });
});

it('checks signatures and maps decisions by the documented codes', () => {
  const body = '{"a":1}';
  // Computed independently (Python: hmac.new(b'secret-key', b'{"a":1}', hashlib.sha256).hexdigest()).
  const mac = 'b55a81137d0df4a3c2585b246e9dbc7e957811e4fd6613fdab592f15687ec523';
  expect(isVeriffSignatureValid('secret-key', body, mac)).toBe(true);
  expect(isVeriffSignatureValid('secret-key', body, mac.toUpperCase())).toBe(true);
  expect(isVeriffSignatureValid('secret-key', `${body} `, mac)).toBe(false);
  const decided = (status: string, reasonCode: number | null = null) => veriffAnswer({ id: 's', code: 0, status: status as never, reasonCode });
  expect(decided('approved')).toEqual({ status: 'verified', documentChecked: true });
  expect(decided('review')).toBeUndefined();
  expect(decided('declined', 103)).toEqual({ status: 'not_verified', reason: 'face_mismatch' });
  expect(decided('declined', 102)).toEqual({ status: 'not_verified', reason: 'suspected_fraud' });
  expect(decided('resubmission_requested', 206)).toEqual({ status: 'not_verified', reason: 'document_not_supported' });
  expect(decided('resubmission_requested', 204)).toEqual({ status: 'not_verified', reason: 'document_unreadable' });
  expect(decided('expired')).toEqual({ status: 'not_verified', reason: 'not_completed' });
});

describe('the session call', () => {
  const session = (apiKey: string, baseUrl = veriff.url) =>
    new VeriffIdentity(new VendorClient({ name: 'veriff', baseUrl, apiKey, auth: { header: 'x-auth-client' }, timeoutMs: 1000 })).verify({
      firstName: 'Jane',
      lastName: 'Doe',
      dateOfBirth: '1980-03-15',
      idempotencyKey: 'identity:app_x:per_y:1',
      clientReference: 'identity:app_x:per_y:1',
    });

  it('answers pending with the session and where the person completes it', async () => {
    const answer = await session(veriff.apiKey);
    expect(answer).toEqual({ status: 'pending', reference: expect.stringMatching(/^[0-9a-f-]{36}$/), sessionUrl: expect.stringMatching(/^https:\/\/alchemy\.veriff\.com\/v\//) });
  });

  it('refuses a wrong key for good, and retries an unreachable Veriff', async () => {
    expect(await failure(session('wrong-key'))).toMatchObject({ nonRetryable: true, type: 'VendorRejectedRequest', message: 'veriff: refused the request with 401' });
    const down = await failure(session(veriff.apiKey, 'http://127.0.0.1:9'));
    expect(down).toBeInstanceOf(VendorUnavailableError);
    expect(down.message).toMatch(/^veriff: unreachable/);
  });
});
