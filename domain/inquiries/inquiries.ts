/**
 * Regulator inquiries (DSA Art. 10 orders, INFORM Act requests, AML record requests): which data
 * categories each legal basis can reach (data minimisation), who approves the answer (a compliance
 * officer; a second one when identity documents go out), and when the deadline escalates.
 */
import { EEA_COUNTRIES } from '../enforcement/enforcement';

/** Countries a jurisdiction covers: 'EU' the EEA, otherwise one ISO country. */
export const coveredCountries = (jurisdiction: string): readonly string[] => (jurisdiction === 'EU' ? EEA_COUNTRIES : [jurisdiction]);

/** Identity documents leave only with two compliance officers' approval. */
export const needsSecondApprover = (categories: readonly string[]) => categories.includes('identity_documents');

/** Escalation this long before the due time (or halfway, for a short deadline). */
export const ESCALATE_BEFORE_HOURS = 48;

export type { InquiryDecision, InquiryRequest } from './schemas';
