/**
 * What an approved seller still owes, on the time-skipping test server: asked at once, reminded a
 * week before the deadline, and, left unanswered, lapsed into the seller's investigation; an answer
 * in time is recorded by the workflow and ends it.
 */
import type { Activities } from '../../activities';
import { answerEventuallyDueUpdate } from '../../workflows/onboarding/document-renewal-messages';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();
const DAY = 86_400_000;

function mocks() {
  const done = { events: [] as Array<{ reminder: boolean; at: number }>, answers: [] as any[], expired: [] as string[], signals: [] as any[] };
  const activities: Partial<Activities> = {
    publishEvent: async (e) => void done.events.push({ reminder: Boolean(e.data.reminder), at: await temporalTest.env.currentTimeMs() }),
    answerEventuallyDue: async (a) => void done.answers.push(a),
    expireSellerRequest: async ({ requestId }) => {
      done.expired.push(requestId);
      return true;
    },
    signalInvestigationFor: async ({ signal }) => void done.signals.push(signal),
  };
  return { done, activities };
}

it('reminds a week before the deadline and, unanswered, joins the seller’s investigation', async () => {
  const { done, activities } = mocks();
  const start = await temporalTest.env.currentTimeMs();
  const dueAt = new Date(start + 30 * DAY).toISOString();
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('eventuallyDueRequest', {
      workflowId: `eventually-due:req_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ requestId: 'req_1', sellerId: 'sel_1', items: ['business.taxId'], dueAt }],
    });
    expect(await handle.result()).toEqual({ outcome: 'lapsed' });
    await recordHistory('eventually-due-lapsed', handle);
  });
  expect(done.events.map((e) => e.reminder)).toEqual([false, true]);
  expect(done.events[1].at - start).toBeGreaterThanOrEqual(23 * DAY);
  expect(done.events[1].at - start).toBeLessThan(24 * DAY);
  expect(done.expired).toEqual(['req_1']);
  expect(done.signals).toEqual([{ source: 'requirements_lapsed', requestId: 'req_1', items: ['business.taxId'] }]);
});

it('records an answer in time and ends (a second answer finds it closed: the API answers request_not_open)', async () => {
  const { done, activities } = mocks();
  const dueAt = new Date((await temporalTest.env.currentTimeMs()) + 30 * DAY).toISOString();
  const actor = { id: 'key_fe', name: 'frontend', role: 'onboarding_frontend' };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('eventuallyDueRequest', {
      workflowId: `eventually-due:req_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ requestId: 'req_2', sellerId: 'sel_2', items: ['business.taxId'], dueAt }],
    });
    await temporalTest.env.sleep('3 days');
    await handle.executeUpdate(answerEventuallyDueUpdate, { args: [{ requestId: 'req_2', business: { taxId: '1955839661' }, actor }] });
    expect(await handle.result()).toEqual({ outcome: 'answered' });
    await recordHistory('eventually-due-answered', handle);
  });
  expect(done.answers).toEqual([expect.objectContaining({ requestId: 'req_2', business: { taxId: '1955839661' } })]);
  expect(done.events).toHaveLength(1);
  expect(done.signals).toEqual([]);
});
