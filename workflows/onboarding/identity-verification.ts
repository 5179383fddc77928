/**
 * Identity verification of one person, a child of onboarding. The vendor answers at once or later
 * through a signed callback that the API turns into a signal; with no answer in time, the check
 * goes to a reviewer. The workflow ID is the reference the vendor's callback names, so an answer
 * always finds its verification, and a new round (after a request for information) is a new ID.
 */
import { ActivityFailure, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import type { CheckRequest } from '../../activities/onboarding/check-records';
import type { CheckResult } from '../../domain/onboarding/onboarding';
import { providers, records } from '../shared/activities';
import { identityAnswerSignal, type IdentityCallback } from './identity-messages';

export async function identityVerification(request: CheckRequest): Promise<CheckResult> {
  const callbacks: IdentityCallback[] = [];
  // Kept from the start: a quick vendor may call back before the request below has returned.
  setHandler(identityAnswerSignal, (callback) => {
    callbacks.push(callback);
  });

  let started: Awaited<ReturnType<Activities['startIdentityVerification']>>;
  try {
    started = await providers.startIdentityVerification({ ...request, clientReference: workflowInfo().workflowId });
  } catch (err) {
    if (!(err instanceof ActivityFailure)) throw err;
    return records.recordUnavailableCheck({ ...request, error: err.cause?.message ?? err.message });
  }
  if ('answered' in started) return started.answered;

  const { provider, providerReference, answerTimeoutHours } = started.pending;
  // The first answer for this verification wins; a vendor's retried delivery changes nothing.
  const answerOf = () => callbacks.find((c) => c.provider === provider && c.providerReference === providerReference);
  if (await condition(() => answerOf() !== undefined, answerTimeoutHours * 3_600_000)) {
    return records.recordIdentityAnswer({ ...request, provider, providerReference, answer: answerOf()!.answer });
  }
  return records.recordIdentityTimeout({ ...request, provider, providerReference, waitedHours: answerTimeoutHours });
}
