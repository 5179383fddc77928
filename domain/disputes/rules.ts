/**
 * The dispute rules per category and scenario, versioned like the risk rules: each dispute keeps
 * the version it was opened under (carried in its workflow's input), and each decision names the
 * rule that chose its path, so the rules can be evaluated one version against another
 * (db/disputes/rule-report.ts). Pure: the workflow evaluates them.
 *
 * Paths: an automatic refund below an amount (the cost of handling exceeds the order), or a window
 * for the seller to answer; a seller who contests goes to a platform decision by a reviewer.
 */
import type { DisputeScenario } from './codes';

export interface DisputeRule {
  id: string;
  /** A marketplace category, or '*' for any. The most specific rule wins. */
  category: string;
  scenario: DisputeScenario;
  /** Refund at once below this amount, per currency (major units); absent: never automatic. */
  autoRefundBelow?: Readonly<Record<string, number>>;
  /** Calendar days the seller has to accept or contest. */
  sellerResponseDays: number;
  /** Hours a reviewer has for the platform decision once the seller contests. */
  decisionSlaHours: number;
  /** The outcome's effect on the seller's standing when the buyer wins: counterfeit also opens an investigation. */
  investigateWhenBuyerWins?: boolean;
}

export interface DisputeRuleset {
  version: string;
  rules: readonly DisputeRule[];
}

const small = { GBP: 20, EUR: 25, USD: 25 } as const;

export const DISPUTE_RULESETS: Readonly<Record<string, DisputeRuleset>> = {
  'disputes-2026-12': {
    version: 'disputes-2026-12',
    rules: [
      { id: 'not_received.default', category: '*', scenario: 'not_received', autoRefundBelow: small, sellerResponseDays: 3, decisionSlaHours: 48 },
      { id: 'not_as_described.default', category: '*', scenario: 'not_as_described', sellerResponseDays: 3, decisionSlaHours: 48 },
      // Electronics need testing before a seller can answer for them.
      { id: 'not_as_described.electronics', category: 'electronics', scenario: 'not_as_described', sellerResponseDays: 5, decisionSlaHours: 72 },
      { id: 'damaged.default', category: '*', scenario: 'damaged', autoRefundBelow: { GBP: 15, EUR: 18, USD: 18 }, sellerResponseDays: 3, decisionSlaHours: 48 },
      { id: 'counterfeit.default', category: '*', scenario: 'counterfeit', sellerResponseDays: 2, decisionSlaHours: 24, investigateWhenBuyerWins: true },
      { id: 'return_not_refunded.default', category: '*', scenario: 'return_not_refunded', sellerResponseDays: 2, decisionSlaHours: 48 },
    ],
  },
};

export const CURRENT_DISPUTE_RULES = 'disputes-2026-12';

export type DisputePath =
  | { ruleId: string; path: 'auto_refund'; explanation: string }
  | { ruleId: string; path: 'seller_response'; sellerResponseDays: number; decisionSlaHours: number; investigateWhenBuyerWins: boolean; explanation: string };

const cents = (amount: string) => Math.round(Number(amount) * 100);

/** The path one dispute takes under one version of the rules, with why. */
export function disputePath(version: string, dispute: { category: string; scenario: DisputeScenario; amount: { amount: string; currency: string } }): DisputePath {
  const ruleset = DISPUTE_RULESETS[version];
  if (!ruleset) throw new Error(`unknown dispute rules version ${version}`);
  const candidates = ruleset.rules.filter((r) => r.scenario === dispute.scenario && (r.category === dispute.category || r.category === '*'));
  const rule = candidates.find((r) => r.category === dispute.category) ?? candidates.find((r) => r.category === '*');
  if (!rule) throw new Error(`no dispute rule for ${dispute.scenario} in ${version}`);
  const limit = rule.autoRefundBelow?.[dispute.amount.currency];
  if (limit !== undefined && cents(dispute.amount.amount) < limit * 100)
    return { ruleId: rule.id, path: 'auto_refund', explanation: `${dispute.scenario} under ${limit} ${dispute.amount.currency}: refunded at once (rule ${rule.id}, ${version})` };
  return {
    ruleId: rule.id,
    path: 'seller_response',
    sellerResponseDays: rule.sellerResponseDays,
    decisionSlaHours: rule.decisionSlaHours,
    investigateWhenBuyerWins: rule.investigateWhenBuyerWins ?? false,
    explanation: `${dispute.scenario}${rule.category === '*' ? '' : ` in ${rule.category}`}: the seller has ${rule.sellerResponseDays} days to accept or contest (rule ${rule.id}, ${version})`,
  };
}

/** Whether the outcome counts against the seller (the seller-fault rate). */
export const sellerAtFault = (outcome: string, reasons: readonly string[], faultless: readonly string[]) =>
  (outcome === 'buyer_favour' || outcome === 'partial_refund') && !reasons.every((r) => faultless.includes(r));

/** How long after a resolution the seller (or buyer) may ask for a platform review of it. */
export const DISPUTE_APPEAL_DAYS = 7;

/**
 * Early warning on disputes (beside the metric anomalies of domain/investigations): over the last
 * 30 days, seller-fault disputes at or over 1% of orders and at least 3 of them open an
 * investigation. Order counts come from the daily metrics the order systems send.
 */
export const DISPUTE_WARNING = { windowDays: 30, sellerFaultRate: 0.01, minimumSellerFault: 3 } as const;

export function disputeRateWarning(counts: { orders: number; disputes: number; sellerFault: number }): boolean {
  if (counts.sellerFault < DISPUTE_WARNING.minimumSellerFault) return false;
  // No orders reported: the disputes alone are the signal.
  return counts.orders === 0 || counts.sellerFault / counts.orders >= DISPUTE_WARNING.sellerFaultRate;
}
