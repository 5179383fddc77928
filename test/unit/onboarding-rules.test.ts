import { planChecks, type CheckResult } from '../../domain/onboarding/onboarding';
import { registryMatch } from '../../domain/onboarding/registry-match';
import { claimRefusal, decisionRefusal } from '../../domain/review/review';
import { reviewDecisionSchema } from '../../domain/review/schemas';
import { assessRisk } from '../../domain/onboarding/risk';
import { routeApplication, routeReconsideration } from '../../domain/onboarding/routing';
import { onboardingInput as input, ukCompany } from '../../scripts/sample-applications';

const check = (kind: CheckResult['kind'], status: CheckResult['status'], code?: CheckResult['code']): CheckResult => ({
  checkId: `chk_${kind}`,
  kind,
  subject: { type: kind === 'identity' ? 'person' : 'business', id: 'x' },
  status,
  code,
  provider: 'p',
  evidence: {},
});

describe('planChecks', () => {
  it('plans one check per subject and kind', () => {
    const i = input();
    const [app, bank, [p1, p2]] = [i.applicationId, i.bankAccountId, i.personIds];
    const plan = planChecks(i);
    expect(plan.map((c) => `${c.kind}:${c.subject.id}`).sort()).toEqual(
      [`bank_account:${bank}`, `business_registry:${app}`, `identity:${p1}`, `identity:${p2}`, `sanctions:${app}`, `sanctions:${p1}`, `sanctions:${p2}`].sort(),
    );
  });

  it('skips the registry for a sole proprietor without a registration number', () => {
    const business = { ...ukCompany().business, registrationNumber: undefined };
    const plan = planChecks(input({ businessType: 'sole_proprietor', business }));
    expect(plan.some((c) => c.kind === 'business_registry')).toBe(false);
  });
});

describe('risk and routing', () => {
  it('approves only clean, low-risk applications', () => {
    const clean = [check('identity', 'passed'), check('sanctions', 'passed')];
    expect(routeApplication(clean, assessRisk('GB', clean))).toEqual({ route: 'approve' });
  });

  it('sends a clean application from a high-risk country to a human', () => {
    const clean = [check('identity', 'passed')];
    const risk = assessRisk('IR', clean);
    expect(risk.contributions).toEqual([expect.objectContaining({ rule: 'country.high_risk', points: 40 })]);
    expect(routeApplication(clean, risk)).toMatchObject({ route: 'review', queue: 'verification', priority: 2 });
  });

  it('puts a sanctions match in the sanctions queue first, and explains the score', () => {
    const checks = [check('sanctions', 'needs_review', 'sanctions_potential_match'), check('business_registry', 'needs_review', 'registry_not_found')];
    const risk = assessRisk('GB', checks);
    expect(risk).toMatchObject({ score: 90, level: 'high' });
    expect(risk.contributions.map((c) => c.rule)).toEqual(['check.sanctions_potential_match', 'check.registry_not_found']);
    expect(routeApplication(checks, risk)).toEqual({ route: 'review', queue: 'sanctions', priority: 1, reasons: ['sanctions_potential_match', 'registry_not_found'] });
  });

  it('scores links to sellers turned away, once per kind of link, naming the sellers', () => {
    const links = [
      { via: 'bank_account' as const, sellerId: 'sel_a', sellerStatus: 'rejected' },
      { via: 'person' as const, sellerId: 'sel_a', sellerStatus: 'rejected' },
      { via: 'person' as const, sellerId: 'sel_b', sellerStatus: 'suspended' },
    ];
    const risk = assessRisk('GB', [check('identity', 'passed')], links);
    expect(risk.contributions.map((c) => [c.rule, c.points])).toEqual([
      ['link.bank_account', 60],
      ['link.person', 40],
    ]);
    expect(risk.contributions[1].explanation).toContain('sel_a, sel_b');
    expect(risk).toMatchObject({ score: 100, level: 'high' });
    expect(routeApplication([check('identity', 'passed')], risk)).toMatchObject({ route: 'review' });
  });

  it('never routes to rejection: a failed identity goes to review', () => {
    const checks = [check('identity', 'failed', 'identity_not_verified')];
    expect(routeApplication(checks, assessRisk('GB', checks))).toMatchObject({ route: 'review', reasons: ['identity_not_verified'] });
  });
});

describe('review decisions', () => {
  const a = { id: 'key_a', name: 'A', role: 'reviewer' };
  const b = { id: 'key_b', name: 'B', role: 'reviewer' };
  const approve = { outcome: 'approve' as const, reasons: ['false_positive_match'] as string[] };

  it('validates reasons per outcome', () => {
    expect(reviewDecisionSchema.safeParse(approve).success).toBe(true);
    expect(reviewDecisionSchema.safeParse({ outcome: 'approve', reasons: ['fraud_suspected'] }).success).toBe(false);
    expect(reviewDecisionSchema.safeParse({ outcome: 'reject', reasons: ['fraud_suspected'] }).success).toBe(false);
    expect(reviewDecisionSchema.safeParse({ outcome: 'reject', rejectType: 'final', reasons: ['fraud_suspected'] }).success).toBe(true);
    expect(reviewDecisionSchema.safeParse({ outcome: 'request_information', reasons: ['document_required'] }).success).toBe(false);
  });

  it('lets one reviewer claim and decide', () => {
    const open = { taskId: 'rvt_1', status: 'open' as const };
    expect(claimRefusal(open, 'rvt_1', a)).toBeUndefined();
    expect(claimRefusal(open, 'rvt_2', a)).toBe('review_task_not_open');
    expect(claimRefusal(undefined, 'rvt_1', a)).toBe('review_task_not_open');
    const claimed = { taskId: 'rvt_1', status: 'claimed' as const, assignee: a };
    expect(claimRefusal(claimed, 'rvt_1', a)).toBeUndefined();
    expect(claimRefusal(claimed, 'rvt_1', b)).toBe('review_task_claimed_by_another');
    expect(decisionRefusal(open, 'rvt_1', a, approve)).toBe('review_task_not_claimed_by_caller');
    expect(decisionRefusal(claimed, 'rvt_1', b, approve)).toBe('review_task_not_claimed_by_caller');
    expect(decisionRefusal(claimed, 'rvt_1', a, approve)).toBeUndefined();
    expect(decisionRefusal({ ...claimed, status: 'decided' }, 'rvt_1', a, approve)).toBe('review_task_not_open');
  });
});

describe('the company register match', () => {
  it('scores the name on normalised tokens and compares postal codes without spacing', () => {
    expect(registryMatch('Acme Widgets Ltd', 'ACME WIDGETS LIMITED', 'ec1a 1bb', 'EC1A1BB')).toEqual({ nameMatchScore: 1, addressMatches: true });
    const other = registryMatch('Acme Widgets Ltd', 'UNRELATED HOLDINGS LIMITED', 'EC1A 1BB', 'ZZ1 1ZZ');
    expect(other.nameMatchScore).toBeLessThan(0.7);
    expect(other.addressMatches).toBe(false);
    expect(registryMatch('Acme', 'ACME', undefined, 'EC1A 1BB').addressMatches).toBeNull();
  });
});

describe('a reconsideration after an appeal overturned a rejection', () => {
  it('always goes to a reviewer, first in the queue, saying why', () => {
    expect(routeReconsideration({ route: 'approve' })).toEqual({ route: 'review', queue: 'verification', priority: 1, reasons: ['appeal_overturned'] });
    expect(routeReconsideration({ route: 'review', queue: 'sanctions', priority: 1, reasons: ['sanctions_potential_match'] })).toEqual({
      route: 'review',
      queue: 'sanctions',
      priority: 1,
      reasons: ['sanctions_potential_match', 'appeal_overturned'],
    });
  });
});
