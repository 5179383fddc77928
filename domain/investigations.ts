/**
 * Investigations of an approved seller: reports from buyers and internal teams, metric anomalies and
 * new screening hits about the same seller are grouped into one case with an SLA; a reviewer ends it
 * with no action or an enforcement action whose statement of reasons the reviewer writes.
 */
import { z } from 'zod';
import { allCodes, refineReasons } from './reason-codes';
import { enforcementTypes } from './enforcement';

export const reportCategories = ['counterfeit', 'prohibited_items', 'fraud', 'misleading_listing', 'non_delivery', 'ip_infringement', 'other'] as const;
export type ReportCategory = (typeof reportCategories)[number];

/** The urgent categories are looked at within a day; the rest within three. */
export const slaHoursFor = (categories: readonly string[]) => (categories.some((c) => ['counterfeit', 'prohibited_items', 'fraud'].includes(c)) ? 24 : 72);

export const reportSchema = z.strictObject({
  sellerId: z.string().regex(/^sel_[0-9a-z]{20}$/, 'must be the ID of a seller'),
  category: z.enum(reportCategories),
  description: z.string().trim().min(10, 'describe what happened in a few words').max(10_000),
  evidence: z.array(z.union([z.url(), z.string().regex(/^doc_[0-9a-z]{20}$/)])).max(20).default([]),
  reporter: z.strictObject({
    type: z.enum(['buyer', 'internal']),
    contact: z.email().optional(),
  }),
});
export type ReportInput = z.infer<typeof reportSchema>;

/** What can join an investigation, as the signals its workflow receives. */
export type InvestigationSignal =
  | { source: 'report'; reportId: string; category: ReportCategory }
  | { source: 'anomaly'; rule: string; recentRate: number; baselineRate: number }
  | { source: 'screening_hit'; applicationId: string; checkId: string; entryIds: string[] }
  | { source: 'document_lapsed'; requestId: string; personId: string; outcome: 'not_renewed' | 'not_verified' };

export const investigationReasonCodes = {
  no_action: ['unfounded', 'insufficient_evidence', 'resolved_with_seller', 'false_positive_match'],
  enforce: ['counterfeit_confirmed', 'prohibited_items_confirmed', 'fraud_confirmed', 'policy_violation', 'sanctions_match_confirmed', 'performance_deteriorating'],
} as const;

const allReasons = allCodes(investigationReasonCodes);

export const investigationDecisionSchema = z
  .strictObject({
    outcome: z.enum(['no_action', 'enforce']),
    reasons: z.array(z.enum(allReasons)).min(1),
    note: z.string().trim().min(1).max(4000),
    action: z
      .strictObject({
        type: z.enum(enforcementTypes as unknown as [string, ...string[]]),
        ground: z.strictObject({ type: z.enum(['terms', 'law']), reference: z.string().trim().min(3).max(300), explanation: z.string().trim().min(3).max(2000) }),
        /** The facts for the statement of reasons: what happened, without names or contact details. */
        facts: z.array(z.string().trim().min(3).max(1000)).min(1).max(10),
      })
      .optional(),
  })
  .superRefine((d, ctx) => {
    refineReasons(ctx, investigationReasonCodes, d.outcome, d.reasons);
    if (d.outcome === 'enforce' && !d.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'is required to enforce' });
    if (d.outcome === 'no_action' && d.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'is only for enforce' });
  });
export type InvestigationDecision = z.infer<typeof investigationDecisionSchema>;

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
