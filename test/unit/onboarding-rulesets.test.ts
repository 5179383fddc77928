/** The onboarding rules an application runs are the version it was submitted under. */
import { assessRisk, RISK_RULES_VERSION } from '../../domain/onboarding/risk';
import { CURRENT_ONBOARDING_RULES, onboardingRules, onboardingRulesVersions } from '../../domain/onboarding/rulesets';

describe('onboarding rulesets', () => {
  it('gives new submissions a version this build knows', () => {
    expect(onboardingRulesVersions).toContain(CURRENT_ONBOARDING_RULES);
  });

  it('runs applications submitted before versions were stamped under the first version', () => {
    expect(onboardingRules(undefined)).toBe(onboardingRules(onboardingRulesVersions[0]));
    expect(onboardingRules(undefined).assessRisk).toBe(assessRisk);
    expect(onboardingRules(undefined).assessRisk('GB', [], []).version).toBe(RISK_RULES_VERSION);
  });

  it('refuses a version this build does not know, rather than run other rules', () => {
    expect(() => onboardingRules('onboarding-2099-01-v9')).toThrow('onboarding rules onboarding-2099-01-v9 are not known to this build');
  });
});
