import { capabilitiesUnder, performanceStatement, EEA_COUNTRIES } from '../../domain/enforcement/enforcement';
import { transparencyDatabaseStatement } from '../../domain/enforcement/transparency-statement';
import { appealDecisionSchema, appealRequestSchema } from '../../domain/appeals/schemas';
import { enforcementLadder, ladderStep, standingFor, violatedRules } from '../../domain/performance/policy';
import { sums } from '../helpers/performance-sums';

describe('the performance policy', () => {
  it('finds the rules a seller breaks, at and beyond each threshold', () => {
    expect(violatedRules(sums({}))).toEqual([]);
    expect(violatedRules(sums({ order_defect_rate_60d: [10, 1000] })).map((v) => v.rule.id)).toEqual(['order_defect_rate_60d']); // exactly 1% breaks "under 1%"
    expect(violatedRules(sums({ order_defect_rate_60d: [9, 1000] }))).toEqual([]);
    expect(violatedRules(sums({ cancellation_rate_7d: [30, 1000] }))[0]).toMatchObject({ rate: 0.03, volume: 1000 });
  });

  it('counts a minimum rate (valid tracking) from below', () => {
    expect(violatedRules(sums({ valid_tracking_rate_30d: [940, 1000] })).map((v) => v.rule.id)).toEqual(['valid_tracking_rate_30d']);
    expect(violatedRules(sums({ valid_tracking_rate_30d: [950, 1000] })).map((v) => v.rule.id)).toEqual([]);
  });

  it('ignores a rate over too few orders to judge', () => {
    expect(violatedRules(sums({ order_defect_rate_60d: [5, 49] }))).toEqual([]);
    expect(violatedRules(sums({ order_defect_rate_60d: [5, 50] }))).toHaveLength(1);
  });

  it('climbs the ladder with the points, and only suspension and deactivation need a person', () => {
    expect([0, 1, 3, 4, 6, 8, 11, 12, 40].map(standingFor)).toEqual([
      'good',
      'warning',
      'warning',
      'feature_restriction',
      'reduced_visibility',
      'suspension',
      'suspension',
      'deactivation',
      'deactivation',
    ]);
    expect(enforcementLadder.filter((s) => s.humanDecision).map((s) => s.level)).toEqual(['suspension', 'deactivation']);
    expect(ladderStep('deactivation')!.noticeHours).toBe(30 * 24);
  });
});

describe('statements of reasons', () => {
  const step = ladderStep('suspension')!;
  const statement = performanceStatement(step, violatedRules(sums({ order_defect_rate_60d: [23, 1000] })), 9, '2026-11-21', 'performance-2026-11-v1');

  it('gives the facts, the ground, automation, scope, duration and redress', () => {
    expect(statement.facts[0]).toBe('order defect rate under 1% over 60 days: 2.30% over the 60 days to 2026-11-21, on 1000 orders.');
    expect(statement.ground).toMatchObject({ type: 'terms', references: ['Seller Standards 3.1 (order defect rate)'] });
    expect(statement).toMatchObject({ automatedDetection: true, automatedDecision: 'partially', scope: { type: 'suspension' }, duration: { noticeHours: 48, durationDays: null } });
    expect(statement.redress.appeal).toMatch(/183 days/);
  });

  it('exports to the Transparency Database without the seller, under the platform ID', () => {
    const body = transparencyDatabaseStatement({
      id: 'enf_1',
      type: 'suspension',
      statement,
      effectiveAt: '2026-11-23T10:00:00.000Z',
      endsAt: null,
      decidedAt: '2026-11-21T10:00:00.000Z',
      contentDate: '2025-03-02T09:00:00.000Z',
      territorialScope: EEA_COUNTRIES,
    })!;
    expect(body).toMatchObject({
      puid: 'enf_1',
      decision_account: 'DECISION_ACCOUNT_SUSPENDED',
      application_date: '2026-11-23',
      content_date: '2025-03-02',
      category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
      automated_decision: 'AUTOMATED_DECISION_PARTIALLY',
      territorial_scope: EEA_COUNTRIES,
    });
    expect(body.decision_facts).toContain('2.30%');
  });
});

describe('capabilities under enforcement', () => {
  it('takes the most restrictive of the actions in effect', () => {
    expect(capabilitiesUnder('active', [])).toEqual({ listing: true, selling: true, payouts: true, visibility: 'normal', restrictedFeatures: [] });
    expect(capabilitiesUnder('active', [ladderStep('feature_restriction')!.restrictions, ladderStep('reduced_visibility')!.restrictions])).toMatchObject({
      selling: true,
      visibility: 'reduced',
      restrictedFeatures: ['promotions', 'new_listings_in_restricted_categories'],
    });
    expect(capabilitiesUnder('suspended', [])).toMatchObject({ selling: false, visibility: 'hidden' });
  });
});

describe('appeals', () => {
  it('needs a reasoned statement and fixed reason codes per outcome', () => {
    expect(appealRequestSchema.safeParse({ subject: { type: 'enforcement', id: 'enf_00000000000000000000' }, statement: 'short' }).success).toBe(false);
    expect(appealDecisionSchema.safeParse({ outcome: 'overturn', reasons: ['decision_correct'], note: 'x' }).success).toBe(false);
    expect(appealDecisionSchema.safeParse({ outcome: 'modify', reasons: ['disproportionate'], note: 'x' }).error?.issues[0].path).toEqual(['replaceWith']);
    expect(appealDecisionSchema.safeParse({ outcome: 'modify', reasons: ['disproportionate'], note: 'x', replaceWith: 'warning' }).success).toBe(true);
  });
});
