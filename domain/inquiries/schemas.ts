/**
 * An inquiry and the compliance officer's decision as the API accepts them; kept apart from the rules so that the workflow bundle carries no zod: each workflow instance
 * evaluates its modules afresh, and building these schemas was about 40% of the workflow thread's CPU.
 */
import { z } from 'zod';
import { inquiryCategories, legalBases, type LegalBasis } from './codes';

export const inquirySchema = z
  .strictObject({
    reference: z.string().trim().min(1).max(200),
    legalBasis: z.enum(Object.keys(legalBases) as [LegalBasis, ...LegalBasis[]]),
    /** The order's own citation, e.g. the case number. */
    legalBasisDetail: z.string().trim().max(1000).optional(),
    sellers: z
      .array(z.strictObject({ sellerId: z.string().regex(/^sel_[0-9a-z]{20}$/, 'must be a seller ID') }))
      .min(1)
      .max(50),
    categories: z.array(z.enum(inquiryCategories)).min(1),
    dueAt: z.iso.datetime({ offset: true }).refine((d) => Date.parse(d) > Date.now(), 'must be in the future'),
    /**
     * Whether the order lets the seller be told of it and of the effect given to it (DSA Art. 9(5),
     * 10(5)): by default it is told when the order is acted on; an order may forbid it, or delay it.
     */
    sellerNotice: z
      .strictObject({
        withhold: z.boolean(),
        until: z.iso.datetime({ offset: true }).optional(),
      })
      .refine((n) => !(n.withhold && n.until), 'give withhold or until, not both')
      .optional(),
    /**
     * An order that arrived by email, post or in person, logged by a compliance officer: who sent it
     * and when it arrived. A regulator's own key names its authority and sends no such field.
     */
    receivedFrom: z
      .strictObject({
        authority: z.string().trim().min(2).max(200),
        jurisdiction: z.union([z.literal('EU'), z.string().regex(/^[A-Z]{2}$/, 'must be EU or an ISO country code')]),
        via: z.enum(['email', 'post', 'in_person']),
        receivedAt: z.iso.datetime({ offset: true }).refine((d) => Date.parse(d) <= Date.now() + 60_000, 'cannot be in the future'),
      })
      .optional(),
  })
  .superRefine((q, ctx) => {
    const allowed: readonly string[] = legalBases[q.legalBasis].categories;
    q.categories.forEach((c, i) => {
      if (!allowed.includes(c)) ctx.addIssue({ code: 'custom', path: ['categories', i], message: `${c} is beyond what ${q.legalBasis} can reach` });
    });
    // Telling the customer of an AML request would be tipping-off (Directive (EU) 2015/849, Art. 39(1)).
    if (q.legalBasis === 'aml_record_request' && q.sellerNotice && !q.sellerNotice.withhold)
      ctx.addIssue({ code: 'custom', path: ['sellerNotice', 'withhold'], message: 'must be true: an AML record request is never disclosed to the customer' });
  });
export type InquiryRequest = z.infer<typeof inquirySchema>;

export const inquiryDecisionSchema = z.strictObject({
  outcome: z.enum(['approve', 'decline']),
  note: z.string().trim().min(1).max(4000),
});
export type InquiryDecision = z.infer<typeof inquiryDecisionSchema>;
