/**
 * Regulator inquiries (DSA Art. 10 orders, INFORM Act requests, AML record requests): which data
 * categories each legal basis can reach (data minimisation), who approves the answer (a compliance
 * officer; a second one when identity documents go out), and when the deadline escalates.
 */
import { EEA_COUNTRIES } from '../enforcement/enforcement';

/** Countries a jurisdiction covers: 'EU' the EEA, otherwise one ISO country. */
export const coveredCountries = (jurisdiction: string): readonly string[] => (jurisdiction === 'EU' ? EEA_COUNTRIES : [jurisdiction]);

/**
 * Which sellers an authority may ask about. A DSA Art. 10 order reaches traders offering to
 * consumers in the authority's territory, wherever established (Art. 10(1), 10(2)(b)); so does an
 * INFORM request about sellers on a US marketplace. An AML record request goes to the obliged
 * entity about its own customers established in the supervisor's country.
 */
export function withinReach(legalBasis: string, jurisdiction: string, seller: { country: string; offersIn: readonly string[] }): boolean {
  const covered = coveredCountries(jurisdiction);
  return legalBasis === 'aml_record_request' ? covered.includes(seller.country) : seller.offersIn.some((c) => covered.includes(c));
}

/** Whether and when the seller is told of the order (Art. 9(5)/10(5)); never for AML (tipping-off). */
export function sellerNoticeOf(legalBasis: string, notice: { withhold: boolean; until?: string } | null | undefined, actedOnAt: string): { notify: false } | { notify: true; at: string } {
  if (legalBasis === 'aml_record_request' || notice?.withhold) return { notify: false };
  return { notify: true, at: notice?.until && notice.until > actedOnAt ? notice.until : actedOnAt };
}

/** How long a sent package is kept (evidence of what was disclosed), and a declined one. */
export const RESPONSE_RETENTION_DAYS = { answered: 5 * 365, declined: 30 } as const;

/** Identity documents leave only with two compliance officers' approval. */
export const needsSecondApprover = (categories: readonly string[]) => categories.includes('identity_documents');

/** Escalation this long before the due time (or halfway, for a short deadline). */
export const ESCALATE_BEFORE_HOURS = 48;

export type { InquiryDecision, InquiryRequest } from './schemas';
