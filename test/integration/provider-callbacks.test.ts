/**
 * Identity vendors that answer later, over real HTTP: the sandbox calls back by itself (a last name
 * with LATER), and for a vendor that stays silent (SILENT) the test plays the vendor, sending
 * callbacks with good and bad signatures to POST /v1/provider-callbacks/{provider}.
 */
import { DEVELOPMENT_CALLBACK_SECRET } from '../../config';
import { sign, SIGNATURE_HEADER } from '../../domain/shared/webhook-signature';
import { postSignedCallback } from '../../providers/callback-delivery';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

const submit = async (body: unknown): Promise<string> => {
  const res = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body });
  expect(res.status).toBe(202);
  return res.body.id;
};
const read = (id: string) => call(system.baseUrl, 'GET', `/v1/applications/${id}`, { key: system.keys.reviewer });
const identityChecks = (body: any) => body.checks.filter((c: any) => c.kind === 'identity');

/** A callback as the vendor sends it: the body exactly as signed. */
function post(provider: string, payload: unknown, { secret = DEVELOPMENT_CALLBACK_SECRET, at = Math.floor(Date.now() / 1000), header }: { secret?: string; at?: number; header?: string } = {}) {
  const raw = JSON.stringify(payload);
  return call(system.baseUrl, 'POST', `/v1/provider-callbacks/${provider}`, {
    raw,
    headers: header === undefined ? { [SIGNATURE_HEADER]: sign(secret, raw, at) } : header ? { [SIGNATURE_HEADER]: header } : {},
  });
}

it('a vendor that answers later through a signed callback: the application waits, then is approved', async () => {
  const id = await submit(ukCompany({ ownerName: ['Maria', 'GarciaLATER'] }));
  const done = await waitFor(
    () => read(id),
    (r) => ['approved', 'in_review'].includes(r.body?.status),
  );
  expect(done.body.status).toBe('approved');
  const late = identityChecks(done.body).find((c: any) => c.evidence.providerReference);
  expect(late).toMatchObject({ status: 'passed', provider: 'sandbox-identity' });
  const log = await system.db('provider_callbacks').where({ provider_reference: late.evidence.providerReference });
  expect(log).toEqual([expect.objectContaining({ outcome: 'signalled', result_status: 'verified' })]);
  expect(log[0].client_reference).toBe(`identity:${id}:${late.subject.id}:1`);
});

describe('a vendor that stays silent until the test answers for it', () => {
  let id: string;
  let callback: { eventId: string; reference: string; clientReference: string; result: { status: 'not_verified'; reason: 'document_unreadable' } };

  beforeAll(async () => {
    id = await submit(ukCompany({ ownerName: ['Tomas', 'NovakSILENT'] }));
    const waiting = await waitFor(
      () => read(id),
      (r) => identityChecks(r.body ?? { checks: [] }).some((c: any) => c.status === 'pending'),
    );
    const pending = identityChecks(waiting.body).find((c: any) => c.status === 'pending');
    expect(pending.evidence).toMatchObject({ awaiting: 'provider_callback' });
    expect(waiting.body.status).toBe('verifying');
    expect(waiting.body.requirements.pendingVerification).toContain(`persons.${pending.subject.id}.idDocument`);
    callback = {
      eventId: 'evt_vendor_1',
      reference: pending.evidence.providerReference,
      clientReference: `identity:${id}:${pending.subject.id}:1`,
      result: { status: 'not_verified', reason: 'document_unreadable' },
    };
  });

  it.each([
    ['no signature', { header: '' }, 'malformed'],
    ['a signature made with another secret', { secret: 'not-the-shared-secret-at-all' }, 'signature mismatch'],
    ['a timestamp ten minutes old', { at: Math.floor(Date.now() / 1000) - 600 }, 'timestamp outside tolerance'],
    ['a garbled header', { header: 't=abc,v1=xyz' }, 'malformed'],
  ])('refuses %s with 401', async (_name, options, reason) => {
    const res = await post('sandbox-identity', callback, options);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'invalid_signature' });
    expect(res.body.detail).toContain(reason);
  });

  it('refuses a body changed after signing', async () => {
    const raw = JSON.stringify(callback);
    const header = sign(DEVELOPMENT_CALLBACK_SECRET, raw, Math.floor(Date.now() / 1000));
    const tampered = raw.replace('document_unreadable', 'data_mismatch');
    const res = await call(system.baseUrl, 'POST', '/v1/provider-callbacks/sandbox-identity', { raw: tampered, headers: { [SIGNATURE_HEADER]: header } });
    expect(res.status).toBe(401);
  });

  it('names unknown providers, references and fields', async () => {
    expect((await post('someone-else', callback)).body).toMatchObject({ status: 404, code: 'unknown_provider' });
    const unknown = await post('sandbox-identity', { ...callback, clientReference: `identity:${id}:per_zzzzzzzzzzzzzzzzzzzz:1` });
    expect(unknown.body).toMatchObject({ status: 404, code: 'unknown_reference' });
    const invalid = await post('sandbox-identity', { ...callback, result: { status: 'maybe' }, clientReference: 'onboarding:x' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: any) => e.path).sort()).toEqual(['clientReference', 'result.status']);
  });

  it('says a callback for another vendor reference changes nothing, and logs it so', async () => {
    const stray = await post('sandbox-identity', { ...callback, eventId: 'evt_stray_1', reference: 'vendor-session-never-awaited', result: { status: 'verified', documentChecked: true } });
    expect(stray).toMatchObject({ status: 200, body: { received: true, applied: false, reason: 'reference_not_awaited' } });
    expect(await system.db('provider_callbacks').where({ event_id: 'evt_stray_1' }).first('outcome')).toEqual({ outcome: 'not_awaited' });
    expect(identityChecks((await read(id)).body).some((c: any) => c.status === 'pending')).toBe(true);
  });

  it('applies a valid callback once: a redelivery is acknowledged and changes nothing', async () => {
    const first = await post('sandbox-identity', callback);
    expect(first).toMatchObject({ status: 200, body: { received: true, applied: true } });
    const again = await post('sandbox-identity', callback);
    expect(again).toMatchObject({ status: 200, body: { received: true, duplicate: true } });

    const done = await waitFor(
      () => read(id),
      (r) => r.body.status === 'in_review',
    );
    expect(done.body.status).toBe('in_review');
    const check = identityChecks(done.body).find((c: any) => c.evidence.providerReference === callback.reference);
    expect(check).toMatchObject({ status: 'failed', code: 'identity_not_verified', evidence: { reason: 'document_unreadable' } });
    expect(done.body.requirements.errors).toContainEqual(expect.objectContaining({ code: 'verification_failed_identity' }));
    expect(await system.db('provider_callbacks').where({ event_id: callback.eventId }).count('* as n').first()).toEqual({ n: '1' });

    // A later event for the finished verification is logged and ignored.
    const late = await postSignedCallback({ baseUrl: system.baseUrl, secret: DEVELOPMENT_CALLBACK_SECRET }, 'sandbox-identity', {
      ...callback,
      eventId: 'evt_vendor_2',
      result: { status: 'verified', documentChecked: true },
    });
    expect(late.status).toBe(200);
    expect(await late.json()).toEqual({ received: true, applied: false, reason: 'verification_closed' });
    expect(await system.db('provider_callbacks').where({ event_id: 'evt_vendor_2' }).first()).toMatchObject({ outcome: 'late' });
  });
});
