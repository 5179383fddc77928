/**
 * The QA agreement and root-cause reports against hand-counted fixtures in a real Postgres:
 * agreement per investigator and per reason code of the first decision (unreviewed samples count as
 * sampled only), and the leading root causes with their monthly trend and latest mitigation
 * (cancelled tasks and tasks without a root cause are not counted); and the two-monthly targets:
 * SLA attainment of the tasks decided in each period, the backlog's median age at its end.
 */
import { createDb, type Db } from '../../db/knex';
import { listAgreement } from '../../db/operations/quality-reviews';
import { listRootCauseFigures } from '../../db/operations/root-causes';
import { listTargetFigures } from '../../db/operations/targets';
import { twoMonthPeriods } from '../../domain/operations/targets';
import { createTestDatabase } from '../helpers/system';

let db: Db;
beforeAll(async () => {
  db = createDb(await createTestDatabase());
});
afterAll(async () => {
  await db?.destroy();
});

const task = (id: string, kind: string, status: string, decidedAt: string, rootCause: string | null) => ({
  id,
  kind,
  queue: `${kind}s`,
  status,
  priority: 2,
  reasons: JSON.stringify([]),
  subject_id: `case_${id}`,
  sla_due_at: new Date(decidedAt),
  decided_at: new Date(decidedAt),
  root_cause: rootCause,
});

const sample = (taskId: string, by: string, outcome: string, reasons: string[], second?: string) => ({
  task_id: taskId,
  kind: 'investigation',
  subject_id: `case_${taskId}`,
  original_decided_by: by,
  original_decided_by_name: by.replace('key_', ''),
  original_outcome: outcome,
  original_reasons: JSON.stringify(reasons),
  outcome: second ?? null,
  agreed: second === undefined ? null : second === outcome,
  reviewer_id: second === undefined ? null : 'key_qa',
  reviewed_at: second === undefined ? null : new Date('2026-11-25T10:00:00Z'),
  sampled_at: new Date('2026-11-21T10:00:00Z'),
});

beforeAll(async () => {
  await db('review_tasks').insert([
    task('rvt_q1', 'investigation', 'decided', '2026-10-05T10:00:00Z', 'deliberate_fraud'),
    task('rvt_q2', 'investigation', 'decided', '2026-11-03T10:00:00Z', 'deliberate_fraud'),
    task('rvt_q3', 'notice', 'decided', '2026-11-20T10:00:00Z', 'deliberate_fraud'),
    task('rvt_q4', 'notice', 'decided', '2026-11-10T10:00:00Z', 'listing_quality'),
    task('rvt_q5', 'notice', 'decided', '2026-10-15T10:00:00Z', 'listing_quality'),
    task('rvt_q6', 'dispute', 'decided', '2026-11-11T10:00:00Z', 'logistics_failure'),
    task('rvt_q7', 'dispute', 'cancelled', '2026-11-12T10:00:00Z', 'logistics_failure'),
    task('rvt_q8', 'dispute', 'decided', '2026-11-13T10:00:00Z', null),
  ]);
  await db('quality_reviews').insert([
    sample('rvt_q1', 'key_ann', 'enforce', ['fraud_confirmed'], 'enforce'),
    sample('rvt_q2', 'key_ann', 'enforce', ['fraud_confirmed', 'policy_violation'], 'no_action'),
    sample('rvt_q4', 'key_bob', 'action', ['counterfeit_confirmed'], 'action'),
    sample('rvt_q5', 'key_bob', 'no_action', ['not_illegal']),
    sample('rvt_q6', 'key_bob', 'buyer_favour', ['no_proof_of_delivery'], 'buyer_favour'),
  ]);
  await db('root_cause_mitigations').insert([
    {
      id: 'mit_old',
      root_cause: 'deliberate_fraud',
      period: '2026-10',
      mitigation: 'Manual check of new electronics sellers.',
      recorded_by: 'key_lead',
      recorded_by_name: 'Lead',
      created_at: new Date('2026-10-20T09:00:00Z'),
    },
    {
      id: 'mit_new',
      root_cause: 'deliberate_fraud',
      period: '2026-12',
      mitigation: 'Device links checked at onboarding.',
      recorded_by: 'key_lead',
      recorded_by_name: 'Lead',
      created_at: new Date('2026-12-01T09:00:00Z'),
    },
  ]);
});

it('counts agreement per investigator and per reason code of the first decision', async () => {
  expect(await listAgreement(db)).toEqual({
    byInvestigator: [
      { investigatorId: 'key_ann', name: 'ann', sampled: 2, reviewed: 2, agreed: 1, agreementRate: 0.5 },
      { investigatorId: 'key_bob', name: 'bob', sampled: 3, reviewed: 2, agreed: 2, agreementRate: 1 },
    ],
    byReason: [
      { reason: 'counterfeit_confirmed', sampled: 1, reviewed: 1, agreed: 1, agreementRate: 1 },
      { reason: 'fraud_confirmed', sampled: 2, reviewed: 2, agreed: 1, agreementRate: 0.5 },
      { reason: 'no_proof_of_delivery', sampled: 1, reviewed: 1, agreed: 1, agreementRate: 1 },
      { reason: 'not_illegal', sampled: 1, reviewed: 0, agreed: 0, agreementRate: null },
      { reason: 'policy_violation', sampled: 1, reviewed: 1, agreed: 0, agreementRate: 0 },
    ],
  });
  expect(await listAgreement(db, '2026-12-01')).toEqual({ byInvestigator: [], byReason: [] });
});

it('ranks the root causes with their monthly trend and the latest mitigation of each', async () => {
  const report = await listRootCauseFigures(db);
  expect(report.total).toBe(6);
  expect(report.months).toEqual(['2026-10', '2026-11']);
  expect(report.causes.map((c) => [c.rootCause, c.count, c.share, c.trend.map((t) => t.count)])).toEqual([
    ['deliberate_fraud', 3, 0.5, [1, 2]],
    ['listing_quality', 2, 2 / 6, [1, 1]],
    ['logistics_failure', 1, 1 / 6, [0, 1]],
  ]);
  expect(report.causes[0].mitigation).toEqual({ period: '2026-12', text: 'Device links checked at onboarding.', recordedBy: { id: 'key_lead', name: 'Lead' }, recordedAt: '2026-12-01T09:00:00.000Z' });
  expect(report.causes[1].mitigation).toBeNull();
  // November alone.
  expect((await listRootCauseFigures(db, '2026-11-01', '2026-12-01')).causes.map((c) => [c.rootCause, c.count])).toEqual([
    ['deliberate_fraud', 2],
    ['listing_quality', 1],
    ['logistics_failure', 1],
  ]);
});

it('reports SLA attainment and backlog age per two-month period against the targets', async () => {
  const at = (iso: string) => new Date(iso);
  const timed = (id: string, created: string, due: string, decided: string | null) => ({
    id,
    kind: 'investigation',
    queue: 'investigations',
    status: decided ? 'decided' : 'open',
    priority: 2,
    reasons: JSON.stringify([]),
    created_at: at(created),
    sla_due_at: at(due),
    decided_at: decided ? at(decided) : null,
  });
  await db('review_tasks').insert([
    timed('rvt_ta', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', '2026-11-01T12:00:00Z'),
    timed('rvt_tb', '2026-11-05T00:00:00Z', '2026-11-06T00:00:00Z', '2026-11-08T00:00:00Z'),
    timed('rvt_tc', '2026-12-29T00:00:00Z', '2026-12-30T00:00:00Z', null),
    timed('rvt_td', '2026-12-30T00:00:00Z', '2026-12-31T00:00:00Z', null),
    timed('rvt_te', '2026-09-10T00:00:00Z', '2026-09-11T00:00:00Z', '2026-09-10T06:00:00Z'),
    timed('rvt_tf', '2026-10-30T00:00:00Z', '2026-10-31T00:00:00Z', '2026-11-02T00:00:00Z'),
  ]);
  const now = at('2026-12-31T00:00:00Z');
  const periods = twoMonthPeriods(now, 6);
  expect(periods.map((p) => p.period)).toEqual(['2026-01/2026-02', '2026-03/2026-04', '2026-05/2026-06', '2026-07/2026-08', '2026-09/2026-10', '2026-11/2026-12']);
  const figures = await listTargetFigures(db, periods, { slaAttainment: 0.95, backlogAgeHours: 48 }, now);
  expect(figures[0]).toMatchObject({ decided: 0, slaAttainment: null, meetsSlaTarget: null, openAtEnd: 0, medianBacklogAgeHours: null, meetsBacklogTarget: true });
  // September-October: rvt_te and the two October fixtures within their SLA; rvt_tf open at the end, two days old.
  expect(figures[4]).toMatchObject({ decided: 3, withinSla: 3, slaAttainment: 1, meetsSlaTarget: true, openAtEnd: 1, medianBacklogAgeHours: 48, meetsBacklogTarget: true });
  // November-December (to now): five November fixtures and rvt_ta within, rvt_tb and rvt_tf late; rvt_tc (48 h) and rvt_td (24 h) open.
  expect(figures[5]).toMatchObject({ decided: 8, withinSla: 6, slaAttainment: 0.75, meetsSlaTarget: false, openAtEnd: 2, medianBacklogAgeHours: 36, meetsBacklogTarget: true });
});
