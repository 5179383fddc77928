/**
 * Regulator inquiries (DSA Art. 10 orders, INFORM Act requests, AML record requests): which data
 * categories each legal basis can reach (data minimisation), who approves the answer (a compliance
 * officer; a second one when identity documents go out), and when the deadline escalates.
 */
import { z } from 'zod';
import { EEA_COUNTRIES } from './enforcement';

export const inquiryCategories = ['trader_traceability', 'verification_summary', 'enforcement_actions', 'audit_trail', 'identity_documents'] as const;
export type InquiryCategory = (typeof inquiryCategories)[number];

export const legalBases = {
  dsa_art_10: { citation: 'Regulation (EU) 2022/2065, Art. 10', categories: ['trader_traceability', 'verification_summary', 'enforcement_actions'] },
  inform_act: { citation: 'INFORM Consumers Act, 15 U.S.C. § 45f', categories: ['trader_traceability', 'verification_summary'] },
  aml_record_request: { citation: 'Money Laundering Regulations 2017, reg. 40 / AMLD Art. 40', categories: ['trader_traceability', 'verification_summary', 'enforcement_actions', 'audit_trail', 'identity_documents'] },
} as const satisfies Record<string, { citation: string; categories: readonly InquiryCategory[] }>;
export type LegalBasis = keyof typeof legalBases;

export const inquirySchema = z
  .strictObject({
    reference: z.string().trim().min(1).max(200),
    legalBasis: z.enum(Object.keys(legalBases) as [LegalBasis, ...LegalBasis[]]),
    /** The order's own citation, e.g. the case number. */
    legalBasisDetail: z.string().trim().max(1000).optional(),
    sellers: z.array(z.strictObject({ sellerId: z.string().regex(/^sel_[0-9a-z]{20}$/, 'must be a seller ID') })).min(1).max(50),
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

/** Countries a jurisdiction covers: 'EU' the EEA, otherwise one ISO country. */
export const coveredCountries = (jurisdiction: string): readonly string[] => (jurisdiction === 'EU' ? EEA_COUNTRIES : [jurisdiction]);

/** Identity documents leave only with two compliance officers' approval. */
export const needsSecondApprover = (categories: readonly string[]) => categories.includes('identity_documents');

/** Escalation this long before the due time (or halfway, for a short deadline). */
export const ESCALATE_BEFORE_HOURS = 48;

export const inquiryDecisionSchema = z.strictObject({
  outcome: z.enum(['approve', 'decline']),
  note: z.string().trim().min(1).max(4000),
});
export type InquiryDecision = z.infer<typeof inquiryDecisionSchema>;
