/**
 * Enforcement actions and their statements of reasons (DSA Art. 17): the facts, the ground (a terms
 * clause or a law), whether automated means detected and decided it, the scope and duration, and
 * how to seek redress. The same statement, stripped of anything personal, is what the EU
 * Transparency Database takes (Art. 24(5)).
 */
import type { LadderStep, RuleViolation, StandingLevel } from '../performance/policy';

/** The ladder's steps, and the sanctions hold a screening hit places at once (domain/screening/sanctions-hold.ts). */
export type EnforcementType = Exclude<StandingLevel, 'good'> | 'sanctions_hold';
/** The types a person or the performance policy decides (a sanctions hold is placed by screening only). */
export const enforcementTypes: readonly Exclude<EnforcementType, 'sanctions_hold'>[] = ['warning', 'feature_restriction', 'reduced_visibility', 'suspension', 'deactivation'];

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
}

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
  };
}

export interface EnforcementForExport {
  id: string;
  type: EnforcementType;
  statement: StatementOfReasons;
  effectiveAt: string | null;
  endsAt: string | null;
  decidedAt: string | null;
  territorialScope: string[];
}

const visibility: Partial<Record<EnforcementType, string[]>> = {
  reduced_visibility: ['DECISION_VISIBILITY_CONTENT_DEMOTED'],
  deactivation: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
};

/**
 * The body of the Transparency Database's create-statement call. Only the platform's own opaque ID
 * (puid) identifies the case; facts are the statement's, which never name the seller or a person.
 */
export function transparencyDatabaseStatement(e: EnforcementForExport) {
  const day = (iso: string | null) => (iso ? iso.slice(0, 10) : undefined);
  return {
    decision_visibility: visibility[e.type] ?? (e.type === 'feature_restriction' ? ['DECISION_VISIBILITY_OTHER'] : undefined),
    decision_visibility_other: e.type === 'feature_restriction' ? 'Seller features restricted: ' + (e.statement.scope.restrictions.features ?? []).join(', ') : undefined,
    decision_monetary: e.type === 'suspension' ? 'DECISION_MONETARY_SUSPENSION' : e.type === 'deactivation' ? 'DECISION_MONETARY_TERMINATION' : undefined,
    decision_provision:
      e.type === 'suspension'
        ? 'DECISION_PROVISION_TOTAL_SUSPENSION'
        : e.type === 'deactivation'
          ? 'DECISION_PROVISION_TOTAL_TERMINATION'
          : e.type === 'warning'
            ? undefined
            : 'DECISION_PROVISION_PARTIAL_SUSPENSION',
    decision_account: e.type === 'suspension' ? 'DECISION_ACCOUNT_SUSPENDED' : e.type === 'deactivation' ? 'DECISION_ACCOUNT_TERMINATED' : undefined,
    account_type: 'ACCOUNT_TYPE_BUSINESS',
    decision_ground: e.statement.ground.type === 'law' ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    incompatible_content_ground: e.statement.ground.type === 'terms' ? e.statement.ground.references.join('; ') : undefined,
    incompatible_content_explanation: e.statement.ground.type === 'terms' ? e.statement.ground.explanation : undefined,
    illegal_content_legal_ground: e.statement.ground.type === 'law' ? e.statement.ground.references.join('; ') : undefined,
    illegal_content_explanation: e.statement.ground.type === 'law' ? e.statement.ground.explanation : undefined,
    category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
    content_type: ['CONTENT_TYPE_OTHER'],
    content_type_other: 'Seller account',
    territorial_scope: e.territorialScope,
    decision_facts: e.statement.facts.join(' '),
    source_type: 'SOURCE_VOLUNTARY',
    automated_detection: e.statement.automatedDetection ? 'Yes' : 'No',
    automated_decision: { fully: 'AUTOMATED_DECISION_FULLY', partially: 'AUTOMATED_DECISION_PARTIALLY', not_automated: 'AUTOMATED_DECISION_NOT_AUTOMATED' }[e.statement.automatedDecision],
    application_date: day(e.effectiveAt ?? e.decidedAt),
    end_date_account_restriction: e.type === 'suspension' || e.type === 'deactivation' ? day(e.endsAt) : undefined,
    end_date_visibility_restriction: e.type === 'reduced_visibility' ? day(e.endsAt) : undefined,
    puid: e.id,
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
