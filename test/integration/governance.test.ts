/**
 * Governance figures over real HTTP on a database of this file's own: one application approved by
 * the policy, one rejected by a reviewer, one still waiting. The metrics count exactly these; the
 * transparency report covers its half-year; the console's supporting reads (who am I, the review
 * file, the queue by risk) show what a reviewer needs and nothing to those who may not see it.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { useSystem } from '../helpers/system';

const test = useSystem();
const { get, post } = test;
const keys = () => test.system.keys;

let approved: any;
let rejected: any;
let waiting: any;
const startedAt = new Date(Date.now() - 60_000).toISOString();

const settle = async (body: unknown, statuses: string[]) => {
  const accepted = await post('/v1/applications', keys().onboarding_frontend, body);
  return (
    await waitFor(
      () => get(`/v1/applications/${accepted.body.id}`, keys().reviewer),
      (r) => statuses.includes(r.body?.status),
    )
  ).body;
};

beforeAll(async () => {
  approved = await settle(ukCompany(), ['approved']);
  rejected = await settle(ukCompany({ registrationNumber: '00000000' }), ['in_review']);
  waiting = await settle(ukCompany({ registrationNumber: '00000000' }), ['in_review']);
  const task = rejected.reviewTasks[0];
  expect((await post(`/v1/review-tasks/${task.id}/claim`, keys().reviewer, {})).status).toBe(200);
  expect((await post(`/v1/review-tasks/${task.id}/decision`, keys().reviewer, { outcome: 'reject', rejectType: 'retry', reasons: ['business_not_found'] })).status).toBe(200);
  await waitFor(
    () => get(`/v1/applications/${rejected.id}`, keys().reviewer),
    (r) => r.body.status === 'rejected',
  );
});

describe('GET /v1/governance/metrics', () => {
  it('counts outcomes, decisions, the backlog and SLA attainment for the range', async () => {
    const res = await get(`/v1/governance/metrics?from=${startedAt}&interval=day`, keys().compliance_officer);
    expect(res.status).toBe(200);
    expect(res.body.applications).toMatchObject({
      submitted: 3,
      byOutcome: { approved: 1, rejected: 1, withdrawn: 0, expired: 0 },
      decisions: { total: 2, automated: 1, human: 1, automatedShare: 0.5, confirmedByASecondReviewer: 0 },
    });
    expect(res.body.applications.timeToDecisionHours.p50).toEqual(expect.any(Number));
    expect(res.body.reviewQueues).toEqual([expect.objectContaining({ queue: 'verification', backlog: 1, overdue: 0, decided: 1, withinSla: 1, slaAttainment: 1 })]);
    expect(res.body.screening).toMatchObject({ screened: 9, withPotentialMatches: 0 }); // the business and two people each
    expect(res.body.screening).toMatchObject({ adjudications: { falsePositive: 0, trueMatch: 0 } });
    expect(res.body.enforcement).toMatchObject({ proposed: 0, taken: 0 });
    expect(res.body.appeals).toMatchObject({ received: 0, decided: 0, overturnRate: null });
    expect(res.body.inquiries).toMatchObject({ received: 0 });
    // The series covers the range day by day and adds up to the totals.
    const sum = (k: string) => res.body.series.reduce((t: number, b: any) => t + b[k], 0);
    expect(sum('submitted')).toBe(3);
    expect(sum('approved')).toBe(1);
    expect(sum('rejected')).toBe(1);
    expect(sum('automatedDecisions')).toBe(1);
  });

  it('counts nothing outside the range', async () => {
    const res = await get('/v1/governance/metrics?from=2025-01-01&to=2025-02-01&interval=week', keys().admin);
    expect(res.status).toBe(200);
    expect(res.body.applications).toMatchObject({ submitted: 0, byOutcome: { approved: 0, rejected: 0 }, decisions: { total: 0, automatedShare: null } });
    expect(res.body.series.map((b: any) => b.bucket.slice(0, 10))).toEqual(['2024-12-30', '2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27']);
    expect(res.body.series.every((b: any) => b.submitted === 0)).toBe(true);
  });

  it.each([
    ['from after to', '?from=2026-02-01&to=2026-01-01', 'query.from'],
    ['an unknown interval', '?interval=hour', 'query.interval'],
    ['a date that is not one', '?from=yesterday', 'query.from'],
    ['an unknown parameter', '?period=2026-H1', 'query.period'],
  ])('refuses %s, naming the field', async (_name, query, path) => {
    const res = await get(`/v1/governance/metrics${query}`, keys().admin);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: any) => e.path)).toContain(path);
  });

  it('is for staff, not for the frontend or regulators', async () => {
    expect((await get('/v1/governance/metrics', keys().onboarding_frontend)).status).toBe(403);
    expect((await get('/v1/governance/metrics', keys().regulator)).status).toBe(403);
  });
});

describe('GET /v1/governance/transparency-report', () => {
  it('reports the half-year the decisions fall in, and audits that it was generated', async () => {
    const now = new Date();
    const period = `${now.getUTCFullYear()}-H${now.getUTCMonth() < 6 ? 1 : 2}`;
    const res = await get(`/v1/governance/transparency-report?period=${period}`, keys().compliance_officer);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      object: 'transparency_report',
      period,
      restrictions: { total: 0, suspensions: 0 },
      complaints: { received: 0, decided: 0, decisionsReversed: 0, medianHandlingHours: null },
      ordersFromAuthorities: { received: 0 },
      notices: { received: 0 },
      automatedMeans: { onboardingDecisions: { total: 2, automated: 1, human: 1 } },
    });
    const audit = await test.system.db('audit_events').where({ action: 'governance.transparency_report_generated', subject_id: period });
    expect(audit).toHaveLength(1);
    const previous = await get('/v1/governance/transparency-report?period=2025-H1', keys().compliance_officer);
    expect(previous.body).toMatchObject({ from: '2025-01-01T00:00:00.000Z', to: '2025-07-01T00:00:00.000Z', automatedMeans: { onboardingDecisions: { total: 0 } } });
  });

  it('refuses a period that is not a half-year, naming the field', async () => {
    const res = await get('/v1/governance/transparency-report?period=2026-Q1', keys().admin);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ path: 'query.period' });
  });
});

describe('what the console reads', () => {
  it('GET /v1/me names the key, its role and what it may do', async () => {
    const me = await get('/v1/me', keys().reviewer);
    expect(me.body).toMatchObject({ object: 'api_key', name: 'test reviewer', role: 'reviewer' });
    expect(me.body.permissions).toEqual(expect.arrayContaining(['review_tasks:work', 'governance:read']));
    expect(me.body.permissions).not.toContain('operations:run');
    expect((await call(test.system.baseUrl, 'GET', '/v1/me')).status).toBe(401);
  });

  it("the review file shows the business, its people and the case's history, to staff only", async () => {
    const file = await get(`/v1/applications/${rejected.id}/review-file`, keys().reviewer);
    expect(file.status).toBe(200);
    expect(file.body.business).toMatchObject({ legalName: 'Acme Widgets Ltd', registrationNumber: '00000000', country: 'GB' });
    expect(file.body.persons[0]).toMatchObject({ firstName: expect.any(String), lastName: expect.any(String), roles: expect.any(Array) });
    const actions = file.body.history.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['review_task.opened', 'review_task.claimed']));
    expect(actions.indexOf('review_task.opened')).toBeLessThan(actions.indexOf('review_task.claimed'));
    expect((await get(`/v1/applications/${rejected.id}/review-file`, keys().onboarding_frontend)).status).toBe(403);
    expect((await get('/v1/applications/app_zzzzzzzzzzzzzzzzzzzz/review-file', keys().reviewer)).status).toBe(404);
  });

  it('the queue shows each task with its risk and filters by it', async () => {
    const level = waiting.risk.level;
    const page = await get(`/v1/review-tasks?status=open&risk=${level}`, keys().reviewer);
    expect(page.body.data.map((t: any) => t.id)).toEqual([waiting.reviewTasks[0].id]);
    expect(page.body.data[0].risk).toEqual({ level, score: waiting.risk.score });
    const other = level === 'high' ? 'low' : 'high';
    expect((await get(`/v1/review-tasks?status=open&risk=${other}`, keys().reviewer)).body.data).toEqual([]);
    expect((await get('/v1/review-tasks?risk=extreme', keys().reviewer)).body.errors[0].path).toBe('query.risk');
    expect(approved.status).toBe('approved');
  });
});
