/**
 * The dispute rule report against a hand-counted fixture in a real Postgres: per rules version and
 * rule, what was decided by whom, appealed, overturned, and the median hours to the resolution;
 * withdrawn and unresolved disputes are not decisions of a rule.
 */
import { createDb, type Db } from '../../db/knex';
import { listDisputeRuleFigures } from '../../db/disputes/rule-report';
import { createTestDatabase } from '../helpers/system';

let db: Db;
beforeAll(async () => {
  db = createDb(await createTestDatabase());
  await db('sellers').insert({ id: 'sel_report', external_ref: 'report-fixture', status: 'active' });
});
afterAll(async () => {
  await db?.destroy();
});

const T = Date.parse('2026-11-02T08:00:00Z');
const HOUR = 3_600_000;
let n = 0;
function row(rulesVersion: string, ruleId: string, r: { by?: string; outcome?: string; hours?: number; fault?: boolean; appealed?: boolean; final?: string; status?: string }) {
  n += 1;
  const resolved = r.hours !== undefined;
  return {
    id: `dsp_fixture_${n}`,
    order_id: `ord-${n}`,
    seller_id: 'sel_report',
    buyer_ref: `buyer-${n}`,
    scenario: ruleId.split('.')[0],
    category: 'home',
    amount: '30.00',
    currency: 'GBP',
    details: 'sealed elsewhere; not read by the report',
    rules_version: rulesVersion,
    rule_id: ruleId,
    path: r.by === 'rule' ? 'auto_refund' : 'seller_response',
    status: r.status ?? (r.appealed ? 'closed' : 'resolved'),
    outcome: r.outcome ?? null,
    decided_by_kind: r.by ?? null,
    seller_fault: r.fault ?? null,
    resolved_at: resolved ? new Date(T + r.hours! * HOUR) : null,
    appealed_at: r.appealed ? new Date(T + (r.hours! + 1) * HOUR) : null,
    final_outcome: r.final ?? r.outcome ?? null,
    overturned: r.final !== undefined && r.final !== r.outcome,
    received_by: 'key_orders',
    created_at: new Date(T),
  };
}

it('counts each rule’s decisions, appeals, overturns and median time to resolution, version by version', async () => {
  const v1 = 'disputes-2026-12';
  const v2 = 'disputes-2027-01';
  await db('disputes').insert([
    row(v1, 'not_received.default', { by: 'rule', outcome: 'buyer_favour', hours: 0, fault: false }),
    row(v1, 'not_received.default', { by: 'deadline', outcome: 'buyer_favour', hours: 72, fault: false, appealed: true, final: 'seller_favour' }),
    row(v1, 'not_received.default', { by: 'reviewer', outcome: 'seller_favour', hours: 96, fault: false, appealed: true, final: 'seller_favour' }),
    row(v1, 'not_received.default', { by: 'buyer', outcome: 'withdrawn', hours: 5, status: 'closed' }),
    row(v1, 'not_received.default', { status: 'awaiting_seller' }),
    row(v1, 'counterfeit.default', { by: 'reviewer', outcome: 'buyer_favour', hours: 24, fault: true }),
    row(v1, 'counterfeit.default', { by: 'reviewer', outcome: 'seller_favour', hours: 48, fault: true, appealed: true, final: 'buyer_favour' }),
    row(v2, 'not_received.default', { by: 'deadline', outcome: 'buyer_favour', hours: 72, fault: true }),
  ]);
  const figures = await listDisputeRuleFigures(db);
  expect(figures).toEqual([
    {
      rulesVersion: v1,
      ruleId: 'counterfeit.default',
      decided: 2,
      automatic: 0,
      byDeadline: 0,
      byReviewer: 2,
      appealed: 1,
      overturned: 1,
      overturnRate: 0.5,
      buyerFavour: 2,
      sellerFault: 2,
      medianHoursToResolution: 36,
    },
    {
      rulesVersion: v1,
      ruleId: 'not_received.default',
      decided: 3,
      automatic: 1,
      byDeadline: 1,
      byReviewer: 1,
      appealed: 2,
      overturned: 1,
      overturnRate: 1 / 3,
      buyerFavour: 1,
      sellerFault: 0,
      medianHoursToResolution: 72,
    },
    {
      rulesVersion: v2,
      ruleId: 'not_received.default',
      decided: 1,
      automatic: 0,
      byDeadline: 1,
      byReviewer: 0,
      appealed: 0,
      overturned: 0,
      overturnRate: 0,
      buyerFavour: 1,
      sellerFault: 1,
      medianHoursToResolution: 72,
    },
  ]);
  // A period that ends before the fixture's disputes has nothing to count.
  expect(await listDisputeRuleFigures(db, '2026-10-01', '2026-11-01')).toEqual([]);
});
