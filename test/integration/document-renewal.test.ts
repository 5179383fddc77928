/**
 * An approved seller's identity document nearing expiry, over real HTTP: the daily cycle asks for a
 * new one, the seller's requirements show it with the expiry as deadline, and the new document is
 * verified with the identity vendor as at onboarding.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { waitFor } from '../helpers/http';
import { useSystem } from '../helpers/system';

const test = useSystem();
const get = (path: string, key = test.system.keys.reviewer) => test.get(path, key);
const { post } = test;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** The daily cycle, as an admin starts it: it asks sellers for what they owe. */
async function dailyCycle(): Promise<void> {
  const review = await post('/v1/admin/performance-reviews', test.system.keys.admin, {});
  await waitFor(
    () => get(`/v1/admin/performance-reviews/${review.body.id}`, test.system.keys.admin),
    (r) => r.body.status === 'completed',
  );
}

it('asks for a new identity document before the old one expires, and verifies it', async () => {
  const body = ukCompany();
  body.persons[0].idDocument = { ...body.persons[0].idDocument!, expiresOn: inDays(20) };
  const accepted = await post('/v1/applications', test.system.keys.onboarding_frontend, body);
  const app = (
    await waitFor(
      () => get(`/v1/applications/${accepted.body.id}`),
      (r) => r.body.status === 'approved',
    )
  ).body;
  const identityChecked = app.checks.filter((c: any) => c.kind === 'identity').map((c: any) => c.subject.id);
  const sellerId = accepted.body.sellerId;

  await dailyCycle();
  const asked = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`, test.system.keys.onboarding_frontend),
      (r) => r.body.requirements?.requests?.length === 2,
    )
  ).body;
  // The renewal, and what was eventually due at approval (the company's tax ID).
  const request = asked.requirements.requests.find((r: any) => r.kind === 'document_renewal');
  expect(request).toMatchObject({ kind: 'document_renewal', dueAt: `${inDays(20)}T00:00:00.000Z` });
  expect(asked.requirements.currentDeadline).toBe(request.dueAt);
  const personId = request.items[0].split('.')[1];
  expect(asked.requirements.currentlyDue.sort()).toEqual(['business.taxId', `persons.${personId}.idDocument`]);
  expect(identityChecked).toContain(personId);

  const stale = await post(`/v1/sellers/${sellerId}/information`, test.system.keys.onboarding_frontend, {
    requestId: request.id,
    idDocument: { type: 'passport', number: 'P1234567', issuingCountry: 'GB', expiresOn: inDays(10) },
  });
  expect(stale.body.errors).toEqual([expect.objectContaining({ path: 'idDocument.expiresOn', code: 'not_renewed' })]);
  const renewed = await post(`/v1/sellers/${sellerId}/information`, test.system.keys.onboarding_frontend, {
    requestId: request.id,
    idDocument: { type: 'passport', number: 'P7654321', issuingCountry: 'GB', expiresOn: inDays(3650) },
  });
  expect(renewed).toMatchObject({ status: 202, body: { status: 'answered' } });
  expect(
    (
      await post(`/v1/sellers/${sellerId}/information`, test.system.keys.onboarding_frontend, {
        requestId: request.id,
        idDocument: { type: 'passport', number: 'P7654321', issuingCountry: 'GB', expiresOn: inDays(3650) },
      })
    ).body.code,
  ).toBe('request_not_open');

  // Verified again with the vendor: the identity check's new round is recorded on the application.
  const round = inDays(20).slice(0, 4);
  await waitFor(
    () =>
      test.system.temporal.workflow
        .getHandle(`identity:${app.id}:${personId}:${round}`)
        .describe()
        .then((d) => d.status.name)
        .catch(() => 'absent'),
    (s) => s === 'COMPLETED',
  );
  expect((await get(`/v1/sellers/${sellerId}`, test.system.keys.onboarding_frontend)).body.requirements.currentlyDue).toEqual(['business.taxId']);
  const audit = await test.system.db('audit_events').where({ subject_id: sellerId, action: 'seller_request.answered' }).count('* as n').first();
  expect(audit).toEqual({ n: '1' });
});

it('asks an approved seller, by a date, for what was eventually due at approval, and records the answer', async () => {
  const accepted = await post('/v1/applications', test.system.keys.onboarding_frontend, ukCompany());
  const app = (
    await waitFor(
      () => get(`/v1/applications/${accepted.body.id}`),
      (r) => r.body.status === 'approved',
    )
  ).body;
  const sellerId = accepted.body.sellerId;
  await dailyCycle();
  const asked = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`, test.system.keys.onboarding_frontend),
      (r) => r.body.requirements?.requests?.some((q: any) => q.kind === 'eventually_due'),
    )
  ).body;
  const request = asked.requirements.requests.find((q: any) => q.kind === 'eventually_due');
  expect(request.items).toEqual(['business.taxId']);
  // Due 30 days after the approval.
  expect(Math.abs(Date.parse(request.dueAt) - Date.parse(app.decision.decidedAt) - 30 * 86_400_000)).toBeLessThan(60_000);
  // The seller is told what and by when (webhook and email).
  await waitFor(
    () => test.system.db('events').where({ seller_id: sellerId, type: 'seller.information_requested' }).first('data'),
    (e) => e?.data?.requestId === request.id,
  );

  const incomplete = await post(`/v1/sellers/${sellerId}/information`, test.system.keys.onboarding_frontend, { requestId: request.id, business: { vatNumber: 'GB980780684' } });
  expect(incomplete.body.errors).toEqual([expect.objectContaining({ path: 'business.taxId', code: 'required' })]);
  const answered = await post(`/v1/sellers/${sellerId}/information`, test.system.keys.onboarding_frontend, { requestId: request.id, business: { taxId: '1955839661' } });
  expect(answered).toMatchObject({ status: 202, body: { status: 'answered' } });
  expect((await post(`/v1/sellers/${sellerId}/information`, test.system.keys.onboarding_frontend, { requestId: request.id, business: { taxId: '1955839661' } })).body.code).toBe('request_not_open');
  expect((await get(`/v1/sellers/${sellerId}`, test.system.keys.onboarding_frontend)).body.requirements.currentlyDue).toEqual([]);
  // On the application's record, sealed like the rest of its tax data.
  const stored = await test.system.db('applications').where({ id: app.id }).first('business');
  expect(stored.business.taxId).toMatch(/^enc:v1:/);
  // Asked once per application: the next cycle asks nothing more.
  await dailyCycle();
  expect(await test.system.db('seller_requests').where({ application_id: app.id, kind: 'eventually_due' }).count('* as n').first()).toEqual({ n: '1' });
});
