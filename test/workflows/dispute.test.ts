/**
 * The dispute process on the time-skipping test server with mocked activities: a small claim is
 * refunded at once by its rule; a seller who does not answer within the rule's window loses it; a
 * contested dispute escalates to a platform decision that escalates again past its SLA, is decided,
 * appealed and overturned by another reviewer; a counterfeit the buyer wins is investigated.
 */
import type { Activities } from '../../activities';
import type { DisputeProcessInput } from '../../domain/disputes/disputes';
import type { DisputeInput } from '../../domain/disputes/schemas';
import { appealDisputeUpdate, decideDisputeUpdate, disputeStateQuery, respondToDisputeUpdate } from '../../workflows/disputes/messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { recordedUpdate } from '../../workflows/shared/messages';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();
const HOUR = 3_600_000;
const seller = { id: 'key_frontend', name: 'seller centre', role: 'onboarding_frontend' };
const buyerSide = { id: 'key_orders', name: 'order system', role: 'order_system' };
const rita = { id: 'key_rita', name: 'Rita', role: 'reviewer' };
const omar = { id: 'key_omar', name: 'Omar', role: 'senior_reviewer' };

const disputeOf = (over: Partial<DisputeInput> = {}): DisputeInput => ({
  orderId: 'ord-1',
  sellerId: 'sel_1',
  buyerRef: 'buyer-1',
  scenario: 'not_received',
  category: 'home',
  amount: { amount: '42.00', currency: 'GBP' },
  description: 'Never arrived.',
  evidence: [],
  ...over,
});
const inputOf = (disputeId: string, dispute: DisputeInput): DisputeProcessInput => ({ disputeId, filing: { disputeId, dispute, receivedBy: buyerSide }, rulesVersion: 'disputes-2026-12' });

function mocks() {
  const seen = { recorded: [] as any[], resolutions: [] as any[], events: [] as any[], tasks: [] as any[], escalated: [] as any[], signals: [] as any[], calls: [] as string[] };
  const activities: Partial<Activities> = {
    recordDispute: async (r) => void seen.recorded.push(r),
    recordSellerResponse: async (r) => void seen.calls.push(`answer:${r.response.answer}`),
    resolveDispute: async (r) => void seen.resolutions.push(r),
    appealDispute: async (r) => void seen.calls.push(`appeal:${r.appeal.by}`),
    closeDispute: async () => void seen.calls.push('close'),
    raiseDisputeSignals: async (s) => {
      seen.signals.push(s);
      return { signals: s.investigate ? ['dispute'] : [] };
    },
    publishEvent: async (e) => void seen.events.push(e.type),
    openCaseTask: async (t) => {
      seen.tasks.push(t);
      return { slaDueAt: new Date((await temporalTest.env.currentTimeMs()) + (t.slaHours ?? 24) * HOUR).toISOString() };
    },
    escalateReviewTask: async (t) => void seen.escalated.push(t),
    claimReviewTask: async () => {},
    closeReviewTask: async () => {},
  };
  return { seen, activities };
}

async function openTask(handle: any, count = 1) {
  let state = await handle.query(disputeStateQuery);
  for (let i = 0; !(state.reviewTask?.status === 'open' && count-- <= 1) && i < 500; i++) {
    await new Promise((r) => setTimeout(r, 20));
    state = await handle.query(disputeStateQuery);
  }
  return state.reviewTask.taskId as string;
}

it('refunds a claim under the rule’s amount at once, and closes once the appeal window has passed', async () => {
  const { seen, activities } = mocks();
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('dispute', {
      workflowId: `dispute:dsp_a_${Date.now()}`,
      taskQueue,
      args: [inputOf('dsp_a', disputeOf({ amount: { amount: '12.99', currency: 'GBP' } }))],
    });
    await handle.executeUpdate(recordedUpdate);
    expect(await handle.result()).toEqual({ outcome: 'buyer_favour', finalOutcome: 'buyer_favour', decidedBy: 'rule', overturned: false });
    await recordHistory('dispute-automatic-refund', handle);
  });
  expect(seen.recorded[0]).toMatchObject({ rulesVersion: 'disputes-2026-12', path: { path: 'auto_refund', ruleId: 'not_received.default' }, respondBy: null });
  expect(seen.resolutions).toEqual([expect.objectContaining({ resolution: { outcome: 'buyer_favour', reasons: ['automatic_refund'], decidedBy: 'rule' }, sellerFault: false, stage: 'first' })]);
  expect(seen.events).toEqual(['dispute.opened', 'dispute.resolved']);
  expect(seen.calls).toEqual(['close']);
});

it('gives a silent seller exactly the rule’s three days, then refunds the buyer at the seller’s fault', async () => {
  const { seen, activities } = mocks();
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('dispute', { workflowId: `dispute:dsp_b_${Date.now()}`, taskQueue, args: [inputOf('dsp_b', disputeOf())] });
    await handle.executeUpdate(recordedUpdate);
    const { respondBy } = await handle.query(disputeStateQuery);
    expect(Date.parse(respondBy!) - (await temporalTest.env.currentTimeMs())).toBeGreaterThan(71 * HOUR);
    await temporalTest.env.sleep('71 hours');
    expect(seen.resolutions).toEqual([]);
    await temporalTest.env.sleep('2 hours');
    await temporalTest.until(() => seen.resolutions.length === 1);
    expect(seen.resolutions[0]).toMatchObject({ resolution: { outcome: 'buyer_favour', reasons: ['seller_unresponsive'], decidedBy: 'deadline' }, sellerFault: true });
    // Too late to answer now.
    await expect(handle.executeUpdate(respondToDisputeUpdate, { args: [{ response: { answer: 'contest', statement: 'It was delivered.', evidence: [] }, actor: seller }] })).rejects.toHaveProperty(
      'cause.type',
      'dispute_not_awaiting_seller',
    );
    await temporalTest.env.sleep('8 days');
    expect(await handle.result()).toEqual(expect.objectContaining({ decidedBy: 'deadline', overturned: false }));
  });
});

it('escalates a contested dispute to a reviewer, escalates past the rule’s SLA, and lets the buyer’s appeal overturn it before another reviewer', async () => {
  const { seen, activities } = mocks();
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('dispute', {
      workflowId: `dispute:dsp_c_${Date.now()}`,
      taskQueue,
      args: [inputOf('dsp_c', disputeOf({ scenario: 'not_as_described', category: 'electronics' }))],
    });
    await handle.executeUpdate(recordedUpdate);
    await handle.executeUpdate(respondToDisputeUpdate, { args: [{ response: { answer: 'contest', statement: 'Tested before dispatch.', evidence: [] }, actor: seller }] });
    const taskId = await openTask(handle);
    // Electronics: five days to answer and 72 hours for the platform decision (rule not_as_described.electronics).
    expect(seen.tasks[0]).toMatchObject({ kind: 'dispute', queue: 'disputes', slaHours: 72, reasons: ['dispute_not_as_described'] });
    await temporalTest.env.sleep('73 hours');
    expect(seen.escalated).toEqual([{ taskId }]);
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: rita }] });
    await handle.executeUpdate(decideDisputeUpdate, { args: [{ taskId, actor: rita, decision: { outcome: 'seller_favour', reasons: ['item_as_described'], note: 'the test log matches' } }] });
    await temporalTest.until(() => seen.resolutions.length === 1);
    await handle.executeUpdate(appealDisputeUpdate, { args: [{ appeal: { by: 'buyer', statement: 'The screen flickers, video attached.', evidence: [] }, actor: buyerSide }] });
    const appealTask = await openTask(handle, 2);
    expect(appealTask).not.toBe(taskId);
    // The reviewer who decided it cannot review the appeal.
    await expect(handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId: appealTask, actor: rita }] })).rejects.toThrow();
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId: appealTask, actor: omar }] });
    await handle.executeUpdate(decideDisputeUpdate, {
      args: [
        { taskId: appealTask, actor: omar, decision: { outcome: 'partial_refund', reasons: ['item_partly_as_described'], note: 'a flicker under load', refund: { amount: '60.00', currency: 'GBP' } } },
      ],
    });
    expect(await handle.result()).toEqual({ outcome: 'seller_favour', finalOutcome: 'partial_refund', decidedBy: 'reviewer', overturned: true });
    await recordHistory('dispute-contested-appealed', handle);
  });
  expect(seen.calls).toEqual(['answer:contest', 'appeal:buyer']);
  expect(seen.resolutions.map((r) => [r.stage, r.resolution.outcome, r.sellerFault])).toEqual([
    ['first', 'seller_favour', false],
    ['appeal', 'partial_refund', true],
  ]);
  expect(seen.events).toEqual(['dispute.opened', 'dispute.escalated', 'dispute.resolved', 'dispute.appealed', 'dispute.resolved']);
});

it('opens an investigation when the buyer wins a counterfeit dispute', async () => {
  const { seen, activities } = mocks();
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('dispute', {
      workflowId: `dispute:dsp_d_${Date.now()}`,
      taskQueue,
      args: [inputOf('dsp_d', disputeOf({ scenario: 'counterfeit', category: 'fashion' }))],
    });
    await handle.executeUpdate(respondToDisputeUpdate, { args: [{ response: { answer: 'contest', statement: 'Bought from the brand.', evidence: [] }, actor: seller }] });
    const taskId = await openTask(handle);
    expect(seen.tasks[0]).toMatchObject({ slaHours: 24 });
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: rita }] });
    await handle.executeUpdate(decideDisputeUpdate, {
      args: [{ taskId, actor: rita, decision: { outcome: 'buyer_favour', reasons: ['counterfeit_confirmed'], note: 'the brand says it is not theirs' } }],
    });
    await temporalTest.until(() => seen.signals.length === 1);
    await handle.terminate('the test is over');
  });
  expect(seen.signals).toEqual([{ disputeId: 'dsp_d', sellerId: 'sel_1', scenario: 'counterfeit', investigate: true }]);
});
