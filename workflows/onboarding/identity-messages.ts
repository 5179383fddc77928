/** The messages of the identity verification workflow, shared with the API's callback route. */
import { defineSignal } from '@temporalio/workflow';
import type { IdentityAnswer } from '../../domain/onboarding/identity';

/** A vendor's later answer, as its signed callback delivered it. */
export interface IdentityCallback {
  provider: string;
  providerReference: string;
  eventId: string;
  answer: IdentityAnswer;
}

export const identityAnswerSignal = defineSignal<[IdentityCallback]>('identityAnswer');
