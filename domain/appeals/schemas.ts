/**
 * An appeal and its decision as the API accepts them; kept apart from the rules so that the workflow bundle carries no zod: each workflow instance
 * evaluates its modules afresh, and building these schemas was about 40% of the workflow thread's CPU.
 */
import { z } from 'zod';
import { appealOutcomes, appealReasonCodes } from './codes';
import { allCodes, refineReasons } from '../shared/reason-codes';

export const appealRequestSchema = z.strictObject({
  subject: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('enforcement'), id: z.string().regex(/^enf_[0-9a-z]{20}$/, 'must be the ID of an enforcement action') }),
    z.strictObject({ type: z.literal('application'), id: z.string().regex(/^app_[0-9a-z]{20}$/, 'must be the ID of an application') }),
  ]),
  statement: z.string().trim().min(10, 'say in a few words why the decision is wrong').max(10_000),
  evidence: z
    .array(z.union([z.string().regex(/^doc_[0-9a-z]{20}$/, 'must be a document ID'), z.url()]))
    .max(20)
    .default([]),
});

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
