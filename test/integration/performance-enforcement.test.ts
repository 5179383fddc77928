/**
 * After approval, over real HTTP with the real worker, Temporal and Postgres: order systems send
 * daily metrics, an admin runs a performance-review cycle, the policy warns one seller by itself,
 * proposes a suspension for another that a reviewer confirms, the statement of reasons and its
 * Transparency Database form are served, and an appeal decided by another reviewer overturns the
 * suspension and reinstates the seller. Notice periods are set to zero (ENFORCEMENT_NOTICE_HOURS).
 * The cycle runs in three ranges of sellers (PERFORMANCE_RANGES), so its counts are added across them.
 */
import { validateTdbStatement } from '../../domain/enforcement/transparency-validation';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { rejectedApplication } from '../helpers/rejections';
import { startSystem, type System } from '../helpers/system';

let system: System;
beforeAll(async () => {
  // The cycle in three ranges of sellers, three activities (PERFORMANCE_RANGES): the outcomes below are the same.
  system = await startSystem({ env: { ENFORCEMENT_NOTICE_HOURS: '0', PERFORMANCE_RANGES: '3' } });
});
afterAll(async () => {
  await system?.stop();
});

const asOf = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const dayBefore = (n: number) => new Date(Date.parse(`${asOf}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

async function approvedSeller(): Promise<string> {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany() });
  const app = await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => r.body.status === 'approved',
  );
  expect(app.body.status).toBe('approved');
  return accepted.body.sellerId;
}

/** 60 days of 100 orders a day; `bad` says which counts go wrong in the recent days. */
function days(bad: { defects?: number; cancellationsLast7?: number; lateLast30?: number } = {}) {
  return Array.from({ length: 60 }, (_, i) => ({
    date: dayBefore(i),
    orders: 100,
    preFulfilmentCancellations: i < 7 ? (bad.cancellationsLast7 ?? 0) : 0,
    lateShipments: i < 30 ? (bad.lateLast30 ?? 0) : 0,
    orderDefects: bad.defects ?? 0,
    shipments: 100,
    shipmentsWithValidTracking: 100,
    sales: { amount: '2500.00', currency: 'GBP' },
  }));
}

const metrics = (sellerId: string, body: unknown, key = system.keys.order_system) => call(system.baseUrl, 'POST', `/v1/sellers/${sellerId}/metrics`, { key, body });
const get = (path: string, key = system.keys.reviewer) => call(system.baseUrl, 'GET', path, { key });

async function runReview() {
  const started = await call(system.baseUrl, 'POST', '/v1/admin/performance-reviews', { key: system.keys.admin, body: { asOf } });
  expect(started.status).toBe(202);
  const done = await waitFor(
    () => get(`/v1/admin/performance-reviews/${started.body.id}`, system.keys.admin),
    (r) => r.body.status === 'completed',
  );
  expect(done.body.status).toBe('completed');
  return done.body;
}

describe('performance, enforcement and appeal', () => {
  let good: string;
  let warned: string;
  let suspended: string;

  beforeAll(async () => {
    [good, warned, suspended] = [await approvedSeller(), await approvedSeller(), await approvedSeller()];
  });

  it('takes daily metrics from order systems, idempotent per day, refusing impossible figures', async () => {
    const first = await metrics(good, { days: days() });
    expect(first.body).toMatchObject({ object: 'metrics_receipt', days: 60, replaced: 0 });
    const again = await metrics(good, { days: days().slice(0, 2) });
    expect(again.body).toMatchObject({ days: 2, replaced: 2 });
    expect(await system.db('seller_metrics').where({ seller_id: good }).count('* as n').first()).toEqual({ n: '60' });

    const wrong = await metrics(good, { days: [{ ...days()[0], preFulfilmentCancellations: 101 }, days()[0]] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors.map((e: any) => e.path).sort()).toEqual(['days[0].preFulfilmentCancellations', 'days[1].date']);
    expect((await metrics(good, { days: days() }, system.keys.onboarding_frontend)).status).toBe(403);
    expect((await metrics('sel_zzzzzzzzzzzzzzzzzzzz', { days: days().slice(0, 1) })).status).toBe(404);
  });

  it('warns a seller automatically and proposes a suspension for a person to decide', async () => {
    expect((await metrics(warned, { days: days({ cancellationsLast7: 5 }) })).status).toBe(200);
    expect((await metrics(suspended, { days: days({ defects: 3, cancellationsLast7: 5, lateLast30: 6 }) })).status).toBe(200);

    const review = await runReview();
    expect(review.counts).toEqual({ sellersEvaluated: 3, violationsRecorded: 5, standingChanges: 2 });

    const warning = (
      await waitFor(
        () => get(`/v1/sellers/${warned}/enforcements`),
        (r) => r.body.data[0]?.status === 'active',
      )
    ).body.data[0];
    expect(warning).toMatchObject({ type: 'warning', status: 'active', automatedDetection: true, automatedDecision: true, decidedBy: { id: 'system' } });
    expect(warning.statementOfReasons.facts[0]).toMatch(/pre-fulfilment cancellation rate under 2\.5% over 7 days: 5\.00% over the 7 days to/);
    expect(warning.statementOfReasons.ground).toMatchObject({ type: 'terms', references: ['Seller Standards 3.2 (pre-fulfilment cancellations)'] });
    expect(warning.statementOfReasons.redress.appeal).toContain('appeal');
    expect((await get(`/v1/sellers/${warned}`)).body).toMatchObject({ status: 'active', standing: { level: 'warning', points: 2 }, capabilities: { selling: true } });
    // A warning restricts nothing: nothing goes to the Transparency Database (DSA Art. 24(5) covers restrictions).
    expect((await get(`/v1/enforcements/${warning.id}/transparency-database`)).body).toMatchObject({ status: 409, code: 'not_a_restriction' });
    expect((await get(`/v1/sellers/${good}/enforcements`)).body.data).toEqual([]);

    const proposed = (
      await waitFor(
        () => get(`/v1/sellers/${suspended}/enforcements`),
        (r) => r.body.data[0]?.status === 'awaiting_decision',
      )
    ).body.data[0];
    expect(proposed).toMatchObject({ type: 'suspension', status: 'awaiting_decision', automatedDecision: false });

    // The same cycle again records nothing twice.
    expect((await runReview()).counts).toEqual({ sellersEvaluated: 3, violationsRecorded: 0, standingChanges: 0 });
  });

  it('suspends when a reviewer confirms; an appeal decided by another reviewer overturns it and reinstates the seller', async () => {
    const action = (await get(`/v1/sellers/${suspended}/enforcements`)).body.data[0];
    const queue = await get('/v1/review-tasks?kind=enforcement&status=open');
    const task = queue.body.data.find((t: any) => t.subjectId === action.id);
    expect(task).toMatchObject({ kind: 'enforcement', queue: 'enforcement', sellerId: suspended, applicationId: null });
    expect((await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/claim`, { key: system.keys.reviewer })).status).toBe(200);
    const bad = await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/decision`, { key: system.keys.reviewer, body: { outcome: 'approve', reasons: ['risk_accepted'] } });
    expect(bad.status).toBe(400);
    const confirmed = await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/decision`, {
      key: system.keys.reviewer,
      body: { outcome: 'confirm', note: 'defects and cancellations well past the standards' },
    });
    expect(confirmed.body).toMatchObject({ object: 'enforcement_decision', outcome: 'confirm', enforcementStatus: 'notice' });

    const active = (
      await waitFor(
        () => get(`/v1/enforcements/${action.id}`),
        (r) => r.body.status === 'active',
      )
    ).body;
    expect(active).toMatchObject({ status: 'active', decidedBy: { name: 'test reviewer' } });
    const seller = (await get(`/v1/sellers/${suspended}`)).body;
    expect(seller).toMatchObject({ status: 'suspended', capabilities: { listing: false, selling: false, payouts: false } });

    const tdb = await get(`/v1/enforcements/${action.id}/transparency-database`);
    expect(tdb.body).toMatchObject({
      decision_provision: 'DECISION_PROVISION_TOTAL_SUSPENSION',
      decision_account: 'DECISION_ACCOUNT_SUSPENDED',
      decision_ground: 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
      automated_detection: 'Yes',
      automated_decision: 'AUTOMATED_DECISION_PARTIALLY',
      account_type: 'ACCOUNT_TYPE_BUSINESS',
      category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
      source_type: 'SOURCE_VOLUNTARY',
      puid: action.id,
    });
    expect(validateTdbStatement(tdb.body)).toEqual({});
    // Nothing that names the seller or a person goes to the Commission.
    const exported = JSON.stringify(tdb.body);
    for (const personal of [suspended, 'Acme', 'Smith', 'ops@acme']) expect(exported).not.toContain(personal);
    expect((await get(`/v1/enforcements/${action.id}/transparency-database`, system.keys.onboarding_frontend)).status).toBe(403);

    const filed = await call(system.baseUrl, 'POST', `/v1/sellers/${suspended}/appeals`, {
      key: system.keys.onboarding_frontend,
      body: { subject: { type: 'enforcement', id: action.id }, statement: 'Our courier lost a week of scans; the defects were carrier damage.' },
    });
    expect(filed.status).toBe(202);
    expect(filed.body).toMatchObject({ object: 'appeal', status: 'open', subject: { type: 'enforcement', id: action.id } });
    const twice = await call(system.baseUrl, 'POST', `/v1/sellers/${suspended}/appeals`, {
      key: system.keys.onboarding_frontend,
      body: { subject: { type: 'enforcement', id: action.id }, statement: 'Another appeal about the same action.' },
    });
    expect(twice.body.code).toBe('appeal_already_open');

    const appealTask = (
      await waitFor(
        () => get('/v1/review-tasks?kind=appeal&status=open'),
        (r) => r.body.data.some((t: any) => t.subjectId === action.id),
      )
    ).body.data.find((t: any) => t.subjectId === action.id);
    // The reviewer who confirmed the suspension may not decide the appeal.
    const own = await call(system.baseUrl, 'POST', `/v1/review-tasks/${appealTask.id}/claim`, { key: system.keys.reviewer });
    expect(own).toMatchObject({ status: 409, body: { code: 'reviewer_took_original_decision' } });
    expect((await call(system.baseUrl, 'POST', `/v1/review-tasks/${appealTask.id}/claim`, { key: system.keys.senior_reviewer })).status).toBe(200);
    const decided = await call(system.baseUrl, 'POST', `/v1/review-tasks/${appealTask.id}/decision`, {
      key: system.keys.senior_reviewer,
      body: { outcome: 'overturn', reasons: ['new_evidence_accepted'], note: 'carrier confirmed the scans were lost' },
    });
    expect(decided.body).toMatchObject({ object: 'appeal_decision', outcome: 'overturn', appealId: filed.body.id });

    const appeal = (
      await waitFor(
        () => get(`/v1/appeals/${filed.body.id}`, system.keys.onboarding_frontend),
        (r) => r.body.status === 'decided',
      )
    ).body;
    expect(appeal).toMatchObject({ outcome: 'overturn', reasons: ['new_evidence_accepted'], decidedBy: { name: 'test senior_reviewer' } });
    // The decision tells the seller of the redress still open (DSA Art. 20(5), Art. 21).
    expect(appeal.redress.outOfCourt).toMatch(/out-of-court dispute settlement body certified under DSA Art. 21/);
    expect(appeal.redress.judicial).toMatch(/courts/);
    const told = await waitFor(
      () => system.db('events').where({ type: 'appeal.decided', seller_id: suspended }).first('data'),
      (r) => Boolean(r),
    );
    expect(told.data.redress).toEqual(appeal.redress);
    const reinstated = await waitFor(
      () => get(`/v1/sellers/${suspended}`),
      (r) => r.body.status === 'active',
    );
    expect(reinstated.body).toMatchObject({ status: 'active', capabilities: { listing: true, selling: true, payouts: true } });
    expect((await get(`/v1/enforcements/${action.id}`)).body.status).toBe('reversed');
    const trail = await system.db('audit_events').where({ subject_id: suspended }).orderBy('seq').pluck('action');
    expect(trail).toEqual(
      expect.arrayContaining(['metrics.received', 'enforcement.awaiting_decision', 'enforcement.notice', 'enforcement.active', 'appeal.received', 'appeal.decided', 'enforcement.reversed']),
    );
  });
});

describe('an appeal against a rejected application', () => {
  it('is refused once the six-month window (DSA Art. 20(1)) has closed, and nothing is filed', async () => {
    const { applicationId, sellerId } = await rejectedApplication(system);
    const app = { id: applicationId };
    const accepted = { body: { sellerId } };
    // The decision as if taken 184 days ago: the window is 183 days.
    await system
      .db('applications')
      .where({ id: app.id })
      .update({ decided_at: new Date(Date.now() - 184 * 86_400_000) });
    const late = await call(system.baseUrl, 'POST', `/v1/sellers/${accepted.body.sellerId}/appeals`, {
      key: system.keys.onboarding_frontend,
      body: { subject: { type: 'application', id: app.id }, statement: 'We only just saw the decision.' },
    });
    expect(late).toMatchObject({ status: 409, body: { code: 'appeal_window_closed' } });
    expect(await system.db('appeals').where({ subject_id: app.id })).toHaveLength(0);
  });

  it('is decided by a reviewer who took no part in the rejection, and an overturn reconsiders the application: checked afresh and decided by a reviewer', async () => {
    const { applicationId, sellerId } = await rejectedApplication(system, { rejectType: 'final' });
    const app = { id: applicationId };
    const accepted = { body: { sellerId } };

    const filed = await call(system.baseUrl, 'POST', `/v1/sellers/${accepted.body.sellerId}/appeals`, {
      key: system.keys.onboarding_frontend,
      body: { subject: { type: 'application', id: app.id }, statement: 'We re-registered last month; here is the new certificate.', evidence: ['https://example.com/certificate.pdf'] },
    });
    expect(filed.status).toBe(202);
    const task = (
      await waitFor(
        () => get('/v1/review-tasks?kind=appeal&status=open'),
        (r) => r.body.data.some((t: any) => t.subjectId === app.id),
      )
    ).body.data.find((t: any) => t.subjectId === app.id);
    for (const key of [system.keys.reviewer, system.keys.senior_reviewer]) {
      expect((await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/claim`, { key })).body.code).toBe('reviewer_took_original_decision');
    }
    expect((await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/claim`, { key: system.keys.compliance_officer })).status).toBe(200);
    await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/decision`, {
      key: system.keys.compliance_officer,
      body: { outcome: 'overturn', reasons: ['new_evidence_accepted'], note: 'registered under a new number' },
    });

    // Not approved by the appeal: reconsidered, as a new application with the same data, checked afresh.
    const appeal = (
      await waitFor(
        () => get(`/v1/appeals/${filed.body.id}`),
        (r) => r.body.status === 'decided',
      )
    ).body;
    expect((await get(`/v1/applications/${app.id}`)).body.status).toBe('rejected');
    const reconsiderationId = appeal.reconsiderationApplicationId;
    expect(reconsiderationId).toMatch(/^app_[0-9a-z]{20}$/);
    const again = (
      await waitFor(
        () => get(`/v1/applications/${reconsiderationId}`),
        (r) => r.body.status === 'in_review',
      )
    ).body;
    expect(again).toMatchObject({ sellerId: accepted.body.sellerId, businessType: 'company' });
    expect(again.checks.length).toBeGreaterThan(0);
    const original = (await get(`/v1/applications/${app.id}`)).body;
    expect(again.checks.map((c: any) => c.id)).not.toEqual(expect.arrayContaining(original.checks.map((c: any) => c.id)));
    // A reviewer decides it, whatever the checks say.
    const retask = again.reviewTasks[0];
    expect(retask.reasons).toContain('appeal_overturned');
    await call(system.baseUrl, 'POST', `/v1/review-tasks/${retask.id}/claim`, { key: system.keys.senior_reviewer });
    await call(system.baseUrl, 'POST', `/v1/review-tasks/${retask.id}/decision`, {
      key: system.keys.senior_reviewer,
      body: { outcome: 'approve', reasons: ['business_confirmed_manually'], note: 'new registration confirmed at the register' },
    });
    const approved = (
      await waitFor(
        () => get(`/v1/applications/${reconsiderationId}`),
        (r) => r.body.status === 'approved',
      )
    ).body;
    expect(approved.decision).toMatchObject({ outcome: 'approve', automated: false, decidedBy: { name: 'test senior_reviewer' } });
    expect((await get(`/v1/sellers/${accepted.body.sellerId}`)).body.status).toBe('active');
    const told = await waitFor(
      () => system.db('events').where({ type: 'appeal.decided', seller_id: accepted.body.sellerId }).first('data'),
      (r) => Boolean(r),
    );
    expect(told.data).toMatchObject({ outcome: 'overturn', reconsiderationId });
  });
});
