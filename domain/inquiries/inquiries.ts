/**
 * Regulator inquiries (DSA Art. 10 orders, INFORM Act requests, AML record requests): which data
 * categories each legal basis can reach (data minimisation), who approves the answer (a compliance
 * officer; a second one when identity documents go out), and when the deadline escalates.
 */
import { EEA_COUNTRIES } from '../enforcement/enforcement';

export const inquiryCategories = ['trader_traceability', 'verification_summary', 'enforcement_actions', 'audit_trail', 'identity_documents'] as const;
export type InquiryCategory = (typeof inquiryCategories)[number];

export const legalBases = {
  dsa_art_10: { citation: 'Regulation (EU) 2022/2065, Art. 10', categories: ['trader_traceability', 'verification_summary', 'enforcement_actions'] },
  inform_act: { citation: 'INFORM Consumers Act, 15 U.S.C. § 45f', categories: ['trader_traceability', 'verification_summary'] },
  aml_record_request: { citation: 'Money Laundering Regulations 2017, reg. 40 / AMLD Art. 40', categories: ['trader_traceability', 'verification_summary', 'enforcement_actions', 'audit_trail', 'identity_documents'] },
} as const satisfies Record<string, { citation: string; categories: readonly InquiryCategory[] }>;
export type LegalBasis = keyof typeof legalBases;


/** Countries a jurisdiction covers: 'EU' the EEA, otherwise one ISO country. */
export const coveredCountries = (jurisdiction: string): readonly string[] => (jurisdiction === 'EU' ? EEA_COUNTRIES : [jurisdiction]);

/** Identity documents leave only with two compliance officers' approval. */
export const needsSecondApprover = (categories: readonly string[]) => categories.includes('identity_documents');

/** Escalation this long before the due time (or halfway, for a short deadline). */
export const ESCALATE_BEFORE_HOURS = 48;

export type { InquiryDecision, InquiryRequest } from './schemas';
