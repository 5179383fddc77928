/**
 * The statements of reasons a notice ends in (DSA Art. 17): for the action its reviewer decided, on
 * one listing or on the seller, and for an Art. 23(1) measure against a seller who frequently
 * provides manifestly illegal content. The facts are the reviewer's, without names; the source is
 * the notice (Art. 17(3)(b)), a trusted flagger's when a flagger sent it.
 */
import { REDRESS, isListingAction, type EnforcementType, type StatementOfReasons } from '../enforcement/enforcement';
import { ladderStep } from '../performance/policy';
import type { MisusePolicy } from './misuse-policy';
import type { NoticeDecision } from './schemas';

export const NOTICE_POLICY_VERSION = 'notice-2026-12';
export const MISUSE_POLICY_VERSION = 'misuse-art23-2026-12';

export function noticeActionStatement(
  action: NonNullable<NoticeDecision['action']>,
  reasons: readonly string[],
  notice: { trusted: boolean; listingId?: string; listedAt?: string },
): StatementOfReasons {
  const type = action.type as EnforcementType;
  const listing = isListingAction(type);
  const step = listing ? undefined : ladderStep(type);
  return {
    facts: action.facts,
    ground: { type: action.ground.type, references: [action.ground.reference], explanation: action.ground.explanation },
    // A notice is a person's report, and a person decided it.
    automatedDetection: false,
    automatedDecision: 'not_automated',
    scope: { type, restrictions: step?.restrictions ?? {} },
    // A listing is acted on until the seller shows it is lawful (on appeal); a seller-level step keeps its own duration.
    duration: { noticeHours: step?.noticeHours ?? 0, durationDays: step?.durationDays ?? null },
    redress: REDRESS,
    policyVersion: NOTICE_POLICY_VERSION,
    reasons: [...reasons],
    source: { type: notice.trusted ? 'trusted_flagger' : 'notice' },
    ...(listing && notice.listingId ? { listing: { id: notice.listingId, ...(notice.listedAt ? { listedAt: notice.listedAt } : {}) } } : {}),
  };
}

/** The prior warning, then the suspension, of Art. 23(1); the reasons of the notices behind it give its category. */
export function misuseStatement(step: 'warning' | 'suspension', policy: MisusePolicy, counts: { manifest: number; total: number }, noticeReasons: readonly string[]): StatementOfReasons {
  const facts = [
    `In the last ${policy.windowDays} days, ${counts.manifest} of the ${counts.total} notices decided about this account concerned manifestly illegal content.`,
    step === 'warning'
      ? `This is the prior warning of DSA Art. 23(1): if manifestly illegal content is provided again this frequently, the service will be suspended for ${policy.suspensionDays} days.`
      : `After a prior warning, manifestly illegal content was provided again: the service is suspended for ${policy.suspensionDays} days (DSA Art. 23(1)).`,
  ];
  const ladder = ladderStep(step)!;
  return {
    facts,
    ground: {
      type: 'law',
      references: ['Regulation (EU) 2022/2065 (Digital Services Act), Art. 23(1)', 'Marketplace terms: measures against misuse'],
      explanation: 'The marketplace suspends, for a reasonable period and after a prior warning, sellers who frequently provide manifestly illegal content.',
    },
    automatedDetection: false,
    // The counts are automatic; a person confirms a suspension (the enforcement step asks for one).
    automatedDecision: 'partially',
    scope: { type: step, restrictions: ladder.restrictions },
    duration: { noticeHours: ladder.noticeHours, durationDays: step === 'suspension' ? policy.suspensionDays : (ladder.durationDays ?? null) },
    redress: REDRESS,
    policyVersion: MISUSE_POLICY_VERSION,
    reasons: ['repeated_manifestly_illegal_content', ...new Set(noticeReasons)],
    source: { type: 'notice' },
  };
}
