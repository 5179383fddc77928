/**
 * Investigations of an approved seller: reports from buyers and internal teams, metric anomalies and
 * new screening hits about the same seller are grouped into one case with an SLA; a reviewer ends it
 * with no action or an enforcement action whose statement of reasons the reviewer writes.
 */
import type { Actor } from '../shared/actor';
import type { ReportCategory } from './codes';
import type { ReportInput } from './schemas';

/** The urgent categories are looked at within a day; the rest within three. */
export const slaHoursFor = (categories: readonly string[]) => (categories.some((c) => ['counterfeit', 'prohibited_items', 'fraud'].includes(c)) ? 24 : 72);

/** What can join an investigation, as the signals its workflow receives. */
export type InvestigationSignal =
  | { source: 'report'; reportId: string; category: ReportCategory }
  | { source: 'anomaly'; rule: string; recentRate: number; baselineRate: number }
  | { source: 'screening_hit'; applicationId: string; checkId: string; entryIds: string[]; listVersion?: string; /** SANCTIONS_HIT_SLA_HOURS when it was raised; absent: 24. */ slaHours?: number }
  | { source: 'document_lapsed'; requestId: string; personId: string; outcome: 'not_renewed' | 'not_verified' }
  | { source: 'requirements_lapsed'; requestId: string; items: string[] }
  /** The company register changed (status, officers, persons with significant control) and the registry check no longer passes. */
  | { source: 'registry_change'; applicationId: string; checkId: string; code?: string; changes: string[] }
  /** A dispute the buyer won whose rule asks for an investigation (a counterfeit). */
  | { source: 'dispute'; disputeId: string; scenario: string }
  /** The early warning on disputes (domain/disputes/rules.ts): seller-fault disputes against orders over 30 days. */
  | { source: 'dispute_rate'; sellerFault: number; orders: number }
  /** A reviewer opened it on the seller's account group (db/account-groups/groups.ts): the members when it was opened. */
  | { source: 'account_group'; memberIds: string[] };

/**
 * A metric anomaly: the last week's rate against the seller's own baseline (the 53 days before it),
 * caught while still under the policy's threshold (at or over it, the policy itself acts): three
 * times the baseline and at least half a percentage point more, and at least half the threshold.
 */
export const ANOMALY_RULES = [
  { id: 'cancellation_jump', numerator: 'pre_fulfilment_cancellations', denominator: 'orders', threshold: 0.025 },
  { id: 'defect_jump', numerator: 'order_defects', denominator: 'orders', threshold: 0.01 },
] as const;
export const ANOMALY = { recentDays: 7, baselineDays: 53, factor: 3, minimumIncrease: 0.005, minimumRecentOrders: 50 } as const;

export function isAnomalous(recent: { n: number; d: number }, baseline: { n: number; d: number }, threshold: number): boolean {
  if (recent.d < ANOMALY.minimumRecentOrders || baseline.d === 0) return false;
  const r = recent.n / recent.d;
  const b = baseline.n / baseline.d;
  return r < threshold && r >= Math.max(b * ANOMALY.factor, b + ANOMALY.minimumIncrease) && r >= threshold * 0.5;
}

export type { InvestigationDecision, ReportInput } from './schemas';

/**
 * A report as filed, travelling beside its signal to the investigation workflow, which records it
 * (one writer per fact). Kept out of the signal itself, which the case record stores: the report's
 * text and the reporter's contact go to the reports table only.
 */
export interface ReportFiling {
  reportId: string;
  report: ReportInput;
  receivedBy: Actor;
  requestId?: string;
}
