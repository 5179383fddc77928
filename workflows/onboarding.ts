/**
 * Onboarding of one seller application: save what was submitted, verify every subject, score the
 * risk, and either approve a clean low-risk application or put it in front of a reviewer and wait
 * for the reviewer's decision. Reviewer actions arrive as Updates, validated here, so a decision
 * on a task that is not open, or not claimed by the caller, is refused before it is recorded.
 */
import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  uuid4,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import { planChecks, systemActor, type ApplicationStatus, type CheckResult, type OnboardingInput, type PlannedCheck } from '../domain/onboarding';
import { claimRefusal, decisionRefusal, type ReviewTaskState } from '../domain/review';
import { assessRisk } from '../domain/risk';
import { routeApplication } from '../domain/routing';
import {
  claimReviewTaskUpdate,
  decideReviewTaskUpdate,
  onboardingStateQuery,
  type DecisionResult,
  type OnboardingState,
} from './onboarding-messages';

// Database writes retry until the database is back: an accepted application is never dropped.
const records = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

// Vendor calls retry a few times with backoff, then the check goes to a human.
const providers = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 5 },
});

const runners: Record<PlannedCheck['kind'], (r: { applicationId: string; check: PlannedCheck }) => Promise<CheckResult>> = {
  business_registry: (r) => providers.checkBusinessRegistry(r),
  identity: (r) => providers.checkIdentity(r),
  sanctions: (r) => providers.screenSanctions(r),
  bank_account: (r) => providers.checkBankAccount(r),
};

const prefixed = (prefix: string) => `${prefix}_${uuid4().replace(/-/g, '').slice(0, 20)}`;

export interface OnboardingResult {
  applicationId: string;
  status: ApplicationStatus;
  decisionId: string;
}

export async function onboarding(input: OnboardingInput): Promise<OnboardingResult> {
  const { applicationId } = input;
  const state: OnboardingState = { applicationId, sellerId: input.sellerId, status: 'submitted', checks: [] };
  let decision: DecisionResult | undefined;

  const moveTo = async (status: ApplicationStatus, extra: Partial<Parameters<Activities['setStatus']>[0]> = {}) => {
    state.status = status;
    await records.setStatus({ applicationId, status, actor: systemActor, ...extra });
  };

  setHandler(onboardingStateQuery, () => state);

  setHandler(
    claimReviewTaskUpdate,
    async ({ taskId, actor }): Promise<ReviewTaskState> => {
      const task = state.reviewTask!;
      if (task.status === 'claimed') return task; // the same reviewer claiming again
      // State changes before the await, so a concurrent claim is refused by the validator.
      state.reviewTask = { taskId, status: 'claimed', assignee: actor };
      await records.claimReviewTask({ taskId, actor });
      return state.reviewTask;
    },
    {
      validator: ({ taskId, actor }) => {
        const refusal = claimRefusal(state.reviewTask, taskId, actor);
        if (refusal) throw ApplicationFailure.nonRetryable(refusal, refusal);
      },
    },
  );

  setHandler(
    decideReviewTaskUpdate,
    async ({ taskId, actor, decision: d }): Promise<DecisionResult> => {
      state.reviewTask = { ...state.reviewTask!, status: 'decided' };
      const decisionId = prefixed('dec');
      const status: ApplicationStatus = d.outcome === 'approve' ? 'approved' : 'rejected';
      await records.recordDecision({
        decisionId,
        applicationId,
        reviewTaskId: taskId,
        outcome: d.outcome === 'approve' ? 'approve' : 'reject',
        rejectType: d.rejectType,
        reasons: d.reasons,
        note: d.note,
        automated: false,
        actor,
        decidedAt: new Date().toISOString(),
      });
      state.status = status;
      state.decisionId = decisionId;
      decision = { decisionId, status };
      return decision;
    },
    {
      validator: ({ taskId, actor, decision: d }) => {
        const refusal = decisionRefusal(state.reviewTask, taskId, actor, d);
        if (refusal) throw ApplicationFailure.nonRetryable(refusal, refusal);
      },
    },
  );

  await records.saveApplication(input);
  await moveTo('verifying');

  state.checks = await Promise.all(
    planChecks(input).map(async (check) => {
      const request = { applicationId, check };
      try {
        return await runners[check.kind](request);
      } catch (err) {
        if (!(err instanceof ActivityFailure)) throw err;
        return records.recordUnavailableCheck({ ...request, error: err.cause?.message ?? err.message });
      }
    }),
  );

  const risk = assessRisk(input.submission.country, state.checks);
  state.risk = risk;
  const route = routeApplication(state.checks, risk);

  if (route.route === 'approve') {
    const decisionId = prefixed('dec');
    await records.setStatus({ applicationId, status: 'verifying', actor: systemActor, risk });
    await records.recordDecision({
      decisionId,
      applicationId,
      outcome: 'approve',
      reasons: ['all_checks_passed'],
      automated: true,
      actor: systemActor,
      decidedAt: new Date().toISOString(),
    });
    state.status = 'approved';
    state.decisionId = decisionId;
  } else {
    const taskId = prefixed('rvt');
    await records.openReviewTask({ taskId, applicationId, queue: route.queue, priority: route.priority, reasons: route.reasons });
    state.reviewTask = { taskId, status: 'open' };
    await moveTo('in_review', { risk, reason: route.reasons.join(',') });
    await condition(() => decision !== undefined);
  }

  await condition(allHandlersFinished);
  return { applicationId, status: state.status, decisionId: state.decisionId! };
}
