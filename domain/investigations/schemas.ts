/**
 * A report and an investigation's decision as the API accepts them; kept apart from the rules so that the workflow bundle carries no zod: each workflow instance
 * evaluates its modules afresh, and building these schemas was about 40% of the workflow thread's CPU.
 */
import { z } from 'zod';
import { rootCauses } from '../operations/root-causes';
import { enforcementTypes } from '../enforcement/enforcement';
import { investigationReasonCodes, reportCategories } from './codes';
import { allCodes, refineReasons } from '../shared/reason-codes';

export const reportSchema = z.strictObject({
  sellerId: z.string().regex(/^sel_[0-9a-z]{20}$/, 'must be the ID of a seller'),
  category: z.enum(reportCategories),
  description: z.string().trim().min(10, 'describe what happened in a few words').max(10_000),
  evidence: z
    .array(z.union([z.url(), z.string().regex(/^doc_[0-9a-z]{20}$/)]))
    .max(20)
    .default([]),
  reporter: z.strictObject({
    type: z.enum(['buyer', 'internal']),
    contact: z.email().optional(),
  }),
});
export type ReportInput = z.infer<typeof reportSchema>;

const allReasons = allCodes(investigationReasonCodes);

export const investigationDecisionSchema = z
  .strictObject({
    outcome: z.enum(['no_action', 'enforce']),
    reasons: z.array(z.enum(allReasons)).min(1),
    note: z.string().trim().min(1).max(4000),
    /** Why the case happened at all (domain/operations/root-causes.ts), for the root-cause report. */
    rootCause: z.enum(rootCauses).optional(),
    action: z
      .strictObject({
        type: z.enum(enforcementTypes as unknown as [string, ...string[]]),
        ground: z.strictObject({ type: z.enum(['terms', 'law']), reference: z.string().trim().min(3).max(300), explanation: z.string().trim().min(3).max(2000) }),
        /** The facts for the statement of reasons: what happened, without names or contact details. */
        facts: z.array(z.string().trim().min(3).max(1000)).min(1).max(10),
        /** The seller alone, or its whole account group: each linked seller gets the action with its own statement of reasons. */
        scope: z.enum(['seller', 'group']).default('seller'),
      })
      .optional(),
  })
  .superRefine((d, ctx) => {
    refineReasons(ctx, investigationReasonCodes, d.outcome, d.reasons);
    if (d.outcome === 'enforce' && !d.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'is required to enforce' });
    if (d.outcome === 'no_action' && d.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'is only for enforce' });
  });
export type InvestigationDecision = z.infer<typeof investigationDecisionSchema>;
