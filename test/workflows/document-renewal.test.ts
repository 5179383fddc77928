/** A document renewal on the time-skipping test server: unanswered by the expiry, it lapses into an investigation. */
import type { Activities } from '../../activities';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();

it('lapses at the expiry without an answer, and the seller’s investigation gets it', async () => {
  const done = { events: [] as string[], expired: [] as string[], signals: [] as any[] };
  const activities: Partial<Activities> = {
    publishEvent: async (e) => void done.events.push(e.type),
    expireSellerRequest: async ({ requestId }) => {
      done.expired.push(requestId);
      return true;
    },
    signalInvestigationFor: async (s) => void done.signals.push(s),
  };
  const dueAt = new Date((await temporalTest.env.currentTimeMs()) + 20 * 86_400_000).toISOString();
  const result = await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('documentRenewal', { workflowId: `document-renewal:req_${Math.random().toString(36).slice(2)}`, taskQueue, args: [{ requestId: 'req_1', sellerId: 'sel_1', applicationId: 'app_1', personId: 'per_1', dueAt }] });
    const outcome = await handle.result();
    await recordHistory('document-renewal-lapsed', handle);
    return outcome;
  });
  expect(result).toEqual({ outcome: 'lapsed' });
  expect(done.events).toEqual(['seller.information_requested']);
  expect(done.expired).toEqual(['req_1']);
  expect(done.signals).toEqual([{ sellerId: 'sel_1', signal: { source: 'document_lapsed', requestId: 'req_1', personId: 'per_1', outcome: 'not_renewed' } }]);
});
