/**
 * The onboarding workflow on the time-skipping test server with mocked activities: the routing
 * decisions, the reviewer Updates and their validators, and a vendor that never answers.
 */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import type { Activities } from '../../activities';
import type { Duration } from '@temporalio/common';
import type { WorkflowHandle } from '@temporalio/client';
import type { CheckResult, OnboardingInput, PlannedCheck } from '../../domain/onboarding/onboarding';
import { identityVerificationWorkflowId } from '../../temporal/workflow-ids';
import { identityAnswerSignal } from '../../workflows/onboarding/identity-messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { decideReviewTaskUpdate, onboardingStateQuery, provideInformationUpdate, withdrawApplicationUpdate, type OnboardingState } from '../../workflows/onboarding/messages';
import { onboardingInput } from '../../scripts/sample-applications';
import { useTimeSkipping } from '../helpers/time-skipping';
import { recordHistory } from '../helpers/histories';

const temporalTest = useTimeSkipping();
/** An Update to a workflow that has ended: the real server says "already completed", the time-skipping one "update ... not found". */
const closedWorkflow = /already completed|update \S+ not found/i;
const { withWorker } = temporalTest;

const input = () => onboardingInput();

/** Lets workflow time pass until the workflow's state satisfies `done`. */
async function untilState(handle: WorkflowHandle, done: (s: OnboardingState) => boolean, step: Duration = '1 second'): Promise<OnboardingState> {
  let state = await handle.query(onboardingStateQuery);
  while (!done(state)) {
    await temporalTest.env.sleep(step);
    state = await handle.query(onboardingStateQuery);
  }
  return state;
}

type Outcome = Pick<CheckResult, 'status' | 'code'>;

/** A mock activity that only records its argument. */
const recordInto =
  (list: unknown[]) =>
  async (arg: any): Promise<void> => {
    list.push(arg);
  };

/**
 * Mock activities that record what was done; `outcomes` picks a check's result by kind and subject,
 * and 'later' makes an identity vendor accept the request and answer by callback (or never).
 */
function mockActivities(outcomes: (check: PlannedCheck) => Outcome | 'throw' | 'later' = () => ({ status: 'passed' })) {
  const done = {
    statuses: [] as string[],
    decisions: [] as any[],
    tasks: [] as any[],
    claims: [] as any[],
    unavailable: [] as any[],
    firstReviews: [] as any[],
    withdrawals: [] as any[],
    escalations: [] as any[],
    informationRequests: [] as any[],
    reminders: [] as any[],
    answers: [] as any[],
    expiries: [] as any[],
    runs: [] as string[],
    events: [] as any[],
    identityStarts: [] as any[],
    identityAnswers: [] as any[],
    identityTimeouts: [] as any[],
  };
  const resultOf = (check: PlannedCheck, outcome: Outcome): CheckResult => ({ checkId: `chk_${check.kind}_${check.subject.id}`, ...check, ...outcome, provider: 'mock', evidence: {} });
  const run = async ({ check }: { applicationId: string; check: PlannedCheck }): Promise<CheckResult> => {
    done.runs.push(check.kind);
    const outcome = outcomes(check);
    if (outcome === 'throw') throw new Error('vendor down');
    if (outcome === 'later') throw new Error('a synchronous check cannot answer later');
    return resultOf(check, outcome);
  };
  const activities: Partial<Activities> = {
    saveApplication: async () => {},
    findSellerLinks: async () => [],
    setStatus: async ({ status }) => {
      done.statuses.push(status);
    },
    checkBusinessRegistry: run,
    checkIdentity: run,
    checkTaxId: run,
    startIdentityVerification: async (r) => {
      done.identityStarts.push(r);
      if (outcomes(r.check) !== 'later') return { answered: await run(r) };
      done.runs.push('identity');
      return { pending: { provider: 'mock-identity', providerReference: `ref-${r.check.subject.id}`, answerTimeoutHours: 48 } };
    },
    recordIdentityAnswer: async (r) => {
      done.identityAnswers.push(r);
      return resultOf(r.check, r.answer.status === 'verified' ? { status: 'passed' } : { status: 'failed', code: 'identity_not_verified' });
    },
    recordIdentityTimeout: async (r) => {
      done.identityTimeouts.push(r);
      return resultOf(r.check, { status: 'needs_review', code: 'identity_no_answer' });
    },
    screenSanctions: run,
    checkBankAccount: run,
    recordUnavailableCheck: async (r) => {
      done.unavailable.push(r);
      return { checkId: 'chk_x', ...r.check, status: 'needs_review', code: 'provider_unavailable', provider: 'unavailable', evidence: {} };
    },
    openReviewTask: async (t) => {
      done.tasks.push(t);
      // The test server's clock starts at the real time: the SLA is 24 hours from it.
      return { slaDueAt: new Date((await temporalTest.env.currentTimeMs()) + 24 * 3_600_000).toISOString() };
    },
    escalateReviewTask: recordInto(done.escalations),
    requestInformation: recordInto(done.informationRequests),
    remindInformationRequest: recordInto(done.reminders),
    applyInformation: recordInto(done.answers),
    expireApplication: recordInto(done.expiries),
    publishEvent: recordInto(done.events),
    claimReviewTask: recordInto(done.claims),
    recordDecision: recordInto(done.decisions),
    recordFirstReview: recordInto(done.firstReviews),
    recordWithdrawal: recordInto(done.withdrawals),
  };
  return { activities, done };
}

const record = recordHistory;

const reviewer = { id: 'key_reviewer_a', name: 'Ana', role: 'reviewer' };
const otherReviewer = { id: 'key_reviewer_b', name: 'Ben', role: 'reviewer' };

it('approves automatically when every check passes and the risk is low', async () => {
  const { activities, done } = mockActivities();
  const i = input();
  const result = await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-approve-${Date.now()}`, taskQueue, args: [i] });
    const outcome = await handle.result();
    await record('onboarding-auto-approve-with-links', handle);
    return outcome;
  });
  expect(result).toMatchObject({ status: 'approved' });
  expect(done.statuses[0]).toBe('verifying');
  expect(done.tasks).toHaveLength(0);
  expect(done.decisions).toEqual([expect.objectContaining({ outcome: 'approve', automated: true, actor: expect.objectContaining({ id: 'system' }) })]);
  expect(done.events).toEqual([expect.objectContaining({ type: 'application.approved', applicationId: i.applicationId, data: { status: 'approved' } })]);
});

it('sends a sanctions hit to review; the claimer decides first and a different reviewer confirms (four eyes)', async () => {
  const { activities, done } = mockActivities((c) => (c.kind === 'sanctions' && c.subject.type === 'person' ? { status: 'needs_review', code: 'sanctions_potential_match' } : { status: 'passed' }));
  await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-review-${Date.now()}`, taskQueue, args: [input()] });
    const state = await untilState(handle, (s) => s.status === 'in_review');
    const taskId = state.reviewTask!.taskId;
    expect(done.tasks).toEqual([expect.objectContaining({ queue: 'sanctions', priority: 1, reasons: ['sanctions_potential_match'] })]);
    expect(state.risk!.level).toBe('high');

    const decision = { outcome: 'approve' as const, reasons: ['false_positive_match'], note: 'different person' };
    await expect(handle.executeUpdate(decideReviewTaskUpdate, { args: [{ taskId, actor: reviewer, decision }] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId: 'rvt_wrong', actor: reviewer }] })).rejects.toBeInstanceOf(WorkflowUpdateFailedError);

    expect(await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] })).toMatchObject({ status: 'claimed', assignee: reviewer });
    // Claiming again is a no-op for the same reviewer, refused for another.
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] });
    await expect(handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: otherReviewer }] })).rejects.toMatchObject({ cause: { type: 'review_task_claimed_by_another' } });
    await expect(handle.executeUpdate(decideReviewTaskUpdate, { args: [{ taskId, actor: otherReviewer, decision }] })).rejects.toMatchObject({ cause: { type: 'review_task_not_claimed_by_caller' } });

    // A high-risk approval is a first review: nothing is decided yet.
    expect(await handle.executeUpdate(decideReviewTaskUpdate, { args: [{ taskId, actor: reviewer, decision }] })).toEqual({ status: 'in_review', awaitingSecondReview: true });
    expect((await handle.query(onboardingStateQuery)).reviewTask).toMatchObject({ status: 'awaiting_second_review', firstReview: { actor: reviewer } });
    expect(done.decisions).toHaveLength(0);
    // The first reviewer cannot confirm their own decision.
    await expect(handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] })).rejects.toMatchObject({ cause: { type: 'four_eyes_same_reviewer' } });

    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: otherReviewer }] });
    const result = await handle.executeUpdate(decideReviewTaskUpdate, { args: [{ taskId, actor: otherReviewer, decision: { ...decision, note: 'agreed' } }] });
    expect(result.status).toBe('approved');
    expect(await handle.result()).toMatchObject({ status: 'approved', decisionId: result.decisionId });
    await record('onboarding-four-eyes-approve', handle);
  });
  expect(done.claims).toHaveLength(2);
  expect(done.firstReviews).toHaveLength(1);
  expect(done.decisions).toEqual([
    expect.objectContaining({ outcome: 'approve', automated: false, actor: reviewer, confirmedBy: otherReviewer, reasons: ['false_positive_match'], note: 'different person\nConfirmed: agreed' }),
  ]);
});

it('a second reviewer who disagrees sends the decision back for a third look', async () => {
  const { activities, done } = mockActivities((c) => (c.kind === 'sanctions' ? { status: 'needs_review', code: 'sanctions_potential_match' } : { status: 'passed' }));
  const third = { id: 'key_reviewer_c', name: 'Cleo', role: 'senior_reviewer' };
  await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-disagree-${Date.now()}`, taskQueue, args: [input()] });
    const taskId = (await untilState(handle, (s) => s.status === 'in_review')).reviewTask!.taskId;
    const approve = { outcome: 'approve' as const, reasons: ['false_positive_match'] };
    const reject = { outcome: 'reject' as const, rejectType: 'final' as const, reasons: ['sanctions_match_confirmed'] };
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] });
    await handle.executeUpdate(decideReviewTaskUpdate, { args: [{ taskId, actor: reviewer, decision: approve }] });
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: otherReviewer }] });
    expect(await handle.executeUpdate(decideReviewTaskUpdate, { args: [{ taskId, actor: otherReviewer, decision: reject }] })).toMatchObject({ awaitingSecondReview: true });
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: third }] });
    expect(await handle.executeUpdate(decideReviewTaskUpdate, { args: [{ taskId, actor: third, decision: reject }] })).toMatchObject({ status: 'rejected' });
    // Let it finish (it still tells the seller) so no half-run workflow holds the test server's clock.
    await handle.result();
  });
  expect(done.decisions).toEqual([expect.objectContaining({ outcome: 'reject', rejectType: 'final', actor: otherReviewer, confirmedBy: third })]);
});

it('sends an application with required data missing to a human even when every check passes', async () => {
  const { activities, done } = mockActivities();
  const missing = onboardingInput();
  missing.submission.persons = missing.submission.persons.map(({ address: _address, ...p }) => p);
  await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-due-${Date.now()}`, taskQueue, args: [missing] });
    await untilState(handle, (s) => s.status === 'in_review');
    await handle.terminate('test done');
  });
  expect(done.tasks).toEqual([expect.objectContaining({ queue: 'verification', reasons: ['requirements_due'] })]);
  expect(done.decisions).toHaveLength(0);
});

it('escalates a review task once when its SLA passes, and the reviewer can still decide it', async () => {
  const { activities, done } = mockActivities((c) => (c.kind === 'business_registry' ? { status: 'needs_review', code: 'registry_not_found' } : { status: 'passed' }));
  await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-sla-${Date.now()}`, taskQueue, args: [input()] });
    const taskId = (await untilState(handle, (s) => s.status === 'in_review')).reviewTask!.taskId;
    await temporalTest.env.sleep('23 hours');
    expect(done.escalations).toHaveLength(0);
    await temporalTest.env.sleep('2 hours');
    await untilState(handle, () => done.escalations.length > 0);
    await temporalTest.env.sleep('3 days');
    expect(done.escalations).toEqual([{ taskId }]);
    expect(done.events.map((e: any) => e.type)).toEqual(['review_task.sla_breached']);
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] });
    const result = await handle.executeUpdate(decideReviewTaskUpdate, {
      args: [{ taskId, actor: reviewer, decision: { outcome: 'approve', reasons: ['business_confirmed_manually'] } }],
    });
    expect(result.status).toBe('approved');
    expect(await handle.result()).toMatchObject({ status: 'approved' });
    await record('onboarding-sla-escalation', handle);
  });
});

it('withdraws while in review: the task is cancelled and the workflow ends; a decided application cannot be withdrawn', async () => {
  const { activities, done } = mockActivities((c) => (c.kind === 'business_registry' ? { status: 'needs_review', code: 'registry_not_found' } : { status: 'passed' }));
  await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-withdraw-${Date.now()}`, taskQueue, args: [input()] });
    await untilState(handle, (s) => s.status === 'in_review');
    expect(await handle.executeUpdate(withdrawApplicationUpdate, { args: [{ actor: input().submittedBy, reason: 'changed plans' }] })).toEqual({ status: 'withdrawn' });
    expect(await handle.result()).toMatchObject({ status: 'withdrawn' });
  });
  expect(done.withdrawals).toEqual([expect.objectContaining({ reason: 'changed plans' })]);
  expect(done.decisions).toHaveLength(0);

  const approved = mockActivities();
  await withWorker(approved.activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-late-withdraw-${Date.now()}`, taskQueue, args: [input()] });
    await handle.result();
    await expect(handle.executeUpdate(withdrawApplicationUpdate, { args: [{ actor: input().submittedBy }] })).rejects.toThrow(closedWorkflow);
  });
});

describe('a request for information', () => {
  const askForNumber = { outcome: 'request_information' as const, reasons: ['document_required'], requestedItems: ['business.registrationNumber'], note: 'Please send your company number.' };

  async function untilInformationRequested(handle: WorkflowHandle) {
    const taskId = (await untilState(handle, (s) => s.status === 'in_review')).reviewTask!.taskId;
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] });
    expect(await handle.executeUpdate(decideReviewTaskUpdate, { args: [{ taskId, actor: reviewer, decision: askForNumber }] })).toEqual({ status: 'information_requested' });
    return taskId;
  }

  it('reminds the seller on days 7 and 12 and expires the application on day 14 without an answer', async () => {
    const { activities, done } = mockActivities((c) => (c.kind === 'business_registry' ? { status: 'needs_review', code: 'registry_not_found' } : { status: 'passed' }));
    await withWorker(activities, async (taskQueue) => {
      const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-rfi-expire-${Date.now()}`, taskQueue, args: [input()] });
      await untilInformationRequested(handle);
      await temporalTest.env.sleep('6 days');
      expect(done.reminders).toHaveLength(0);
      await temporalTest.env.sleep('2 days');
      await untilState(handle, () => done.reminders.length === 1);
      expect(await handle.result()).toMatchObject({ status: 'expired' });
      await record('onboarding-information-expired', handle);
    });
    expect(done.informationRequests).toEqual([expect.objectContaining({ items: ['business.registrationNumber'], reasons: ['document_required'], message: 'Please send your company number.' })]);
    expect(done.reminders.map((r: any) => r.day)).toEqual([7, 12]);
    expect(done.expiries).toHaveLength(1);
    expect(done.events.map((e: any) => e.type)).toEqual(['application.information_requested', 'application.information_reminder', 'application.information_reminder', 'application.expired']);
    expect(done.events[0].data).toMatchObject({ items: ['business.registrationNumber'], message: 'Please send your company number.' });
    expect(new Set(done.events.map((e: any) => e.eventId)).size).toBe(4);
    expect(done.decisions).toHaveLength(0);
  });

  it('runs again only the checks the answer touches, and approves when they pass', async () => {
    let registryCalls = 0;
    const { activities, done } = mockActivities((c) => {
      if (c.kind !== 'business_registry') return { status: 'passed' };
      return ++registryCalls === 1 ? { status: 'needs_review', code: 'registry_not_found' } : { status: 'passed' };
    });
    await withWorker(activities, async (taskQueue) => {
      const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-rfi-answer-${Date.now()}`, taskQueue, args: [input()] });
      await untilInformationRequested(handle);
      const frontend = input().submittedBy;
      await expect(
        handle.executeUpdate(provideInformationUpdate, { args: [{ actor: frontend, answer: { persons: [{ id: 'per_unknown000000000000', address: { line1: 'x', city: 'y', country: 'GB' } }] } }] }),
      ).rejects.toMatchObject({ cause: { type: 'unknown_person' } });
      expect(await handle.executeUpdate(provideInformationUpdate, { args: [{ actor: frontend, answer: { business: { registrationNumber: '87654321' } } }] })).toEqual({ status: 'verifying' });
      expect(await handle.result()).toMatchObject({ status: 'approved' });
      await expect(handle.executeUpdate(provideInformationUpdate, { args: [{ actor: frontend, answer: { business: { registrationNumber: '1' } } }] })).rejects.toThrow(closedWorkflow);
      await record('onboarding-information-answered', handle);
    });
    expect(registryCalls).toBe(2);
    expect(done.runs.filter((k: string) => k === 'identity')).toHaveLength(2); // once per person, not again
    expect(done.answers).toEqual([expect.objectContaining({ answer: { business: { registrationNumber: '87654321' } } })]);
    expect(done.decisions).toEqual([expect.objectContaining({ outcome: 'approve', automated: true })]);
  });
});

it('sends a check to review when its vendor keeps failing, instead of failing the workflow', async () => {
  const { activities, done } = mockActivities((c) => (c.kind === 'identity' ? 'throw' : { status: 'passed' }));
  await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-vendor-${Date.now()}`, taskQueue, args: [input()] });
    const state = await untilState(handle, (s) => s.status === 'in_review', '10 seconds');
    expect(state.reviewTask).toMatchObject({ status: 'open' });
    await handle.terminate('test done');
  });
  expect(done.unavailable).toHaveLength(2);
  expect(done.tasks[0].reasons).toEqual(['provider_unavailable']);
});

describe('an identity vendor that answers later', () => {
  const later = (c: PlannedCheck): Outcome | 'later' => (c.kind === 'identity' && c.subject.id === input().personIds[0] ? 'later' : { status: 'passed' });
  const childOf = (i: OnboardingInput, round = 1) => identityVerificationWorkflowId(i.applicationId, i.personIds[0], round);

  /** Until the child workflow has asked the vendor and waits for its callback. */
  async function untilWaiting(done: { identityStarts: any[] }, childId: string) {
    await temporalTest.until(() => done.identityStarts.some((s) => s.clientReference === childId));
  }

  it('takes the answer its signed callback delivers (as a signal), ignoring answers for other references', async () => {
    const { activities, done } = mockActivities(later);
    const i = input();
    await withWorker(activities, async (taskQueue) => {
      const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-idv-later-${Date.now()}`, taskQueue, args: [i] });
      await untilWaiting(done, childOf(i));
      const child = temporalTest.env.client.workflow.getHandle(childOf(i));
      const verified = { status: 'verified' as const, documentChecked: true };
      // An answer for another verification of the same vendor must not complete this one.
      await child.signal(identityAnswerSignal, { provider: 'mock-identity', providerReference: 'ref-someone-else', eventId: 'evt-0', answer: verified });
      await child.signal(identityAnswerSignal, { provider: 'mock-identity', providerReference: `ref-${i.personIds[0]}`, eventId: 'evt-1', answer: verified });
      expect(await handle.result()).toMatchObject({ status: 'approved' });
      await record('onboarding-identity-callback', handle);
    });
    expect(done.identityAnswers).toEqual([expect.objectContaining({ providerReference: `ref-${i.personIds[0]}`, answer: { status: 'verified', documentChecked: true } })]);
    expect(done.identityTimeouts).toHaveLength(0);
    expect(done.identityStarts.map((s) => s.clientReference)).toEqual(expect.arrayContaining([childOf(i)]));
  });

  it('sends the check to a reviewer when no answer comes within the timeout', async () => {
    const { activities, done } = mockActivities(later);
    await withWorker(activities, async (taskQueue) => {
      const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-idv-silent-${Date.now()}`, taskQueue, args: [input()] });
      const state = await untilState(handle, (s) => s.status === 'in_review', '1 hour');
      expect(state.reviewTask).toMatchObject({ status: 'open' });
      await handle.terminate('test done');
    });
    expect(done.identityTimeouts).toEqual([expect.objectContaining({ providerReference: `ref-${input().personIds[0]}`, waitedHours: 48 })]);
    expect(done.tasks[0].reasons).toEqual(['identity_no_answer']);
  });

  it('a withdrawal does not wait for the vendor', async () => {
    const { activities, done } = mockActivities(later);
    const i = input();
    await withWorker(activities, async (taskQueue) => {
      const handle = await temporalTest.env.client.workflow.start('onboarding', { workflowId: `wf-idv-withdraw-${Date.now()}`, taskQueue, args: [i] });
      await untilWaiting(done, childOf(i));
      await handle.executeUpdate(withdrawApplicationUpdate, { args: [{ actor: i.submittedBy, reason: 'changed plans' }] });
      expect(await handle.result()).toMatchObject({ status: 'withdrawn' });
      // Had the parent waited for the child, time would have skipped to the vendor timeout.
      // (The dev server then terminates the child, as its parent close policy says; the
      // time-skipping test server does not, so the test ends it.)
      await temporalTest.env.client.workflow
        .getHandle(childOf(i))
        .terminate('test done')
        .catch(() => undefined);
    });
    expect(done.identityTimeouts).toHaveLength(0);
  });
});
