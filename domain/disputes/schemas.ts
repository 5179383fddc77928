/** A dispute as the order systems file it, the seller's answer and a reviewer's decision, as the API accepts them. */
import { z } from 'zod';
import { rootCauses } from '../operations/root-causes';
import { allCodes, refineReasons } from '../shared/reason-codes';
import { disputeReasonCodes, disputeScenarios } from './codes';

const money = z.strictObject({
  amount: z.string().regex(/^\d{1,9}(\.\d{1,2})?$/, 'must be a decimal amount such as "12.50"'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
});
const evidence = z
  .array(z.union([z.url(), z.string().regex(/^doc_[0-9a-z]{20}$/)]))
  .max(20)
  .default([]);

export const disputeSchema = z.strictObject({
  /** The marketplace's order; one dispute per order and scenario. */
  orderId: z.string().max(200).trim().min(1),
  sellerId: z.string().regex(/^sel_[0-9a-z]{20}$/, 'must be the ID of a seller'),
  /** The marketplace's opaque ID of the buyer: no name or address. */
  buyerRef: z.string().max(200).trim().min(1),
  scenario: z.enum(disputeScenarios),
  category: z.string().max(100).trim().min(1),
  amount: money,
  description: z.string().max(5000).trim().min(5),
  evidence,
});
export type DisputeInput = z.infer<typeof disputeSchema>;

export const sellerResponseSchema = z.strictObject({
  answer: z.enum(['accept', 'contest']),
  statement: z.string().max(5000).trim().min(5),
  evidence,
});
export type SellerResponse = z.infer<typeof sellerResponseSchema>;

const allReasons = allCodes(disputeReasonCodes);

export const disputeDecisionSchema = z
  .strictObject({
    outcome: z.enum(['buyer_favour', 'partial_refund', 'seller_favour']),
    reasons: z.array(z.enum(allReasons)).min(1),
    note: z.string().max(4000).trim().min(1),
    /** Why the case happened at all (domain/operations/root-causes.ts), for the root-cause report. */
    rootCause: z.enum(rootCauses).optional(),
    refund: money.optional(),
  })
  .superRefine((d, ctx) => {
    refineReasons(ctx, disputeReasonCodes, d.outcome, d.reasons);
    if (d.outcome === 'partial_refund' && !d.refund) ctx.addIssue({ code: 'custom', path: ['refund'], message: 'is required for a partial refund' });
    if (d.outcome !== 'partial_refund' && d.refund) ctx.addIssue({ code: 'custom', path: ['refund'], message: 'is only for a partial refund' });
  });
export type DisputeDecision = z.infer<typeof disputeDecisionSchema>;

export const disputeAppealSchema = z.strictObject({
  by: z.enum(['seller', 'buyer']),
  statement: z.string().max(5000).trim().min(5),
  evidence,
});
export type DisputeAppeal = z.infer<typeof disputeAppealSchema>;
