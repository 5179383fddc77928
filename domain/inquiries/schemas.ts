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
  })
  .superRefine((q, ctx) => {
    const allowed: readonly string[] = legalBases[q.legalBasis].categories;
    q.categories.forEach((c, i) => {
      if (!allowed.includes(c)) ctx.addIssue({ code: 'custom', path: ['categories', i], message: `${c} is beyond what ${q.legalBasis} can reach` });
    });
  });
export type InquiryRequest = z.infer<typeof inquirySchema>;

export const inquiryDecisionSchema = z.strictObject({
  outcome: z.enum(['approve', 'decline']),
  note: z.string().trim().min(1).max(4000),
});
export type InquiryDecision = z.infer<typeof inquiryDecisionSchema>;
