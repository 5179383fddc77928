/** Inquiry data categories and the legal bases that reach them (a leaf: the rules and the API's schemas both import it). */

export const inquiryCategories = ['trader_traceability', 'verification_summary', 'enforcement_actions', 'audit_trail', 'identity_documents'] as const;

export type InquiryCategory = (typeof inquiryCategories)[number];

export const legalBases = {
  dsa_art_10: { citation: 'Regulation (EU) 2022/2065, Art. 10', categories: ['trader_traceability', 'verification_summary', 'enforcement_actions'] },
  inform_act: { citation: 'INFORM Consumers Act, 15 U.S.C. § 45f', categories: ['trader_traceability', 'verification_summary'] },
  aml_record_request: {
    citation: 'Money Laundering Regulations 2017, reg. 40 / AMLD Art. 40',
    categories: ['trader_traceability', 'verification_summary', 'enforcement_actions', 'audit_trail', 'identity_documents'],
  },
} as const satisfies Record<string, { citation: string; categories: readonly InquiryCategory[] }>;

export type LegalBasis = keyof typeof legalBases;
