/**
 * Retention and erasure over real HTTP: a rejected seller's clock starts with the daily cycle, an
 * erasure request is answered with what is kept, until when and why, a legal hold stops the
 * erasure, and the erasures themselves remove the data and the documents.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { eraseAmlRecords, eraseTraderData } from '../../db/retention/retention';
import { ukCompany } from '../../scripts/sample-applications';
import { waitFor } from '../helpers/http';
import { useSystem } from '../helpers/system';

const test = useSystem();
const { get, post } = test;

it('answers erasure requests from the retention duties and the holds, and erases what is due', async () => {
  // An active seller: everything is kept while the relationship lasts.
  const active = await post('/v1/applications', test.system.keys.onboarding_frontend, ukCompany());
  await waitFor(
    () => get(`/v1/applications/${active.body.id}`, test.system.keys.reviewer),
    (r) => r.body.status === 'approved',
  );
  const activeAnswer = await post(`/v1/sellers/${active.body.sellerId}/erasure-requests`, test.system.keys.onboarding_frontend, {});
  expect(activeAnswer.body).toMatchObject({ object: 'erasure_request', erasedNow: [] });
  expect(activeAnswer.body.kept.map((k: any) => k.reason)).toEqual([expect.stringContaining('DSA Art. 30'), expect.stringContaining('5 years')]);

  // A seller turned away, with a document on file.
  const accepted = await post('/v1/applications', test.system.keys.onboarding_frontend, ukCompany({ registrationNumber: '00000000' }));
  const app = (
    await waitFor(
      () => get(`/v1/applications/${accepted.body.id}`, test.system.keys.reviewer),
      (r) => r.body.status === 'in_review',
    )
  ).body;
  const form = new FormData();
  form.append('type', 'bank_statement');
  form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.7\nstatement'))], { type: 'application/pdf' }), 's.pdf');
  const uploaded = (await (
    await fetch(`${test.system.baseUrl}/v1/applications/${app.id}/documents`, { method: 'POST', headers: { authorization: `Bearer ${test.system.keys.onboarding_frontend}` }, body: form })
  ).json()) as any;
  const file = join(test.system.config.dataDir, 'documents', 'applications', app.id, uploaded.id);
  expect(existsSync(file)).toBe(true);
  const reject = { outcome: 'reject', rejectType: 'final', reasons: ['business_not_found'], note: 'not registered' };
  const taskId = app.reviewTasks[0].id;
  for (const key of [test.system.keys.reviewer, test.system.keys.senior_reviewer]) {
    await post(`/v1/review-tasks/${taskId}/claim`, key);
    await post(`/v1/review-tasks/${taskId}/decision`, key, reject);
  }
  await waitFor(
    () => get(`/v1/applications/${app.id}`, test.system.keys.reviewer),
    (r) => r.body.status === 'rejected',
  );

  const cycle = await post('/v1/admin/performance-reviews', test.system.keys.admin, {});
  await waitFor(
    () => get(`/v1/admin/performance-reviews/${cycle.body.id}`, test.system.keys.admin),
    (r) => r.body.status === 'completed',
  );
  const seller = (
    await waitFor(
      () => get(`/v1/sellers/${accepted.body.sellerId}`, test.system.keys.compliance_officer),
      (r) => r.body.retention?.stage === 'scheduled',
    )
  ).body;
  expect(seller.retention.relationshipEndedAt).not.toBeNull();
  expect(Date.parse(seller.retention.traderDataUntil) - Date.parse(seller.retention.relationshipEndedAt)).toBeGreaterThan(180 * 86_400_000);
  const clock = await test.system.temporal.workflow.getHandle(`retention:${accepted.body.sellerId}`).describe();
  expect(clock.status.name).toBe('RUNNING');

  const early = await post(`/v1/sellers/${accepted.body.sellerId}/erasure-requests`, test.system.keys.onboarding_frontend, {});
  expect(early.body.erasedNow).toEqual([]);
  expect(early.body.kept).toEqual([
    { category: 'trader_contact_data', reason: expect.stringContaining('6 months'), until: seller.retention.traderDataUntil },
    { category: 'identity_and_verification_records', reason: expect.stringContaining('5 years'), until: seller.retention.amlRecordsUntil },
  ]);

  const hold = await post(`/v1/sellers/${accepted.body.sellerId}/legal-holds`, test.system.keys.compliance_officer, { reason: 'Police request 2026/118' });
  expect(hold.status).toBe(201);
  const held = await post(`/v1/sellers/${accepted.body.sellerId}/erasure-requests`, test.system.keys.compliance_officer, {});
  expect(held.body.kept.every((k: any) => k.reason === 'legal hold: Police request 2026/118')).toBe(true);
  // The erasure itself refuses while the hold stands (the clock's activity runs the same function).
  expect(await eraseTraderData(test.system.db, accepted.body.sellerId)).toBe('held');
  expect((await post(`/v1/legal-holds/${hold.body.id}/release`, test.system.keys.compliance_officer)).body.status).toBe('released');

  expect(await eraseTraderData(test.system.db, accepted.body.sellerId)).toBe('erased');
  const business = (await test.system.db('applications').where({ id: app.id }).first('business')).business;
  expect(business.email).toBeUndefined();
  expect(business.legalName).toBe('Acme Widgets Ltd');
  const { outcome, documentKeys } = await eraseAmlRecords(test.system.db, accepted.body.sellerId);
  expect(outcome).toBe('erased');
  expect(documentKeys).toEqual([`applications/${app.id}/${uploaded.id}`]);
  const persons = await test.system.db('persons').where({ application_id: app.id }).pluck('details');
  expect(JSON.stringify(persons)).not.toMatch(/Smith|passport|enc:v1/);
  expect(JSON.stringify(await test.system.db('bank_accounts').where({ application_id: app.id }).first('details'))).not.toContain('enc:v1');
  expect((await get(`/v1/sellers/${accepted.body.sellerId}`, test.system.keys.compliance_officer)).body.retention.stage).toBe('erased');
  const trail = await test.system
    .db('audit_events')
    .where({ subject_id: accepted.body.sellerId })
    .whereIn('action', ['legal_hold.placed', 'legal_hold.released', 'retention.trader_data_erased', 'retention.erased', 'erasure.requested'])
    .orderBy('seq')
    .pluck('action');
  expect(trail).toEqual(['erasure.requested', 'legal_hold.placed', 'erasure.requested', 'legal_hold.released', 'retention.trader_data_erased', 'retention.erased']);
});
