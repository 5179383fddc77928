/**
 * The onboarding rules, by version: which checks run, how risk is scored, where an application is
 * routed, when a second reviewer must confirm, and the information-request policy. The API stamps
 * the current version on each submission (OnboardingInput.rulesVersion) and the workflow evaluates
 * the version it was started with, so a rule change reaches new applications only: one in flight
 * keeps its rules, and its history replays (docs/workflow-versioning.md).
 *
 * To change a rule: copy the current entry under a new version with the change, make that version
 * current, and keep the old entry for as long as applications started under it can still run.
 */
import { INFORMATION_POLICY } from './information-request';
import { planChecks } from './onboarding';
import {
  factsOf,
  factsWithSellingRegions,
  hasBlockingBeneficialOwnerRequirements,
  hasBlockingRequirements,
  hasBlockingRequirementsWhereSold,
  type OwnershipRules,
  type TraderRules,
} from './requirements';
import { assessRisk, assessRiskWithAccountLinks } from './risk';
import { routeApplication } from './routing';
import { needsSecondReviewer } from '../review/review';

const onboardingRulesets = {
  'onboarding-2026-11-v1': {
    planChecks,
    assessRisk,
    routeApplication,
    hasBlockingRequirements,
    factsOf,
    needsSecondReviewer,
    informationPolicy: INFORMATION_POLICY,
    traderRules: 'established' as TraderRules,
    ownershipRules: 'significant_owners' as OwnershipRules,
  },
  // DSA Art. 30 by where the trader offers to consumers, with a copy of the representative's identity document.
  'onboarding-2026-12-v2': {
    planChecks,
    assessRisk,
    routeApplication,
    hasBlockingRequirements: hasBlockingRequirementsWhereSold,
    factsOf: factsWithSellingRegions,
    needsSecondReviewer,
    informationPolicy: INFORMATION_POLICY,
    traderRules: 'offering' as TraderRules,
    ownershipRules: 'significant_owners' as OwnershipRules,
  },
  // The beneficial owners (owners at 25% or more, persons with control), else the senior managing official.
  'onboarding-2026-12-v3': {
    planChecks,
    assessRisk,
    routeApplication,
    hasBlockingRequirements: hasBlockingBeneficialOwnerRequirements,
    factsOf: factsWithSellingRegions,
    needsSecondReviewer,
    informationPolicy: INFORMATION_POLICY,
    traderRules: 'offering' as TraderRules,
    ownershipRules: 'beneficial_owners' as OwnershipRules,
  },
  // Every account-group link to a seller turned away or stopped (address, phone, email domain, device, IP too) counts in the risk.
  'onboarding-2026-12-v4': {
    planChecks,
    assessRisk: assessRiskWithAccountLinks,
    routeApplication,
    hasBlockingRequirements: hasBlockingBeneficialOwnerRequirements,
    factsOf: factsWithSellingRegions,
    needsSecondReviewer,
    informationPolicy: INFORMATION_POLICY,
    traderRules: 'offering' as TraderRules,
    ownershipRules: 'beneficial_owners' as OwnershipRules,
  },
} as const;

export type OnboardingRulesVersion = keyof typeof onboardingRulesets;
export type OnboardingRuleset = (typeof onboardingRulesets)[OnboardingRulesVersion];

/** The version new submissions get. */
export const CURRENT_ONBOARDING_RULES: OnboardingRulesVersion = 'onboarding-2026-12-v4';
/** Applications submitted before the input carried a version ran these. */
const FIRST_ONBOARDING_RULES: OnboardingRulesVersion = 'onboarding-2026-11-v1';

/**
 * The rules an application runs. A version this code does not know means an older worker got a
 * newer application: the error fails the workflow task, which Temporal retries until a worker that
 * knows the version takes it (never a silent run under other rules).
 */
export function onboardingRules(version: string | undefined): OnboardingRuleset {
  const key = (version ?? FIRST_ONBOARDING_RULES) as OnboardingRulesVersion;
  if (!Object.hasOwn(onboardingRulesets, key)) throw new Error(`onboarding rules ${version} are not known to this build`);
  return onboardingRulesets[key];
}

export const onboardingRulesVersions = Object.keys(onboardingRulesets) as OnboardingRulesVersion[];
