/**
 * A potential sanctions match on a seller already trading stops the money at once: payouts held and
 * new sales paused, as a temporary measure with its own statement of reasons (DSA Art. 17(3): the
 * facts, the legal ground, that detection and this interim decision were automated, and the redress),
 * while a reviewer decides within the hold's SLA. Sanctions law requires the funds of a listed person
 * to be frozen without delay (e.g. Council Regulation (EU) No 269/2014, Art. 2(1); OFAC's blocking
 * rules, 31 C.F.R. Part 501), so the hold does not wait for the review; clearing the match lifts it.
 */
import type { LadderStep } from '../performance/policy';
import { REDRESS, type StatementOfReasons } from '../enforcement/enforcement';

export const SANCTIONS_HOLD_RESTRICTIONS: LadderStep['restrictions'] = { payouts: false, selling: false };

/** Hours a reviewer has to decide a hit on a trading seller, unless configured otherwise. */
export const SANCTIONS_HIT_SLA_HOURS = 24;

export const SANCTIONS_HOLD_POLICY = 'sanctions-hold-2026-12-v1';

export function sanctionsHoldStatement(hit: { listVersion?: string; entryIds: string[] }): StatementOfReasons {
  return {
    facts: [
      // The entries are in listedEntries, not in the facts: the facts go to the Transparency Database, which takes no personal data.
      `Screening against the sanctions lists${hit.listVersion ? ` (version ${hit.listVersion})` : ''} found a potential match between the account and ${hit.entryIds.length} listed ${hit.entryIds.length === 1 ? 'entry' : 'entries'}.`,
      'Payouts are held and new sales paused until a reviewer has decided whether the match is the listed party.',
    ],
    ground: {
      type: 'law',
      references: ['Council Regulation (EU) No 269/2014, Art. 2(1)', '31 C.F.R. Part 501'],
      explanation: 'Sanctions law requires funds and economic resources of listed persons to be frozen without delay; the hold is temporary and is lifted if the match is cleared.',
    },
    automatedDetection: true,
    automatedDecision: 'fully',
    scope: { type: 'sanctions_hold', restrictions: SANCTIONS_HOLD_RESTRICTIONS },
    duration: { noticeHours: 0, durationDays: null },
    redress: REDRESS,
    policyVersion: SANCTIONS_HOLD_POLICY,
    reasons: ['sanctions_potential_match'],
    source: { type: 'own_initiative' },
    listedEntries: [...hit.entryIds],
  };
}
