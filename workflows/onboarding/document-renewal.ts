/**
 * An identity document of an approved seller's person that expires soon: the seller is asked for a
 * new one before it lapses. The new document is verified with the identity vendor as at onboarding
 * (the same child workflow); one that lapses unanswered, or does not verify, joins the seller's
 * investigation for a reviewer.
 */
import { ActivityFailure, ChildWorkflowFailure, condition, executeChild, setHandler } from '@temporalio/workflow';
import { newWorkflowId } from '../shared/ids';
import type { CheckResult } from '../../domain/onboarding/onboarding';
import { identityVerificationWorkflowId } from '../../temporal/workflow-ids';
import { notifications, records } from '../shared/activities';
import { answerSellerRequestUpdate, sellerInformationSignal } from './document-renewal-messages';
import { refuse } from '../shared/refusals';
import { identityVerification } from './identity-verification';

export interface DocumentRenewalInput {
  requestId: string;
  sellerId: string;
  applicationId: string;
  personId: string;
  dueAt: string;
}

export async function documentRenewal(input: DocumentRenewalInput): Promise<{ outcome: 'verified' | 'not_verified' | 'lapsed' }> {
  const { requestId, sellerId, applicationId, personId, dueAt } = input;
  let answered = false;
  let answering = false;
  setHandler(sellerInformationSignal, (s) => {
    if (s.requestId === requestId) answered = true;
  });
  setHandler(
    answerSellerRequestUpdate,
    async (a) => {
      answering = true;
      // Recorded (by this workflow's activity) before the vendor is asked about the new document.
      await records.answerSellerRequest({ requestId, idDocument: a.idDocument, actor: a.actor, apiRequestId: a.apiRequestId });
      answered = true;
      return { status: 'answered' as const };
    },
    { validator: (a) => refuse(a.requestId !== requestId || answering || answered ? 'request_not_open' : undefined) },
  );
  await notifications.publishEvent({ eventId: newWorkflowId('event'), type: 'seller.information_requested', sellerId, data: { requestId, items: [`persons.${personId}.idDocument`], dueAt } });

  if (!(await condition(() => answered, Math.max(1, Date.parse(dueAt) - Date.now())))) {
    if (await records.expireSellerRequest({ requestId })) {
      await records.signalInvestigationFor({ sellerId, signal: { source: 'document_lapsed', requestId, personId, outcome: 'not_renewed' } });
    }
    return { outcome: 'lapsed' };
  }
  // A verification round of its own: the year the old document expires keeps the child's ID unique.
  const round = Number(dueAt.slice(0, 4));
  let result: CheckResult;
  try {
    result = await executeChild(identityVerification, {
      workflowId: identityVerificationWorkflowId(applicationId, personId, round),
      args: [{ applicationId, check: { kind: 'identity', subject: { type: 'person', id: personId } } }],
    });
  } catch (err) {
    if (!(err instanceof ChildWorkflowFailure || err instanceof ActivityFailure)) throw err;
    result = { status: 'needs_review' } as CheckResult;
  }
  if (result.status === 'passed') return { outcome: 'verified' };
  await records.signalInvestigationFor({ sellerId, signal: { source: 'document_lapsed', requestId, personId, outcome: 'not_verified' } });
  return { outcome: 'not_verified' };
}
