/**
 * Onboarding of one seller application: save what was submitted, verify every subject, score the
 * risk, and either approve a clean low-risk application or put it in front of a reviewer and wait
 * for the reviewer's decision. Reviewer actions arrive as Updates, validated here, so a decision
 * on a task that is not open, or not claimed by the caller, is refused before it is recorded.
 */
import { ActivityFailure, allHandlersFinished, ChildWorkflowFailure, condition, executeChild, patched, setHandler, uuid4 } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { type ApplicationStatus, type CheckResult, type OnboardingInput, type PlannedCheck } from '../../domain/onboarding/onboarding';
import { systemActor } from '../../domain/shared/actor';
import { claimRefusal, confirms, decisionRefusal, withdrawalRefusal } from '../../domain/review/review';
import { affectedChecks, applyAnswer, type InformationAnswer } from '../../domain/onboarding/information-request';
import { onboardingRules } from '../../domain/onboarding/rulesets';
import { routeReconsideration } from '../../domain/onboarding/routing';
import type { EventType } from '../../domain/notifications/notifications';
import { identityVerificationWorkflowId } from '../../temporal/workflow-ids';
import { notifications, providers, records } from '../shared/activities';
import { refuse } from '../shared/refusals';
import { acceptClaims } from '../review/claims';
import { identityVerification } from './identity-verification';
import { acceptAdjudications } from '../review/adjudications';
import { decideReviewTaskUpdate, onboardingStateQuery, provideInformationUpdate, withdrawApplicationUpdate, type DecisionResult, type OnboardingState } from './messages';

type CheckRun = { applicationId: string; check: PlannedCheck; round: number };

const runners: Record<PlannedCheck['kind'], (r: CheckRun) => Promise<CheckResult>> = {
  business_registry: (r) => providers.checkBusinessRegistry(r),
  tax_id: (r) => providers.checkTaxId(r),
  // A child workflow per person, so a vendor may answer later by callback (added after the first release).
  identity: ({ round, ...r }) =>
    patched('identity-child-workflow')
      ? executeChild(identityVerification, { workflowId: identityVerificationWorkflowId(r.applicationId, r.check.subject.id, round), args: [r] })
      : providers.checkIdentity(r),
  sanctions: (r) => providers.screenSanctions(r),
  bank_account: (r) => providers.checkBankAccount(r),
};

const prefixed = (prefix: string) => `${prefix}_${uuid4().replace(/-/g, '').slice(0, 20)}`;

export interface OnboardingResult {
  applicationId: string;
  status: ApplicationStatus;
  decisionId?: string;
}

export async function onboarding(input: OnboardingInput): Promise<OnboardingResult> {
  const { applicationId } = input;
  // The rules this application was submitted under, whatever the build (domain/onboarding/rulesets.ts).
  const rules = onboardingRules(input.rulesVersion);
  const state: OnboardingState = { applicationId, sellerId: input.sellerId, clientId: input.clientId, status: 'submitted', checks: [] };
  let decision: DecisionResult | undefined;
  let saved = false;
  let withdrawn = false;
  /** Set while the automatic decision is being recorded: a withdrawal then comes too late. */
  let deciding = false;
  let informationRequested = false;
  let answer: InformationAnswer | undefined;
  let askedMessage: string | undefined;
  let lastDecision: { reasons?: string[]; rejectType?: string } = {};

  const moveTo = async (status: ApplicationStatus, extra: Partial<Parameters<Activities['setStatus']>[0]> = {}) => {
    state.status = status;
    await records.setStatus({ applicationId, status, actor: systemActor, ...extra });
  };

  /** Events for webhooks and emails (added after the first release; replayed histories send none). */
  const notify = async (type: EventType, data: Record<string, unknown> = {}) => {
    if (!patched('notifications')) return;
    try {
      await notifications.publishEvent({ eventId: prefixed('evt'), type, applicationId, sellerId: input.sellerId, data });
    } catch (err) {
      if (!(err instanceof ActivityFailure)) throw err;
    }
  };

  setHandler(onboardingStateQuery, () => state);
  acceptAdjudications(() => state.reviewTask);

  acceptClaims({ get: () => state.reviewTask, set: (t) => (state.reviewTask = t) }, claimRefusal);

  setHandler(
    decideReviewTaskUpdate,
    async ({ taskId, actor, decision: d }): Promise<DecisionResult> => {
      if (d.outcome === 'request_information') {
        const requestedAt = new Date().toISOString();
        const request = { requestId: prefixed('rfi'), items: d.requestedItems!, requestedAt, dueAt: new Date(Date.now() + rules.informationPolicy.deadlineDays * DAY).toISOString() };
        state.reviewTask = { ...state.reviewTask!, status: 'decided' };
        state.informationRequest = { ...request, status: 'open' };
        state.status = 'information_requested';
        askedMessage = d.note;
        await records.requestInformation({ ...request, applicationId, reviewTaskId: taskId, reasons: d.reasons, message: d.note, actor });
        informationRequested = true;
        return { status: 'information_requested' };
      }
      const first = state.reviewTask!.firstReview;
      // Four eyes (added after the first release; replayed histories keep the one-reviewer path).
      if (patched('four-eyes-review') && rules.needsSecondReviewer(state.risk?.level, d) && !(first && confirms(first.decision, d))) {
        // A first decision, or a second reviewer who disagrees: this decision now waits for another reviewer.
        const firstReview = { actor, decision: d, decidedAt: new Date().toISOString() };
        state.reviewTask = { taskId, status: 'awaiting_second_review', firstReview };
        await records.recordFirstReview({ taskId, firstReview });
        return { status: 'in_review', awaitingSecondReview: true };
      }
      state.reviewTask = { ...state.reviewTask!, status: 'decided' };
      const decided = first ?? { actor, decision: d };
      const decisionId = prefixed('dec');
      const status: ApplicationStatus = decided.decision.outcome === 'approve' ? 'approved' : 'rejected';
      await records.recordDecision({
        decisionId,
        applicationId,
        reviewTaskId: taskId,
        outcome: decided.decision.outcome === 'approve' ? 'approve' : 'reject',
        rejectType: decided.decision.rejectType,
        reasons: decided.decision.reasons,
        note: [decided.decision.note, first && d.note ? `Confirmed: ${d.note}` : undefined].filter(Boolean).join('\n') || undefined,
        automated: false,
        actor: decided.actor,
        confirmedBy: first ? actor : undefined,
        decidedAt: new Date().toISOString(),
      });
      state.status = status;
      state.decisionId = decisionId;
      lastDecision = { reasons: decided.decision.reasons, rejectType: decided.decision.rejectType };
      decision = { decisionId, status };
      return decision;
    },
    {
      validator: ({ taskId, actor, decision: d }) => refuse(decisionRefusal(state.reviewTask, taskId, actor, d)),
    },
  );

  setHandler(
    provideInformationUpdate,
    async ({ actor, answer: given }): Promise<{ status: ApplicationStatus }> => {
      const request = state.informationRequest!;
      state.informationRequest = { ...request, status: 'answered' };
      state.status = 'verifying';
      await records.applyInformation({ applicationId, requestId: request.requestId, personIds: input.personIds, answer: given, actor });
      answer = given;
      return { status: 'verifying' };
    },
    {
      validator: ({ answer: given }) => {
        if (state.status !== 'information_requested' || state.informationRequest?.status !== 'open') refuse('no_open_information_request');
        if ((given.persons ?? []).some((p: { id: string }) => !input.personIds.includes(p.id))) refuse('unknown_person');
      },
    },
  );

  setHandler(
    withdrawApplicationUpdate,
    async ({ actor, reason }): Promise<{ status: ApplicationStatus }> => {
      withdrawn = true;
      state.status = 'withdrawn';
      if (state.reviewTask) state.reviewTask = { ...state.reviewTask, status: 'cancelled' };
      // The record must exist before it can be closed.
      await condition(() => saved);
      await records.recordWithdrawal({ applicationId, actor, reason });
      return { status: 'withdrawn' };
    },
    {
      validator: (_request) => refuse(withdrawalRefusal(state.status, deciding)),
    },
  );

  await records.saveApplication(input);
  saved = true;
  if (withdrawn) return conclude();
  await moveTo('verifying');

  const plan = rules.planChecks(input, { taxId: patched('tax-id-check') });
  let submission = input.submission;
  let pending = plan;
  for (let round = 1; ; round++) {
    const results = await untilWithdrawn(runChecks(applicationId, pending, round));
    if (withdrawn) return conclude();
    state.checks = mergeChecks(state.checks, results!);

    // Links to sellers turned away before (added after the first release).
    const links = patched('seller-links') ? await records.findSellerLinks({ applicationId }) : [];
    const risk = rules.assessRisk(submission.country, state.checks, links);
    state.risk = risk;
    // Missing required data sends the application to a human (added after the first release).
    const requirementsDue = patched('requirements-routing') && rules.hasBlockingRequirements(rules.factsOf(submission, input.personIds));
    const routed = rules.routeApplication(state.checks, risk, requirementsDue);
    // An application reconsidered on appeal goes to a reviewer whatever its checks say (inputs from before never carry it).
    const route = input.reconsideration ? routeReconsideration(routed) : routed;

    if (route.route === 'approve') {
      deciding = true;
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
      break;
    }

    const taskId = prefixed('rvt');
    const { slaDueAt } = await records.openReviewTask({ taskId, applicationId, queue: route.queue, priority: route.priority, reasons: route.reasons });
    state.reviewTask = { taskId, status: 'open' };
    await moveTo('in_review', { risk, reason: route.reasons.join(',') });
    const settled = () => decision !== undefined || withdrawn || informationRequested;
    // SLA escalation (added after the first release; replayed histories keep waiting without a timer).
    if (patched('review-sla-escalation')) {
      const untilDue = Math.max(1, Date.parse(slaDueAt) - Date.now());
      if (!(await condition(settled, untilDue))) {
        await records.escalateReviewTask({ taskId });
        await notify('review_task.sla_breached', { reviewTaskId: taskId });
      }
    }
    await condition(settled);
    if (!informationRequested) break;

    // The reviewer asked the seller for information: wait for the answer, then verify what it changed.
    const asked = state.informationRequest!;
    await notify('application.information_requested', { items: asked.items, dueAt: asked.dueAt, message: askedMessage });
    if ((await awaitAnswer()) !== 'answered') break;
    submission = applyAnswer(submission, input.personIds, answer!);
    pending = affectedChecks(plan, answer!);
    informationRequested = false;
    answer = undefined;
  }
  return conclude();

  /**
   * A withdrawal need not wait for a vendor that answers later: the running verifications end with
   * this workflow (added with the identity child workflow; older histories waited for the checks).
   */
  function untilWithdrawn<T>(work: Promise<T>): Promise<T | undefined> {
    return patched('identity-child-workflow') ? Promise.race([work, condition(() => withdrawn).then(() => undefined)]) : work;
  }

  /** Reminders on the policy's days, then expiry at the deadline, unless the seller answers or withdraws. */
  async function awaitAnswer(): Promise<'answered' | 'withdrawn' | 'expired'> {
    const request = state.informationRequest!;
    const answeredOrGone = () => answer !== undefined || withdrawn;
    const requestedAt = Date.parse(request.requestedAt);
    for (const day of rules.informationPolicy.reminderDays) {
      if (await condition(answeredOrGone, Math.max(1, requestedAt + day * DAY - Date.now()))) break;
      await records.remindInformationRequest({ requestId: request.requestId, day });
      await notify('application.information_reminder', { items: request.items, dueAt: request.dueAt, day });
    }
    if (!answeredOrGone() && !(await condition(answeredOrGone, Math.max(1, Date.parse(request.dueAt) - Date.now())))) {
      state.informationRequest = { ...request, status: 'expired' };
      state.status = 'expired';
      await records.expireApplication({ applicationId, requestId: request.requestId });
      return 'expired';
    }
    return withdrawn ? 'withdrawn' : 'answered';
  }

  /** Tells the outside how it ended, then completes. */
  async function conclude(): Promise<OnboardingResult> {
    const type = outcomeEvents[state.status];
    if (type) await notify(type, { status: state.status, ...lastDecision });
    return finish();
  }

  async function finish(): Promise<OnboardingResult> {
    await condition(allHandlersFinished);
    return { applicationId, status: state.status, decisionId: state.decisionId };
  }
}

const DAY = 86_400_000;

const outcomeEvents: Partial<Record<ApplicationStatus, EventType>> = {
  approved: 'application.approved',
  rejected: 'application.rejected',
  withdrawn: 'application.withdrawn',
  expired: 'application.expired',
};

/** Runs checks in parallel; a vendor that keeps failing sends its check to a human instead of failing the process. */
function runChecks(applicationId: string, checks: PlannedCheck[], round: number): Promise<CheckResult[]> {
  return Promise.all(
    checks.map(async (check) => {
      const request = { applicationId, check };
      try {
        return await runners[check.kind]({ ...request, round });
      } catch (err) {
        if (!(err instanceof ActivityFailure || err instanceof ChildWorkflowFailure)) throw err;
        return records.recordUnavailableCheck({ ...request, error: err.cause?.message ?? err.message });
      }
    }),
  );
}

/** The latest result per kind and subject. */
function mergeChecks(previous: CheckResult[], latest: CheckResult[]): CheckResult[] {
  const key = (c: CheckResult) => `${c.kind}:${c.subject.id}`;
  const fresh = new Map(latest.map((c) => [key(c), c]));
  return [...previous.map((c) => fresh.get(key(c)) ?? c), ...latest.filter((c) => !previous.some((p) => key(p) === key(c)))];
}
