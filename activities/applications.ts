/** Side effects on the application record. */
import { recordWithdrawal, saveSubmission, setApplicationStatus } from '../db/repositories/applications';
import type { ApplicationStatus, Actor, OnboardingInput } from '../domain/onboarding';
import type { RiskAssessment } from '../domain/risk';
import type { ActivityDeps } from './deps';

export function createApplicationActivities({ db }: ActivityDeps) {
  return {
    async saveApplication(input: OnboardingInput): Promise<void> {
      await saveSubmission(db, input);
    },
    async setStatus(change: { applicationId: string; status: ApplicationStatus; actor: Actor; risk?: RiskAssessment; reason?: string }): Promise<void> {
      await setApplicationStatus(db, change);
    },
    async recordWithdrawal(withdrawal: { applicationId: string; actor: Actor; reason?: string }): Promise<void> {
      await recordWithdrawal(db, withdrawal);
    },
  };
}
