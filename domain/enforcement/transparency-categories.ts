/**
 * Our reason codes in the Transparency Database's terms: the category (and keywords) each decision
 * reports, and whether the conduct behind it is illegal as well as against the terms
 * (incompatible_content_illegal). A statement with several reasons reports the first reason's
 * category and the others' as additional categories (category_addition).
 */
import type { TdbCategory, TdbKeyword } from './transparency-vocabulary';

export interface TdbClassification {
  category: TdbCategory;
  keywords: TdbKeyword[];
  /** Said when a keyword is KEYWORD_OTHER (category_specification_other). */
  otherKeyword?: string;
  illegal: boolean;
}

/** The reasons an enforcement action is taken for: an investigator's, or those of the policy that proposed it. */
export const enforcementReasonClassification = {
  // An investigator's reasons (domain/investigations/codes.ts).
  counterfeit_confirmed: { category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keywords: ['KEYWORD_TRADEMARK_INFRINGEMENT'], illegal: true },
  prohibited_items_confirmed: { category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keywords: ['KEYWORD_PROHIBITED_PRODUCTS'], illegal: true },
  fraud_confirmed: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keywords: [], illegal: true },
  policy_violation: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keywords: [], illegal: false },
  sanctions_match_confirmed: {
    category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
    keywords: ['KEYWORD_OTHER'],
    otherKeyword: 'Trader identified as a party listed under economic sanctions',
    illegal: true,
  },
  // A notice's (domain/notices/codes.ts), beside the investigator's above.
  ip_infringement_confirmed: { category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS', keywords: ['KEYWORD_COPYRIGHT_INFRINGEMENT'], illegal: true },
  unsafe_product_confirmed: { category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keywords: ['KEYWORD_UNSAFE_PRODUCTS'], illegal: true },
  consumer_law_violation_confirmed: { category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION', keywords: ['KEYWORD_MISLEADING_INFO_GOODS_SERVICES'], illegal: true },
  illegal_speech_confirmed: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keywords: [], illegal: true },
  child_abuse_material_confirmed: { category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', keywords: ['KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL'], illegal: true },
  performance_deteriorating: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keywords: [], illegal: false },
  // The policies' own reasons.
  performance_standards_breached: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keywords: [], illegal: false },
  inform_certification_missing: { category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION', keywords: ['KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS'], illegal: true },
  sanctions_potential_match: {
    category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
    keywords: ['KEYWORD_OTHER'],
    otherKeyword: 'Potential match of the trader with a party listed under economic sanctions, pending review',
    illegal: true,
  },
} as const satisfies Record<string, TdbClassification>;

export type EnforcementReason = keyof typeof enforcementReasonClassification;

export const isEnforcementReason = (r: string): r is EnforcementReason => Object.hasOwn(enforcementReasonClassification, r);

/** The statement's classification: its first known reason's, with the others' categories added. */
export function classify(reasons: readonly string[]): { main: TdbClassification; additional: TdbCategory[] } {
  const known = reasons.filter(isEnforcementReason).map((r) => enforcementReasonClassification[r] as TdbClassification);
  const main = known[0] ?? (enforcementReasonClassification.policy_violation as TdbClassification);
  const additional = [...new Set(known.slice(1).map((c) => c.category))].filter((c) => c !== main.category);
  return { main: { ...main, illegal: known.some((c) => c.illegal) }, additional };
}
