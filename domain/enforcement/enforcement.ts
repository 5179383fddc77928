/**
 * Enforcement actions and their statements of reasons (DSA Art. 17): the facts, the ground (a terms
 * clause or a law), whether automated means detected and decided it, the scope and duration, and
 * how to seek redress. The same statement, stripped of anything personal, is what the EU
 * Transparency Database takes (Art. 24(5); transparency-statement.ts).
 */
import type { LadderStep, RuleViolation, StandingLevel } from '../performance/policy';
import type { ListingActionType } from '../notices/codes';

/**
 * The ladder's steps, the sanctions hold a screening hit places at once (domain/screening/sanctions-hold.ts),
 * and the actions on one listing a notice can end in (domain/notices/codes.ts).
 */
export type EnforcementType = Exclude<StandingLevel, 'good'> | 'sanctions_hold' | ListingActionType;

export const isListingAction = (type: string): type is ListingActionType => type.startsWith('listing_');
/** The types a person or the performance policy decides (a sanctions hold is placed by screening only). */
export const enforcementTypes: readonly Exclude<StandingLevel, 'good'>[] = ['warning', 'feature_restriction', 'reduced_visibility', 'suspension', 'deactivation'];

export type EnforcementStatus = 'awaiting_decision' | 'notice' | 'active' | 'ended' | 'cancelled' | 'declined' | 'reversed';

/** An appeal is open for at least six months after the decision (DSA Art. 20(1)). */
export const APPEAL_WINDOW_DAYS = 183;

export interface StatementOfReasons {
  facts: string[];
  ground: { type: 'terms' | 'law'; references: string[]; explanation: string };
  automatedDetection: boolean;
  automatedDecision: 'fully' | 'partially' | 'not_automated';
  scope: { type: EnforcementType; restrictions: LadderStep['restrictions'] };
  duration: { noticeHours: number; durationDays: number | null };
  redress: { appeal: string; outOfCourt: string; judicial: string };
  policyVersion: string;
  /** The reason codes it was decided for (domain/enforcement/transparency-categories.ts); older statements have none. */
  reasons?: string[];
  /** What started it (Art. 17(3)(b)): a notice, a trusted flagger's notice, or our own initiative; older statements: our own. */
  source?: { type: StatementSource };
  /** An action on one listing: which one, and since when it was online (the Transparency Database's content date). */
  listing?: { id: string; listedAt?: string };
  /** A sanctions hold's list entries: shown to the seller and the reviewers, never sent to the Transparency Database (they name a listed party). */
  listedEntries?: string[];
}

export type StatementSource = 'notice' | 'trusted_flagger' | 'own_initiative';

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

/** How to seek redress, the same for every action (DSA Art. 17(3)(f)). */
export const REDRESS: StatementOfReasons['redress'] = {
  appeal: `Appeal free of charge through the marketplace within ${APPEAL_WINDOW_DAYS} days of this decision (POST /v1/sellers/{id}/appeals); a person who did not take this decision reviews it.`,
  outOfCourt: 'A certified out-of-court dispute settlement body (DSA Art. 21).',
  judicial: 'The courts of the seller’s Member State.',
};

/** The statement for an action the performance review proposes: facts from the violations, no personal data. */
export function performanceStatement(step: LadderStep, violations: RuleViolation[], points: number, asOf: string, policyVersion: string): StatementOfReasons {
  return {
    facts: [
      ...violations.map((v) => `${v.rule.description}: ${percent(v.rate)} over the ${v.rule.windowDays} days to ${asOf}, on ${v.volume} ${v.rule.denominator}.`),
      `${points} violation points in the last 90 days reach the "${step.level}" step of the enforcement ladder (${step.minimumPoints} points).`,
    ],
    ground: {
      type: 'terms',
      references: [...new Set(violations.map((v) => v.rule.termsClause))],
      explanation: 'The seller performance standards in the marketplace terms set these thresholds for every seller.',
    },
    automatedDetection: true,
    // Suspension and deactivation are decided by a person; lighter steps by the policy itself.
    automatedDecision: step.humanDecision ? 'partially' : 'fully',
    scope: { type: step.level, restrictions: step.restrictions },
    duration: { noticeHours: step.noticeHours, durationDays: step.durationDays ?? null },
    redress: REDRESS,
    policyVersion,
    reasons: ['performance_standards_breached'],
    source: { type: 'own_initiative' },
  };
}

/** A seller-level restriction applies wherever the marketplace operates in the EEA. */
export const EEA_COUNTRIES = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
];

/** What a seller may do under the actions in effect: the most restrictive of each. */
export function capabilitiesUnder(sellerStatus: string, restrictions: LadderStep['restrictions'][]) {
  const active = sellerStatus === 'active';
  const off = (key: 'listing' | 'selling' | 'payouts') => restrictions.some((r) => r[key] === false);
  const visibility = restrictions.some((r) => r.visibility === 'hidden') ? 'hidden' : restrictions.some((r) => r.visibility === 'reduced') ? 'reduced' : 'normal';
  return {
    listing: active && !off('listing'),
    selling: active && !off('selling'),
    payouts: active && !off('payouts'),
    visibility: active ? visibility : 'hidden',
    restrictedFeatures: [...new Set(restrictions.flatMap((r) => r.features ?? []))],
  };
}
