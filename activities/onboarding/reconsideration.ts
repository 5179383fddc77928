/**
 * An appeal overturned a rejection: the application is reconsidered as a new application of the
 * seller with the same data (db/onboarding/reconsideration.ts), started as an onboarding that runs
 * its checks afresh and always goes to a reviewer (OnboardingInput.reconsideration).
 */
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { storedSubmission } from '../../db/onboarding/reconsideration';
import { appendAudit } from '../../db/shared/audit';
import type { OnboardingInput } from '../../domain/onboarding/onboarding';
import { CURRENT_ONBOARDING_RULES } from '../../domain/onboarding/rulesets';
import type { Actor } from '../../domain/shared/actor';
import { derivedId } from '../../domain/shared/ids';
import { SellerIdAttribute } from '../../temporal/search-attributes';
import { onboardingWorkflowId } from '../../temporal/workflow-ids';
import type { ActivityDeps } from '../shared/deps';

/** Starts the reconsideration of a rejected application whose rejection an appeal overturned; once, however often asked. */
export async function startReconsideration({ db, temporal }: Pick<ActivityDeps, 'db' | 'temporal'>, appealId: string, applicationId: string, actor: Actor): Promise<string> {
  if (!temporal) throw new Error('the worker has no Temporal client to start the reconsideration');
  const stored = await storedSubmission(db, applicationId);
  if (!stored) throw ApplicationFailure.nonRetryable(`application ${applicationId} has no data left to reconsider (erased)`, 'application_erased');
  const reconsiderationId = derivedId('application', 'reconsideration', appealId);
  const input: OnboardingInput = {
    applicationId: reconsiderationId,
    sellerId: stored.sellerId,
    submittedAt: new Date().toISOString(),
    submittedBy: actor,
    clientId: stored.clientId,
    personIds: stored.submission.persons.map((_, i) => derivedId('person', reconsiderationId, String(i))),
    bankAccountId: derivedId('bankAccount', reconsiderationId),
    submission: stored.submission,
    rulesVersion: CURRENT_ONBOARDING_RULES,
    reconsideration: { appealId, applicationId },
  };
  try {
    await temporal.client.workflow.start('onboarding', {
      workflowId: onboardingWorkflowId(reconsiderationId),
      taskQueue: temporal.taskQueue,
      args: [input],
      workflowIdConflictPolicy: 'USE_EXISTING',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      typedSearchAttributes: [{ key: SellerIdAttribute, value: stored.sellerId }],
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  await appendAudit(db, { actor, action: 'application.reconsidered', subjectType: 'application', subjectId: applicationId, data: { appealId, reconsiderationId } });
  return reconsiderationId;
}
