/** An inquiry's deadline on the time-skipping test server: escalated 48 hours before it is due, answered after. */
import type { Activities } from '../../activities';
import { caseStateQuery } from '../../workflows/review/case-messages';
import { decideInquiryUpdate } from '../../workflows/inquiries/messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();
const officer = { id: 'key_officer', name: 'Olga', role: 'compliance_officer' };
/** An order that forbids telling the seller. */
const noNotice = { sellerIds: [], at: null, effect: 'information_provided' as const, authority: 'A', legalBasis: 'dsa_art_10', categories: [] };

it('escalates 48 hours before the due time and is answered by a compliance officer', async () => {
  const done = { escalatedTask: [] as any[], escalatedInquiry: [] as any[], concluded: [] as any[], tasks: [] as any[] };
  const activities: Partial<Activities> = {
    assembleInquiryResponse: async () => ({ sellers: 1, categories: ['trader_traceability'] }),
    openCaseTask: async (t) => {
      done.tasks.push(t);
      return { slaDueAt: '' };
    },
    claimReviewTask: async () => {},
    escalateReviewTask: async (t) => void done.escalatedTask.push(t),
    escalateInquiry: async (i) => void done.escalatedInquiry.push(i),
    concludeInquiry: async (c) => void done.concluded.push(c),
    closeReviewTask: async () => {},
    inquirySellerNotice: async () => noNotice,
  };
  const env = temporalTest.env;
  const dueAt = new Date((await env.currentTimeMs()) + 5 * 86_400_000).toISOString();
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await env.client.workflow.start('inquiry', {
      workflowId: `inquiry:inq_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ inquiryId: 'inq_1', dueAt, categories: ['trader_traceability'] }],
    });
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    await env.sleep('70 hours');
    expect(done.escalatedInquiry).toEqual([]);
    await env.sleep('4 hours'); // past 72 hours: 48 before the due time
    while (done.escalatedInquiry.length === 0) await env.sleep('10 minutes');
    expect(done.escalatedTask).toEqual([{ taskId: state.reviewTask.taskId }]);
    const taskId = state.reviewTask.taskId;
    await expect(handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: { id: 'key_rv', name: 'R', role: 'reviewer' } }] })).rejects.toMatchObject({
      cause: { type: 'compliance_officer_required' },
    });
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: officer }] });
    await handle.executeUpdate(decideInquiryUpdate, { args: [{ taskId, actor: officer, decision: { outcome: 'approve', note: 'ok' } }] });
    expect(await handle.result()).toEqual({ status: 'answered' });
    await recordHistory('inquiry-escalated-answered', handle);
  });
  expect(done.tasks[0]).toMatchObject({ kind: 'inquiry', queue: 'inquiries', subjectId: 'inq_1' });
  expect(done.concluded).toEqual([expect.objectContaining({ inquiryId: 'inq_1', status: 'answered', decidedBy: officer })]);
});

it('records the order as received before anything else, once, then a decline concludes it', async () => {
  const calls: string[] = [];
  const recorded: any[] = [];
  const activities: Partial<Activities> = {
    recordInquiry: async (i) => {
      calls.push('record');
      recorded.push(i);
    },
    assembleInquiryResponse: async () => {
      calls.push('assemble');
      return { sellers: 1, categories: ['trader_traceability'] };
    },
    openCaseTask: async () => ({ slaDueAt: '' }),
    claimReviewTask: async () => {},
    concludeInquiry: async (c) => void calls.push(`conclude:${c.status}`),
    closeReviewTask: async () => {},
    inquirySellerNotice: async () => noNotice,
  };
  const env = temporalTest.env;
  const dueAt = new Date((await env.currentTimeMs()) + 10 * 86_400_000).toISOString();
  const filing = {
    request: { reference: 'ORD-7', legalBasis: 'dsa_art_10' as const, sellers: [{ sellerId: 'sel_00000000000000000001' }], categories: ['trader_traceability' as const], dueAt },
    receivedBy: { id: 'key_regulator', name: 'regulator', role: 'regulator', authority: 'CNMC', jurisdiction: 'ES' },
    receivedAt: new Date(await env.currentTimeMs()).toISOString(),
    requestId: 'req-9',
  };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await env.client.workflow.start('inquiry', {
      workflowId: `inquiry:inq_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ inquiryId: 'inq_2', dueAt, categories: ['trader_traceability'], filing }],
    });
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    const taskId = state.reviewTask.taskId;
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: officer }] });
    await handle.executeUpdate(decideInquiryUpdate, { args: [{ taskId, actor: officer, decision: { outcome: 'decline', note: 'outside the order' } }] });
    expect(await handle.result()).toEqual({ status: 'declined' });
    await recordHistory('inquiry-filed-declined', handle);
  });
  expect(calls).toEqual(['record', 'assemble', 'conclude:declined']);
  expect(recorded).toEqual([{ inquiryId: 'inq_2', ...filing }]);
});

it('tells the seller of the order once the order allows it, not before', async () => {
  const told: Array<{ type: string; sellerId: string; at: number }> = [];
  const marked: number[] = [];
  const env = temporalTest.env;
  const until = (await env.currentTimeMs()) + 3 * 86_400_000;
  const activities: Partial<Activities> = {
    assembleInquiryResponse: async () => ({ sellers: 2, categories: ['trader_traceability'] }),
    openCaseTask: async () => ({ slaDueAt: '' }),
    claimReviewTask: async () => {},
    concludeInquiry: async () => {},
    closeReviewTask: async () => {},
    inquirySellerNotice: async () => ({ ...noNotice, sellerIds: ['sel_a', 'sel_b'], at: new Date(until).toISOString(), categories: ['trader_traceability'] }),
    publishEvent: async (e) => void told.push({ type: e.type, sellerId: e.sellerId!, at: await env.currentTimeMs() }),
    markSellersNotified: async () => void marked.push(await env.currentTimeMs()),
  };
  const dueAt = new Date((await env.currentTimeMs()) + 10 * 86_400_000).toISOString();
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await env.client.workflow.start('inquiry', {
      workflowId: `inquiry:inq_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ inquiryId: 'inq_3', dueAt, categories: ['trader_traceability'] }],
    });
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    const taskId = state.reviewTask.taskId;
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: officer }] });
    await handle.executeUpdate(decideInquiryUpdate, { args: [{ taskId, actor: officer, decision: { outcome: 'approve', note: 'ok' } }] });
    expect(await handle.result()).toEqual({ status: 'answered' });
    await recordHistory('inquiry-answered-seller-told-later', handle);
  });
  expect(told.map((t) => [t.type, t.sellerId])).toEqual([
    ['inquiry.order_received', 'sel_a'],
    ['inquiry.order_received', 'sel_b'],
  ]);
  expect(told.every((t) => t.at >= until)).toBe(true);
  expect(marked).toHaveLength(1);
});
