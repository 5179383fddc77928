/**
 * Enforcement actions and appeals on the time-skipping test server with mocked activities: notice
 * periods, cancellation by a better standing, a person's decision for suspensions, an appeal that
 * holds an action in notice, time-limited actions ending, and the appeal's SLA and excluded reviewer.
 */
import type { Activities } from '../../activities';
import type { EnforcementView } from '../../activities/enforcement/cases';
import { appealDecidedSignal, appealFiledSignal, cancelEnforcementSignal, decideEnforcementUpdate } from '../../workflows/enforcement/messages';
import { caseStateQuery } from '../../workflows/review/case-messages';
import { decideAppealUpdate } from '../../workflows/appeals/messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { useTimeSkipping } from '../helpers/time-skipping';
import { recordHistory } from '../helpers/histories';

const temporalTest = useTimeSkipping();
const { withWorker } = temporalTest;

const HOUR = 3_600_000;
const reviewer = { id: 'key_reviewer_a', name: 'Ana', role: 'reviewer' };
const other = { id: 'key_reviewer_b', name: 'Ben', role: 'senior_reviewer' };

/** Mocked case activities over one action of `type`, recording what was done. */
function mocks(type: EnforcementView['type'], { humanDecision = false, noticeHours = 72, durationDays = 30 as number | null } = {}) {
  const done = { calls: [] as string[], tasks: [] as any[], escalations: [] as any[], events: [] as string[], appeals: [] as any[], filed: [] as any[] };
  // Dates come from the test server's clock where a step sets them (below).
  const action = (status: string): EnforcementView => ({
    enforcementId: 'enf_1',
    sellerId: 'sel_1',
    type,
    status: status as EnforcementView['status'],
    effectiveAt: null,
    endsAt: null,
    appealableUntil: null,
    facts: ['f'],
    grounds: ['g'],
  });
  const now = async () => temporalTest.env.currentTimeMs();
  const activities: Partial<Activities> = {
    beginEnforcement: async () => {
      done.calls.push('begin');
      if (humanDecision) return action('awaiting_decision');
      const at = await now();
      return { ...action('notice'), effectiveAt: new Date(at + noticeHours * HOUR).toISOString() };
    },
    confirmEnforcement: async () => {
      done.calls.push('confirm');
      return { ...action('notice'), effectiveAt: new Date((await now()) + noticeHours * HOUR).toISOString() };
    },
    declineEnforcement: async () => void done.calls.push('decline'),
    cancelEnforcement: async ({ reason }) => void done.calls.push(`cancel:${reason}`),
    activateEnforcement: async () => {
      done.calls.push('activate');
      return { ...action('active'), endsAt: durationDays ? new Date((await now()) + durationDays * 24 * HOUR).toISOString() : null };
    },
    endEnforcement: async () => {
      done.calls.push('end');
      return true;
    },
    openCaseTask: async (t) => {
      done.tasks.push(t);
      return { slaDueAt: new Date((await now()) + (t.slaHours ?? 24) * HOUR).toISOString() };
    },
    closeReviewTask: async () => {},
    claimReviewTask: async () => {},
    escalateReviewTask: async (t) => void done.escalations.push(t),
    publishEvent: async (e) => void done.events.push(e.type),
    recordAppeal: async (a) => void done.filed.push(a),
    decideAppeal: async (a) => {
      done.appeals.push(a);
      return {};
    },
  };
  return { activities, done };
}

const start = (taskQueue: string, id = `enforcement:enf_${Math.random().toString(36).slice(2)}`) =>
  temporalTest.env.client.workflow.start('enforcementAction', { workflowId: id, taskQueue, args: [{ enforcementId: 'enf_1', sellerId: 'sel_1' }] });

it('a restriction takes effect after its notice period and ends by itself after its duration', async () => {
  const { activities, done } = mocks('feature_restriction');
  const result = await withWorker(activities, async (q) => {
    const handle = await start(q);
    const outcome = await handle.result();
    await recordHistory('enforcement-restriction-ends', handle);
    return outcome;
  });
  expect(result).toEqual({ status: 'ended' });
  expect(done.calls).toEqual(['begin', 'activate', 'end']);
  expect(done.events).toEqual(['enforcement.notice', 'enforcement.active', 'enforcement.ended']);
});

it('a better standing during the notice period calls the action off', async () => {
  const { activities, done } = mocks('feature_restriction');
  await withWorker(activities, async (q) => {
    const handle = await start(q);
    await temporalTest.env.sleep('24 hours');
    await handle.signal(cancelEnforcementSignal, { reason: 'standing_improved' });
    expect(await handle.result()).toEqual({ status: 'cancelled' });
  });
  expect(done.calls).toEqual(['begin', 'cancel:standing_improved']);
});

it('a suspension waits for a person, then for its notice, and stays until lifted', async () => {
  const { activities, done } = mocks('suspension', { humanDecision: true, noticeHours: 48, durationDays: null });
  await withWorker(activities, async (q) => {
    const handle = await start(q);
    let state = await handle.query(caseStateQuery);
    await temporalTest.until(async () => Boolean((state = await handle.query(caseStateQuery)).reviewTask));
    const taskId = state.reviewTask!.taskId;
    await expect(handle.executeUpdate(decideEnforcementUpdate, { args: [{ taskId, actor: reviewer, decision: { outcome: 'confirm', note: 'n' } }] })).rejects.toMatchObject({
      cause: { type: 'review_task_not_claimed_by_caller' },
    }); // not claimed
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] });
    await handle.executeUpdate(decideEnforcementUpdate, { args: [{ taskId, actor: reviewer, decision: { outcome: 'confirm', note: 'n' } }] });
    expect(await handle.result()).toEqual({ status: 'active' });
    await recordHistory('enforcement-suspension-confirmed', handle);
  });
  expect(done.tasks[0]).toMatchObject({ kind: 'enforcement', queue: 'enforcement', subjectId: 'enf_1' });
  expect(done.calls).toEqual(['begin', 'confirm', 'activate']);
});

it('a suspension a reviewer declines is recorded as declined and never takes effect', async () => {
  const { activities, done } = mocks('suspension', { humanDecision: true });
  await withWorker(activities, async (q) => {
    const handle = await start(q);
    let state = await handle.query(caseStateQuery);
    await temporalTest.until(async () => Boolean((state = await handle.query(caseStateQuery)).reviewTask));
    const taskId = state.reviewTask!.taskId;
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] });
    expect(await handle.executeUpdate(decideEnforcementUpdate, { args: [{ taskId, actor: reviewer, decision: { outcome: 'decline', note: 'the metrics double-counted returns' } }] })).toEqual({
      status: 'declined',
    });
    expect(await handle.result()).toEqual({ status: 'declined' });
    await recordHistory('enforcement-suspension-declined', handle);
  });
  expect(done.calls).toEqual(['begin', 'decline']);
  expect(done.events).toEqual([]);
});

it('a suspension called off while it waits for a person cancels its task and the action', async () => {
  const { activities, done } = mocks('suspension', { humanDecision: true });
  await withWorker(activities, async (q) => {
    const handle = await start(q);
    await temporalTest.until(async () => Boolean((await handle.query(caseStateQuery)).reviewTask));
    await handle.signal(cancelEnforcementSignal, { reason: 'standing_improved' });
    expect(await handle.result()).toEqual({ status: 'cancelled' });
  });
  expect(done.calls).toEqual(['begin', 'cancel:standing_improved']);
});

it('an action whose appeal is overturned in the notice period is reversed and never takes effect', async () => {
  const { activities, done } = mocks('feature_restriction', { noticeHours: 72 });
  await withWorker(activities, async (q) => {
    const handle = await start(q);
    await handle.signal(appealFiledSignal, { appealId: 'apl_7' });
    await temporalTest.env.sleep('4 days');
    // Another appeal's answer changes nothing: only the one the action waits for.
    await handle.signal(appealDecidedSignal, { appealId: 'apl_other', outcome: 'overturn' });
    await temporalTest.env.sleep('1 hour');
    expect(done.calls).toEqual(['begin']);
    await handle.signal(appealDecidedSignal, { appealId: 'apl_7', outcome: 'overturn' });
    expect(await handle.result()).toEqual({ status: 'reversed' });
    await recordHistory('enforcement-reversed-on-appeal', handle);
  });
  expect(done.calls).toEqual(['begin']);
  expect(done.events).toEqual(['enforcement.notice']);
});

it('an appeal filed in the notice period holds the action until it is decided', async () => {
  const { activities, done } = mocks('reduced_visibility', { noticeHours: 72 });
  await withWorker(activities, async (q) => {
    const handle = await start(q);
    await handle.signal(appealFiledSignal, { appealId: 'apl_1' });
    await temporalTest.env.sleep('5 days');
    expect(done.calls).toEqual(['begin']); // past the notice, still held
    await handle.signal(appealDecidedSignal, { appealId: 'apl_1', outcome: 'uphold' });
    await temporalTest.env.sleep('1 hour');
    expect(done.calls).toEqual(['begin', 'activate']);
    await handle.terminate('test done');
  });
});

describe('an appeal', () => {
  const input = { appealId: 'apl_1', sellerId: 'sel_1', subject: { type: 'enforcement', id: 'enf_9' }, excludedReviewers: [reviewer.id] };

  it('records the appeal as the seller filed it, once, before its review task opens', async () => {
    const { activities, done } = mocks('suspension');
    const seller = { id: 'key_frontend', name: 'shop frontend', role: 'onboarding_frontend' };
    const filing = { statement: 'The orders were cancelled by the buyer.', evidence: ['https://example.com/log.csv'], filedBy: seller, requestId: 'req-1' };
    await withWorker(activities, async (q) => {
      const startedAt = await temporalTest.env.currentTimeMs();
      const handle = await temporalTest.env.client.workflow.start('appeal', { workflowId: `appeal:apl_${Math.random().toString(36).slice(2)}`, taskQueue: q, args: [{ ...input, filing }] });
      let state = await handle.query(caseStateQuery);
      await temporalTest.until(async () => Boolean((state = await handle.query(caseStateQuery)).reviewTask));
      expect(done.filed).toHaveLength(1);
      expect(done.filed[0]).toMatchObject({ appealId: 'apl_1', sellerId: 'sel_1', subject: input.subject, ...filing });
      const dueInDays = (Date.parse(done.filed[0].slaDueAt) - startedAt) / (24 * HOUR);
      expect(dueInDays).toBeGreaterThan(6.99);
      expect(dueInDays).toBeLessThan(7.01);
      const taskId = state.reviewTask!.taskId;
      await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: other }] });
      await handle.executeUpdate(decideAppealUpdate, { args: [{ taskId, actor: other, decision: { outcome: 'uphold', reasons: ['decision_correct'], note: 'the figures are right' } }] });
      expect(await handle.result()).toEqual({ outcome: 'uphold' });
      await recordHistory('appeal-filed-upheld', handle);
    });
    expect(done.filed).toHaveLength(1);
    expect(done.appeals).toEqual([expect.objectContaining({ decision: expect.objectContaining({ outcome: 'uphold' }) })]);
  });

  it('refuses the reviewer who took the decision, escalates past its SLA, and is decided by another reviewer', async () => {
    const { activities, done } = mocks('suspension');
    await withWorker(activities, async (q) => {
      const handle = await temporalTest.env.client.workflow.start('appeal', { workflowId: `appeal:apl_${Math.random().toString(36).slice(2)}`, taskQueue: q, args: [input] });
      let state = await handle.query(caseStateQuery);
      await temporalTest.until(async () => Boolean((state = await handle.query(caseStateQuery)).reviewTask));
      const taskId = state.reviewTask!.taskId;
      await expect(handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] })).rejects.toMatchObject({ cause: { type: 'reviewer_took_original_decision' } });
      await temporalTest.env.sleep('8 days');
      expect(done.escalations).toEqual([{ taskId }]);
      await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: other }] });
      await handle.executeUpdate(decideAppealUpdate, { args: [{ taskId, actor: other, decision: { outcome: 'overturn', reasons: ['metrics_error'], note: 'double-counted orders' } }] });
      expect(await handle.result()).toEqual({ outcome: 'overturn' });
      await recordHistory('appeal-overturn', handle);
    });
    expect(done.tasks[0]).toMatchObject({ kind: 'appeal', queue: 'appeals', slaHours: 168, excludedReviewers: [reviewer.id] });
    expect(done.appeals).toEqual([expect.objectContaining({ appealId: 'apl_1', decision: expect.objectContaining({ outcome: 'overturn' }), actor: other })]);
    expect(done.events).toEqual(['appeal.decided']);
  });
});
