/**
 * Explainable risk: every point comes from a named, versioned rule, and the contributions are
 * stored with the application so a reviewer (or an auditor) sees why a score is what it is.
 */
import { linkKinds, type LinkKind } from '../account-groups/link-kinds';
import type { CheckResult } from './onboarding';

export const RISK_RULES_VERSION = 'risk-2026-11-v1';

export type RiskLevel = 'low' | 'medium' | 'high';

export interface RiskContribution {
  rule: string;
  points: number;
  explanation: string;
}

export interface RiskAssessment {
  version: string;
  score: number;
  level: RiskLevel;
  contributions: RiskContribution[];
}

/** Jurisdictions under FATF call for action or increased monitoring (a policy list, reviewed with each version). */
const highRiskCountries = new Set(['KP', 'IR', 'MM', 'SY', 'YE', 'HT', 'SS', 'VE']);

const checkRules: Record<string, { points: number; explanation: string }> = {
  sanctions_potential_match: { points: 60, explanation: 'a name is a potential match on a sanctions list' },
  identity_not_verified: { points: 35, explanation: 'a person could not be verified' },
  identity_document_expired: { points: 20, explanation: 'an identity document has expired' },
  identity_no_answer: { points: 10, explanation: 'the identity provider did not answer in time' },
  tax_id_invalid: { points: 25, explanation: 'the tax ID or VAT number is not valid' },
  tax_id_not_matched: { points: 25, explanation: 'the tax authority does not hold the tax ID under this name' },
  registry_not_found: { points: 30, explanation: 'the business was not found in the company register' },
  registry_address_mismatch: { points: 10, explanation: 'the registered office is elsewhere than the address given' },
  registry_name_mismatch: { points: 15, explanation: 'the registered name differs from the name given' },
  registry_company_inactive: { points: 60, explanation: 'the company is dissolved or in insolvency according to the register' },
  registry_company_striking_off: { points: 30, explanation: 'the registrar proposes to strike the company off' },
  registry_company_status_review: { points: 20, explanation: 'the register shows an unusual company status' },
  registry_ownership_discrepancy: { points: 30, explanation: 'the declared owners or directors differ from the register' },
  lei_not_found: { points: 15, explanation: 'the LEI given is not in the GLEIF index' },
  lei_not_active: { points: 25, explanation: 'the LEI was withdrawn or its entity has ceased' },
  lei_name_mismatch: { points: 20, explanation: 'the LEI belongs to another entity' },
  registry_ownership_unresolved: { points: 20, explanation: 'the register does not show who ultimately owns the company' },
  bank_account_name_mismatch: { points: 20, explanation: 'the account holder is not the business' },
  bank_account_invalid: { points: 25, explanation: 'the bank account could not be validated' },
  provider_unavailable: { points: 10, explanation: 'a verification provider did not answer' },
};

/** Another seller, turned away or stopped, that shares something identifying with this application. */
export interface SellerLinkView {
  via: LinkKind;
  sellerId: string;
  sellerStatus: string;
}

type LinkRules = Partial<Record<LinkKind, { points: number; explanation: string }>>;

const linkRules: LinkRules = {
  bank_account: { points: 60, explanation: 'the bank account is used by a seller who was' },
  tax_id: { points: 50, explanation: 'the tax ID belongs to a seller who was' },
  person: { points: 40, explanation: 'a person is also on a seller who was' },
};

/**
 * risk-2026-12-v2: every link of an account group (domain/account-groups/identifiers.ts) to a seller
 * turned away or stopped counts. A device or a phone number alone sends the application to a
 * reviewer (medium, 25 points); an address, an email domain or an IP address is shared innocently
 * often enough (formation agents, co-working offices, company domains, carrier-grade NAT) that it
 * does so only beside another link.
 */
const accountLinkRules: LinkRules = {
  ...linkRules,
  device: { points: 45, explanation: 'a device the marketplace saw is also used by a seller who was' },
  phone: { points: 30, explanation: 'the phone number is that of a seller who was' },
  address: { points: 20, explanation: 'the business address is that of a seller who was' },
  email_domain: { points: 20, explanation: 'the email domain is that of a seller who was' },
  ip: { points: 15, explanation: 'an IP address the marketplace saw is also used by a seller who was' },
};

export const assessRisk = riskAssessor(RISK_RULES_VERSION, linkRules);
export const assessRiskWithAccountLinks = riskAssessor('risk-2026-12-v2', accountLinkRules);

function riskAssessor(version: string, rules: LinkRules) {
  return (country: string, checks: CheckResult[], links: SellerLinkView[] = []): RiskAssessment => assess(version, rules, country, checks, links);
}

function assess(version: string, rules: LinkRules, country: string, checks: CheckResult[], links: SellerLinkView[]): RiskAssessment {
  const contributions: RiskContribution[] = [];
  for (const via of linkKinds) {
    const linked = links.filter((l) => l.via === via);
    const rule = rules[via];
    if (linked.length === 0 || !rule) continue;
    contributions.push({ rule: `link.${via}`, points: rule.points, explanation: `${rule.explanation} ${linked[0].sellerStatus} (${linked.map((l) => l.sellerId).join(', ')})` });
  }
  if (highRiskCountries.has(country)) {
    contributions.push({ rule: 'country.high_risk', points: 40, explanation: `${country} is a high-risk jurisdiction` });
  }
  for (const check of checks) {
    if (check.status === 'passed' || !check.code) continue;
    const rule = checkRules[check.code];
    if (rule) contributions.push({ rule: `check.${check.code}`, points: rule.points, explanation: `${rule.explanation} (${check.kind}, ${check.subject.type})` });
  }
  const score = Math.min(
    100,
    contributions.reduce((s, c) => s + c.points, 0),
  );
  const level: RiskLevel = score >= 60 ? 'high' : score >= 25 ? 'medium' : 'low';
  return { version, score, level, contributions };
}
