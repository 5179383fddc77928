/**
 * The reviewer's decision on an application as the API accepts it; kept apart from the rules so that the workflow bundle carries no zod: each workflow instance
 * evaluates its modules afresh, and building these schemas was about 40% of the workflow thread's CPU.
 */
import { z } from 'zod';
import { allCodes, refineReasons } from '../shared/reason-codes';
import { reviewOutcomes, reviewReasonCodes } from './codes';

const allReasons = allCodes(reviewReasonCodes);

export const reviewDecisionSchema = z
  .strictObject({
    outcome: z.enum(reviewOutcomes),
    rejectType: z.enum(['retry', 'final']).optional(),
    reasons: z.array(z.enum(allReasons)).min(1),
    note: z.string().trim().max(4000).optional(),
    requestedItems: z.array(z.string().min(1).max(200)).max(50).optional(),
  })
  .superRefine((d, ctx) => {
    refineReasons(ctx, reviewReasonCodes, d.outcome, d.reasons);
    if (d.outcome === 'reject' && !d.rejectType) ctx.addIssue({ code: 'custom', path: ['rejectType'], message: 'is required when rejecting' });
    if (d.outcome !== 'reject' && d.rejectType) ctx.addIssue({ code: 'custom', path: ['rejectType'], message: 'is only for rejections' });
    if (d.outcome === 'request_information' && !d.requestedItems?.length) {
      ctx.addIssue({ code: 'custom', path: ['requestedItems'], message: 'name at least one item' });
    }
  });

export type ReviewDecisionInput = z.infer<typeof reviewDecisionSchema>;
