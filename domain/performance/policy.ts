/**
 * The seller performance policy, versioned: which rates are watched over which windows, the
 * thresholds (the public ones of large marketplaces), how many orders a window needs before its
 * rate counts, the points a violation costs and for how long, and the enforcement ladder the
 * points climb. Pure, so the evaluation, the tests and the statements of reasons share one source.
 */
export const PERFORMANCE_POLICY_VERSION = 'performance-2026-11-v1';

export type RateMetric = 'order_defect_rate' | 'cancellation_rate' | 'late_shipment_rate' | 'valid_tracking_rate';

export interface PerformanceRule {
  /** A stable name: the metric and its window. */
  id: string;
  metric: RateMetric;
  windowDays: number;
  /** The rate's numerator and denominator columns in the daily metrics. */
  numerator: 'order_defects' | 'pre_fulfilment_cancellations' | 'late_shipments' | 'shipments_with_valid_tracking';
  denominator: 'orders' | 'shipments';
  /** 'max': a rate above the threshold violates; 'min': a rate below it does. */
  bound: 'max' | 'min';
  threshold: number;
  /** Fewer orders (or shipments) than this in the window and the rate says too little to act on. */
  minimumVolume: number;
  points: number;
  /** The terms clause a violation of this rule breaches, for the statement of reasons. */
  termsClause: string;
  description: string;
}

export const performanceRules: readonly PerformanceRule[] = [
  {
    id: 'order_defect_rate_60d',
    metric: 'order_defect_rate',
    windowDays: 60,
    numerator: 'order_defects',
    denominator: 'orders',
    bound: 'max',
    threshold: 0.01,
    minimumVolume: 50,
    points: 4,
    termsClause: 'Seller Standards 3.1 (order defect rate)',
    description: 'order defect rate under 1% over 60 days',
  },
  {
    id: 'cancellation_rate_7d',
    metric: 'cancellation_rate',
    windowDays: 7,
    numerator: 'pre_fulfilment_cancellations',
    denominator: 'orders',
    bound: 'max',
    threshold: 0.025,
    minimumVolume: 20,
    points: 2,
    termsClause: 'Seller Standards 3.2 (pre-fulfilment cancellations)',
    description: 'pre-fulfilment cancellation rate under 2.5% over 7 days',
  },
  {
    id: 'late_shipment_rate_10d',
    metric: 'late_shipment_rate',
    windowDays: 10,
    numerator: 'late_shipments',
    denominator: 'shipments',
    bound: 'max',
    threshold: 0.04,
    minimumVolume: 20,
    points: 1,
    termsClause: 'Seller Standards 3.3 (late shipment)',
    description: 'late shipment rate under 4% over 10 days',
  },
  {
    id: 'late_shipment_rate_30d',
    metric: 'late_shipment_rate',
    windowDays: 30,
    numerator: 'late_shipments',
    denominator: 'shipments',
    bound: 'max',
    threshold: 0.04,
    minimumVolume: 50,
    points: 2,
    termsClause: 'Seller Standards 3.3 (late shipment)',
    description: 'late shipment rate under 4% over 30 days',
  },
  {
    id: 'valid_tracking_rate_30d',
    metric: 'valid_tracking_rate',
    windowDays: 30,
    numerator: 'shipments_with_valid_tracking',
    denominator: 'shipments',
    bound: 'min',
    threshold: 0.95,
    minimumVolume: 50,
    points: 1,
    termsClause: 'Seller Standards 3.4 (valid tracking)',
    description: 'valid tracking rate above 95% over 30 days',
  },
];

/** Points count for this long after the violation; then they age out. */
export const VIOLATION_AGEING_DAYS = 90;
/** A rule still violated is recorded again (more points) only after this many days. */
export const VIOLATION_REPEAT_DAYS = 30;
/** The longest window any rule reads. */
export const LONGEST_WINDOW_DAYS = Math.max(...performanceRules.map((r) => r.windowDays));

export const standingLevels = ['good', 'warning', 'feature_restriction', 'reduced_visibility', 'suspension', 'deactivation'] as const;
export type StandingLevel = (typeof standingLevels)[number];

export interface LadderStep {
  level: Exclude<StandingLevel, 'good'>;
  /** Active points at or above which the seller stands here. */
  minimumPoints: number;
  /** Time between the decision and the action taking effect, in which the seller can fix the cause or appeal. */
  noticeHours: number;
  /** How long the action lasts once in effect; undefined: until lifted (by evaluation or appeal). */
  durationDays?: number;
  /** Only a human may decide this step (DSA Art. 20 spirit; our policy for loss of the whole service). */
  humanDecision: boolean;
  /** What the seller may no longer do while it is in effect. */
  restrictions: { listing?: false; selling?: false; payouts?: false; visibility?: 'reduced' | 'hidden'; features?: string[] };
}

export const enforcementLadder: readonly LadderStep[] = [
  { level: 'warning', minimumPoints: 1, noticeHours: 0, durationDays: 30, humanDecision: false, restrictions: {} },
  { level: 'feature_restriction', minimumPoints: 4, noticeHours: 72, durationDays: 30, humanDecision: false, restrictions: { features: ['promotions', 'new_listings_in_restricted_categories'] } },
  { level: 'reduced_visibility', minimumPoints: 6, noticeHours: 72, durationDays: 30, humanDecision: false, restrictions: { visibility: 'reduced' } },
  { level: 'suspension', minimumPoints: 8, noticeHours: 48, humanDecision: true, restrictions: { selling: false, listing: false, payouts: false } },
  // Terminating the whole service needs 30 days' notice (EU P2B Regulation Art. 4).
  { level: 'deactivation', minimumPoints: 12, noticeHours: 30 * 24, humanDecision: true, restrictions: { selling: false, listing: false, payouts: false, visibility: 'hidden' } },
];

export function standingFor(points: number): StandingLevel {
  let level: StandingLevel = 'good';
  for (const step of enforcementLadder) if (points >= step.minimumPoints) level = step.level;
  return level;
}

/** The ladder's step of a level; a sanctions hold is no step of it (undefined). */
export function ladderStep(level: string): LadderStep | undefined {
  return enforcementLadder.find((s) => s.level === level);
}

export const severity = (level: StandingLevel) => standingLevels.indexOf(level);

/** One seller's sums over each rule's window, as the evaluation query returns them. */
export type WindowSums = Record<string, { numerator: number; denominator: number }>;

export interface RuleViolation {
  rule: PerformanceRule;
  rate: number;
  volume: number;
}

/** The rules a seller's windows break, given enough volume to judge. */
export function violatedRules(sums: WindowSums): RuleViolation[] {
  return performanceRules.flatMap((rule) => {
    const s = sums[rule.id];
    if (!s || s.denominator < rule.minimumVolume) return [];
    const rate = s.numerator / s.denominator;
    const breaks = rule.bound === 'max' ? rate >= rule.threshold : rate < rule.threshold;
    return breaks ? [{ rule, rate, volume: s.denominator }] : [];
  });
}
