/** Side effects of requests for information. */
import { applyInformation, expireApplication, openInformationRequest, recordReminder, type NewInformationRequest } from '../../db/onboarding/information-requests';
import type { InformationAnswer } from '../../domain/onboarding/information-request';
import type { Actor } from '../../domain/shared/actor';
import type { ActivityDeps } from '../shared/deps';

export function createInformationActivities({ db, fingerprintKey }: ActivityDeps) {
  return {
    async requestInformation(request: NewInformationRequest): Promise<void> {
      await openInformationRequest(db, request);
    },
    /** Recorded now; the email and webhook to the seller arrive with notifications. */
    async remindInformationRequest(reminder: { requestId: string; day: number }): Promise<void> {
      await recordReminder(db, reminder.requestId, reminder.day);
    },
    async applyInformation(answer: { applicationId: string; requestId: string; personIds: string[]; answer: InformationAnswer; actor: Actor }): Promise<void> {
      await applyInformation(db, answer, fingerprintKey);
    },
    async expireApplication(expiry: { applicationId: string; requestId: string }): Promise<void> {
      await expireApplication(db, expiry);
    },
  };
}
