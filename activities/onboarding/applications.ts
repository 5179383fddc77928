/** Side effects on the application record. */
import { findSellerLinks, recordWithdrawal, saveSubmission, setApplicationStatus, type SellerLink } from '../../db/onboarding/applications';
import type { ApplicationStatus, OnboardingInput } from '../../domain/onboarding/onboarding';
import type { Actor } from '../../domain/shared/actor';
import type { RiskAssessment } from '../../domain/onboarding/risk';
import type { ActivityDeps } from '../shared/deps';

export function createApplicationActivities({ db, fingerprintKey }: ActivityDeps) {
  return {
    async saveApplication(input: OnboardingInput): Promise<void> {
      await saveSubmission(db, input, fingerprintKey);
    },
    async setStatus(change: { applicationId: string; status: ApplicationStatus; actor: Actor; risk?: RiskAssessment; reason?: string }): Promise<void> {
      await setApplicationStatus(db, change);
    },
    async findSellerLinks(request: { applicationId: string }): Promise<SellerLink[]> {
      return findSellerLinks(db, request.applicationId);
    },
    async recordWithdrawal(withdrawal: { applicationId: string; actor: Actor; reason?: string }): Promise<void> {
      await recordWithdrawal(db, withdrawal);
    },
  };
}
