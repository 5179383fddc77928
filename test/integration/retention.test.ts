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
import { pdfBytes } from '../helpers/document-fixtures';

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
  expect(activeAnswer.body.kept.map((k: any) => k.reason)).toEqual([expect.stringContaining('DSA Art. 30'), expect.stringContaining('5 years'), expect.stringContaining('case notes')]);

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
  form.append('file', new Blob([new Uint8Array(pdfBytes('statement'))], { type: 'application/pdf' }), 's.pdf');
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
    { category: 'case_records', reason: expect.stringContaining('5 years'), until: seller.retention.amlRecordsUntil },
  ]);

  // Case records on file: the seller's appeal against the rejection, and a reviewer's adjudication note.
  const appeal = await post(`/v1/sellers/${accepted.body.sellerId}/appeals`, test.system.keys.onboarding_frontend, {
    subject: { type: 'application', id: app.id },
    statement: 'Our company number is 00000000 at Companies House, registered by John Smith last week.',
  });
  expect(appeal.status).toBe(202);
  await waitFor(
    () => get(`/v1/appeals/${appeal.body.id}`, test.system.keys.onboarding_frontend),
    (r) => r.status === 200,
  );
  await test.system.db('screening_adjudications').insert({
    id: 'adj_retention_fixture_0001',
    subject_key: 'f'.repeat(64),
    entry_id: 'ofac:36',
    entry_digest: 'e'.repeat(64),
    verdict: 'false_positive',
    application_id: app.id,
    check_id: 'chk_fixture',
    review_task_id: taskId,
    list_version: 'v1',
    actor_id: 'key_rv',
    actor_name: 'test reviewer',
    note: 'John Smith born 1980, the listed person 1950',
  });

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
  // Each category's erasure: the case records went with the identity records, the decisions' facts stayed.
  expect((await test.system.db('appeals').where({ id: appeal.body.id }).first('statement', 'evidence', 'status')).statement).toBe('[erased]');
  expect(await test.system.db('decisions').where({ application_id: app.id }).pluck('note')).toEqual(['[erased]']);
  expect(await test.system.db('decisions').where({ application_id: app.id }).pluck('outcome')).toEqual(['reject']);
  const firstReview = (await test.system.db('review_tasks').where({ id: taskId }).first('first_review')).first_review;
  expect(firstReview.decision).toMatchObject({ outcome: 'reject', note: '[erased]' });
  expect((await test.system.db('screening_adjudications').where({ id: 'adj_retention_fixture_0001' }).first('note', 'verdict')).note).toBe('[erased]');
  const erasedEvent = await test.system.db('audit_events').where({ subject_id: accepted.body.sellerId, action: 'retention.erased' }).first('data');
  expect(erasedEvent.data.cases).toMatchObject({ appeals: 1, decisionNotes: 1, firstReviewNotes: 1, adjudicationNotes: 1 });
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

it('reports the packages sent to authorities about a seller as kept on their own clock', async () => {
  const accepted = await post('/v1/applications', test.system.keys.onboarding_frontend, { ...ukCompany(), sellingRegions: ['DE'] });
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`, test.system.keys.reviewer),
    (r) => ['approved', 'in_review'].includes(r.body.status),
  );
  const until = new Date(Date.now() + 5 * 365 * 86_400_000).toISOString();
  await test.system.db('inquiries').insert({
    id: 'inq_retention_fixture_00001',
    authority: 'Test Authority',
    jurisdiction: 'EU',
    reference: 'R-1',
    legal_basis: 'dsa_art_10',
    seller_ids: JSON.stringify([accepted.body.sellerId]),
    categories: JSON.stringify(['trader_traceability']),
    due_at: new Date(Date.now() + 86_400_000),
    status: 'answered',
    response: JSON.stringify({ sealed: 'elsewhere' }),
    approvals: JSON.stringify([]),
    received_by: 'key_regulator',
    response_erase_after: until,
  });
  const answer = await post(`/v1/sellers/${accepted.body.sellerId}/erasure-requests`, test.system.keys.compliance_officer, {});
  expect(answer.body.kept).toContainEqual({ category: 'regulator_responses', reason: expect.stringContaining('evidence of what was disclosed'), until });
});
