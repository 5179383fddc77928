/**
 * Reports of suspicious activity and metric anomalies over real HTTP: reports about one seller are
 * grouped into one investigation with an SLA; the reviewer's enforcement decision takes effect with
 * the reviewer's statement of reasons; an anomaly under the thresholds opens an early warning.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';
import { createApiKey } from '../../db/access/api-keys';
import { validateTdbStatement } from '../../domain/enforcement/transparency-validation';

let system: System;
beforeAll(async () => {
  system = await startSystem({ env: { ENFORCEMENT_NOTICE_HOURS: '0' } });
});
afterAll(async () => {
  await system?.stop();
});

async function approvedSeller(): Promise<string> {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany() });
  await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => r.body.status === 'approved',
  );
  return accepted.body.sellerId;
}
const get = (path: string, key = system.keys.reviewer) => call(system.baseUrl, 'GET', path, { key });
const post = (path: string, key: string, body: unknown, headers: Record<string, string> = {}) => call(system.baseUrl, 'POST', path, { key, body, headers });
const openTaskFor = async (sellerId: string) =>
  (
    await waitFor(
      () => get('/v1/review-tasks?kind=investigation&status=open'),
      (r) => r.body.data.some((t: any) => t.sellerId === sellerId),
    )
  ).body.data.find((t: any) => t.sellerId === sellerId);

it('groups reports about one seller into one investigation, which can end in an enforcement action', async () => {
  const sellerId = await approvedSeller();
  const buyerReport = {
    sellerId,
    category: 'counterfeit',
    description: 'The "branded" headphones arrived with a misspelt logo.',
    evidence: ['https://example.com/photo.jpg'],
    reporter: { type: 'buyer', contact: 'buyer@example.com' },
  };
  const first = await post('/v1/reports', system.keys.onboarding_frontend, buyerReport, { 'Idempotency-Key': 'report-1' });
  expect(first).toMatchObject({ status: 202, body: { object: 'report', status: 'received' } });
  expect((await post('/v1/reports', system.keys.onboarding_frontend, buyerReport, { 'Idempotency-Key': 'report-1' })).body.id).toBe(first.body.id);
  // Another marketplace's frontend cannot report this seller, nor learn that it exists.
  const stranger = (await createApiKey(system.db, 'onboarding_frontend', 'another marketplace')).key;
  const foreign = await post('/v1/reports', stranger, buyerReport);
  const unknown = await post('/v1/reports', stranger, { ...buyerReport, sellerId: 'sel_00000000000000000000' });
  expect(foreign).toMatchObject({ status: 404, body: { code: 'resource_not_found' } });
  expect(foreign.body).toEqual(unknown.body);
  const bad = await post('/v1/reports', system.keys.onboarding_frontend, { ...buyerReport, category: 'rude', reporter: { type: 'buyer', contact: 'not-an-email' } });
  expect(bad.body.errors.map((e: any) => e.path).sort()).toEqual(['category', 'reporter.contact']);

  const task = await openTaskFor(sellerId);
  expect(task).toMatchObject({ kind: 'investigation', queue: 'investigations', reasons: ['report_counterfeit'] });
  // Counterfeits are looked at within a day.
  expect(Date.parse(task.slaDueAt) - Date.parse(task.createdAt)).toBeLessThanOrEqual(24 * 3_600_000 + 60_000);
  const second = await post('/v1/reports', system.keys.compliance_officer, {
    sellerId,
    category: 'fraud',
    description: 'Three chargebacks this week on the same listing.',
    reporter: { type: 'internal' },
  });
  expect(second.status).toBe(202);

  const investigation = (
    await waitFor(
      () => get(`/v1/investigations/${task.subjectId}`),
      (r) => r.body.reports?.length === 2,
    )
  ).body;
  // Recorded once each by the investigation, with one audit event each, though the first was sent twice.
  expect(await system.db('reports').where({ seller_id: sellerId })).toHaveLength(2);
  expect(await system.db('audit_events').where({ action: 'report.received', subject_id: sellerId })).toHaveLength(2);
  expect(investigation).toMatchObject({
    status: 'open',
    sellerId,
    reports: [
      { category: 'counterfeit', reporterType: 'buyer' },
      { category: 'fraud', reporterType: 'internal' },
    ],
  });
  expect(JSON.stringify(investigation)).not.toContain('buyer@example.com');
  expect(await system.db('review_tasks').where({ kind: 'investigation', seller_id: sellerId }).count('* as n').first()).toEqual({ n: '1' });
  // The task shows the report that joined later beside the one that opened it.
  expect((await get(`/v1/review-tasks/${task.id}`)).body.reasons).toEqual(['report_counterfeit', 'report_fraud']);

  expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.senior_reviewer, undefined)).status).toBe(200);
  const missing = await post(`/v1/review-tasks/${task.id}/decision`, system.keys.senior_reviewer, { outcome: 'enforce', reasons: ['counterfeit_confirmed'], note: 'n' });
  expect(missing.body.errors.map((e: any) => e.path)).toEqual(['action']);
  const decided = await post(`/v1/review-tasks/${task.id}/decision`, system.keys.senior_reviewer, {
    outcome: 'enforce',
    reasons: ['counterfeit_confirmed'],
    note: 'test purchase confirmed counterfeit',
    action: {
      type: 'suspension',
      ground: { type: 'law', reference: 'Trade Marks Act 1994 s.92', explanation: 'Selling goods bearing a sign identical to a registered trade mark without consent.' },
      facts: ['A test purchase on 2026-11-20 received goods with a counterfeit trade mark.', 'Two reports in the same week.'],
    },
  });
  expect(decided.body).toMatchObject({ object: 'investigation_decision', outcome: 'enforce' });

  const closed = (
    await waitFor(
      () => get(`/v1/investigations/${task.subjectId}`),
      (r) => r.body.status === 'closed',
    )
  ).body;
  expect(closed).toMatchObject({ outcome: 'enforce', decidedBy: { name: 'test senior_reviewer' } });
  // Decided by the investigator: no second decision, straight to its notice and into effect.
  const action = (
    await waitFor(
      () => get(`/v1/enforcements/${closed.enforcementId}`),
      (r) => r.body.status === 'active',
    )
  ).body;
  expect(action).toMatchObject({
    type: 'suspension',
    status: 'active',
    automatedDetection: false,
    automatedDecision: false,
    decidedBy: { name: 'test senior_reviewer' },
    source: { type: 'investigation', id: task.subjectId },
  });
  expect(action.statementOfReasons).toMatchObject({ ground: { type: 'law', references: ['Trade Marks Act 1994 s.92'] }, automatedDecision: 'not_automated' });
  expect((await get(`/v1/sellers/${sellerId}`)).body.status).toBe('suspended');
  const tdb = (await get(`/v1/enforcements/${action.id}/transparency-database`)).body;
  expect(tdb).toMatchObject({
    decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
    illegal_content_legal_ground: 'Trade Marks Act 1994 s.92',
    automated_detection: 'No',
    automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    // The reviewer's reason, in the database's categories; a buyer's report is a notice (DSA Art. 16).
    category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
    category_specification: ['KEYWORD_TRADEMARK_INFRINGEMENT'],
    source_type: 'SOURCE_ARTICLE_16',
  });
  expect(validateTdbStatement(tdb)).toEqual({});
  // No Transparency Database configured here: the statement waits in its queue, and says so.
  expect(action.transparencyDatabase).toMatchObject({ status: 'queued', attempts: 0 });
});

it('raises an early warning when a seller’s cancellations jump against its own baseline, under the threshold', async () => {
  const sellerId = await approvedSeller();
  const asOf = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const day = (n: number) => new Date(Date.parse(`${asOf}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  // 0.2% cancellations for eight weeks, then 1.5% last week: under 2.5%, but more than seven times the baseline.
  const days = Array.from({ length: 60 }, (_, i) => ({
    date: day(i),
    orders: 500,
    preFulfilmentCancellations: i < 7 ? 8 : 1,
    lateShipments: 0,
    orderDefects: 0,
    shipments: 500,
    shipmentsWithValidTracking: 500,
    sales: { amount: '9000.00', currency: 'GBP' },
  }));
  expect((await post(`/v1/sellers/${sellerId}/metrics`, system.keys.order_system, { days })).status).toBe(200);
  const review = await post('/v1/admin/performance-reviews', system.keys.admin, { asOf });
  await waitFor(
    () => get(`/v1/admin/performance-reviews/${review.body.id}`, system.keys.admin),
    (r) => r.body.status === 'completed',
  );

  const task = await openTaskFor(sellerId);
  expect(task.reasons).toEqual(['anomaly']);
  const investigation = (
    await waitFor(
      () => get(`/v1/investigations/${task.subjectId}`),
      (r) => r.body.signals?.length === 1,
    )
  ).body;
  expect(investigation.signals).toEqual([{ source: 'anomaly', rule: 'cancellation_jump', recentRate: 0.016, baselineRate: 0.002 }]);
  expect((await get(`/v1/sellers/${sellerId}/enforcements`)).body.data).toEqual([]); // a warning to look, not an action

  expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.reviewer, undefined)).status).toBe(200);
  await post(`/v1/review-tasks/${task.id}/decision`, system.keys.reviewer, { outcome: 'no_action', reasons: ['resolved_with_seller'], note: 'a courier strike; the seller has switched carriers' });
  expect(
    (
      await waitFor(
        () => get(`/v1/investigations/${task.subjectId}`),
        (r) => r.body.status === 'closed',
      )
    ).body,
  ).toMatchObject({ outcome: 'no_action', enforcementId: null });
});
