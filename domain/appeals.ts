/**
 * Appeals (DSA Art. 20): a seller contests an enforcement action or a rejected application, within
 * six months of the decision, with free text and evidence. A person who did not take the original
 * decision decides, within an SLA; automation never decides an appeal.
 */
import { z } from 'zod';
import { allCodes, refineReasons } from './reason-codes';

export const APPEAL_SLA_DAYS = 7;

export const appealRequestSchema = z.strictObject({
  subject: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('enforcement'), id: z.string().regex(/^enf_[0-9a-z]{20}$/, 'must be the ID of an enforcement action') }),
    z.strictObject({ type: z.literal('application'), id: z.string().regex(/^app_[0-9a-z]{20}$/, 'must be the ID of an application') }),
  ]),
  statement: z.string().trim().min(10, 'say in a few words why the decision is wrong').max(10_000),
  evidence: z.array(z.union([z.string().regex(/^doc_[0-9a-z]{20}$/, 'must be a document ID'), z.url()])).max(20).default([]),
});

export const appealOutcomes = ['uphold', 'overturn', 'modify'] as const;
export type AppealOutcome = (typeof appealOutcomes)[number];

export const appealReasonCodes = {
  uphold: ['decision_correct', 'evidence_insufficient', 'policy_applied_correctly'],
  overturn: ['metrics_error', 'decision_incorrect', 'new_evidence_accepted', 'policy_misapplied'],
  modify: ['disproportionate', 'partially_justified'],
} as const;

const allReasons = allCodes(appealReasonCodes);

export const appealDecisionSchema = z
  .strictObject({
    outcome: z.enum(appealOutcomes),
    reasons: z.array(z.enum(allReasons)).min(1),
    note: z.string().trim().min(1).max(4000),
    /** With modify: the lighter action that replaces the one appealed. */
    replaceWith: z.enum(['warning', 'feature_restriction', 'reduced_visibility']).optional(),
  })
  .superRefine((d, ctx) => {
    refineReasons(ctx, appealReasonCodes, d.outcome, d.reasons);
    if (d.outcome === 'modify' && !d.replaceWith) ctx.addIssue({ code: 'custom', path: ['replaceWith'], message: 'is required to modify' });
    if (d.outcome !== 'modify' && d.replaceWith) ctx.addIssue({ code: 'custom', path: ['replaceWith'], message: 'is only for modify' });
  });

export type AppealRequest = z.infer<typeof appealRequestSchema>;
export type AppealDecision = z.infer<typeof appealDecisionSchema>;
