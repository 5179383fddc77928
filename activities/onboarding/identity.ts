/**
 * Identity verification in steps, for the identityVerification child workflow: ask the vendor,
 * which answers now or later; record a later answer when its callback arrives; or record that
 * none came in time, which sends the check to a reviewer.
 */
import { ApplicationFailure } from '@temporalio/activity';
import { findPerson } from '../../db/onboarding/applications';
import { recordCheck } from '../../db/onboarding/checks';
import { identityOutcome, type IdentityAnswer } from '../../domain/onboarding/identity';
import type { CheckResult } from '../../domain/onboarding/onboarding';
import { checkIdOf, recordOutcome, type CheckRequest } from './check-records';
import type { ActivityDeps } from '../shared/deps';

export interface IdentityVerificationRequest extends CheckRequest {
  /** The child workflow's ID: the vendor's idempotency key and the reference its callback names. */
  clientReference: string;
}

export type IdentityStart = { answered: CheckResult } | { pending: { provider: string; providerReference: string; answerTimeoutHours: number } };

export function createIdentityActivities({ db, providers, identityAnswerTimeoutHours: answerTimeoutHours }: ActivityDeps) {
  return {
    async startIdentityVerification(request: IdentityVerificationRequest): Promise<IdentityStart> {
      const found = await findPerson(db, request.check.subject.id);
      if (!found) throw ApplicationFailure.nonRetryable(`person ${request.check.subject.id} is not stored`, 'person_missing');
      const p = found.details;
      const provider = providers.identity.name;
      const answer = await providers.identity.verify({
        firstName: p.firstName,
        lastName: p.lastName,
        dateOfBirth: p.dateOfBirth,
        document: p.idDocument,
        idempotencyKey: request.clientReference,
        clientReference: request.clientReference,
      });
      if (answer.status !== 'pending') return { answered: await recordOutcome(db, request, identityOutcome(provider, answer)) };
      // Shown as pending verification until the answer comes.
      await recordCheck(db, request.applicationId, {
        checkId: checkIdOf(request),
        ...request.check,
        status: 'pending',
        provider,
        evidence: { awaiting: 'provider_callback', providerReference: answer.reference, ...(answer.sessionUrl ? { sessionUrl: answer.sessionUrl } : {}) },
      });
      return { pending: { provider, providerReference: answer.reference, answerTimeoutHours } };
    },

    async recordIdentityAnswer(request: CheckRequest & { provider: string; providerReference: string; answer: IdentityAnswer }): Promise<CheckResult> {
      return recordOutcome(db, request, identityOutcome(request.provider, request.answer, request.providerReference));
    },

    async recordIdentityTimeout(request: CheckRequest & { provider: string; providerReference: string; waitedHours: number }): Promise<CheckResult> {
      return recordOutcome(db, request, {
        status: 'needs_review',
        code: 'identity_no_answer',
        provider: request.provider,
        evidence: { providerReference: request.providerReference, waitedHours: request.waitedHours },
      });
    },
  };
}
