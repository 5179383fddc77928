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

  const review = await post('/v1/admin/performance-reviews', test.system.keys.admin, {});
  await waitFor(
    () => get(`/v1/admin/performance-reviews/${review.body.id}`, test.system.keys.admin),
    (r) => r.body.status === 'completed',
  );
  const asked = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`, test.system.keys.onboarding_frontend),
      (r) => r.body.requirements?.requests?.length === 1,
    )
  ).body;
  const request = asked.requirements.requests[0];
  expect(request).toMatchObject({ kind: 'document_renewal', dueAt: `${inDays(20)}T00:00:00.000Z` });
  expect(asked.requirements.currentDeadline).toBe(request.dueAt);
  const personId = request.items[0].split('.')[1];
  expect(asked.requirements.currentlyDue).toEqual([`persons.${personId}.idDocument`]);
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
  expect((await get(`/v1/sellers/${sellerId}`, test.system.keys.onboarding_frontend)).body.requirements.currentlyDue).toEqual([]);
  const audit = await test.system.db('audit_events').where({ subject_id: sellerId, action: 'seller_request.answered' }).count('* as n').first();
  expect(audit).toEqual({ n: '1' });
});
