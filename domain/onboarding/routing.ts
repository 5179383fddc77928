/**
 * Where an application goes once its checks are in. Automation may approve a clean application
 * or send it to a human; it never rejects (a rejection always needs a reviewer).
 */
import type { CheckCode, CheckResult } from './onboarding';
import type { RiskAssessment } from './risk';

export type ReviewQueue = 'sanctions' | 'verification';

export type ReviewReason = CheckCode | 'requirements_due' | 'appeal_overturned';

export type Route = { route: 'approve' } | { route: 'review'; queue: ReviewQueue; priority: number; reasons: ReviewReason[] };

/** `requirementsDue`: something the rules require is missing, so a human must follow up. */
export function routeApplication(checks: CheckResult[], risk: RiskAssessment, requirementsDue = false): Route {
  const open = checks.filter((c) => c.status !== 'passed');
  if (open.length === 0 && risk.level === 'low' && !requirementsDue) return { route: 'approve' };
  const reasons: ReviewReason[] = [...new Set(open.map((c) => c.code ?? 'provider_unavailable'))];
  if (requirementsDue) reasons.push('requirements_due');
  const queue: ReviewQueue = reasons.includes('sanctions_potential_match') ? 'sanctions' : 'verification';
  // Priority 1 is the most urgent; sanctions hits and high risk go first.
  const priority = queue === 'sanctions' || risk.level === 'high' ? 1 : risk.level === 'medium' ? 2 : 3;
  return { route: 'review', queue, priority, reasons };
}

/** A reconsideration after an appeal is never approved by automation: a reviewer decides it, first in the queue. */
export function routeReconsideration(route: Route): Route {
  if (route.route === 'approve') return { route: 'review', queue: 'verification', priority: 1, reasons: ['appeal_overturned'] };
  return { ...route, priority: 1, reasons: [...route.reasons, 'appeal_overturned'] };
}
