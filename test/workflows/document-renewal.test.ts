/** A document renewal on the time-skipping test server: unanswered by the expiry, it lapses into an investigation. */
import type { Activities } from '../../activities';
import { answerSellerRequestUpdate } from '../../workflows/onboarding/document-renewal-messages';
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
    const handle = await temporalTest.env.client.workflow.start('documentRenewal', {
      workflowId: `document-renewal:req_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ requestId: 'req_1', sellerId: 'sel_1', applicationId: 'app_1', personId: 'per_1', dueAt }],
    });
    const outcome = await handle.result();
    await recordHistory('document-renewal-lapsed', handle);
    return outcome;
  });
  expect(result).toEqual({ outcome: 'lapsed' });
  expect(done.events).toEqual(['seller.information_requested']);
  expect(done.expired).toEqual(['req_1']);
  expect(done.signals).toEqual([{ sellerId: 'sel_1', signal: { source: 'document_lapsed', requestId: 'req_1', personId: 'per_1', outcome: 'not_renewed' } }]);
});

it('records the seller’s answer before verifying it, refuses a second answer, and ends verified', async () => {
  const calls: string[] = [];
  const activities: Partial<Activities> = {
    publishEvent: async () => {},
    answerSellerRequest: async ({ idDocument }) => void calls.push(`answer:${String(idDocument.number)}`),
    startIdentityVerification: async (r) => {
      calls.push('verify');
      return { answered: { checkId: 'chk_1', kind: 'identity', subject: r.check.subject, status: 'passed', evidence: {}, provider: 'sandbox' } };
    },
    signalInvestigationFor: async () => void calls.push('investigation'),
  };
  const dueAt = new Date((await temporalTest.env.currentTimeMs()) + 20 * 86_400_000).toISOString();
  const actor = { id: 'key_fe', name: 'frontend', role: 'onboarding_frontend' };
  const result = await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('documentRenewal', {
      workflowId: `document-renewal:req_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ requestId: 'req_2', sellerId: 'sel_1', applicationId: 'app_1', personId: 'per_1', dueAt }],
    });
    const answer = { requestId: 'req_2', idDocument: { type: 'passport', number: 'P7654321', issuingCountry: 'GB' }, actor };
    expect(await handle.executeUpdate(answerSellerRequestUpdate, { args: [answer] })).toEqual({ status: 'answered' });
    await expect(handle.executeUpdate(answerSellerRequestUpdate, { args: [answer] })).rejects.toMatchObject({ cause: { type: 'request_not_open' } });
    await expect(handle.executeUpdate(answerSellerRequestUpdate, { args: [{ ...answer, requestId: 'req_other' }] })).rejects.toMatchObject({ cause: { type: 'request_not_open' } });
    const outcome = await handle.result();
    await recordHistory('document-renewal-answered-verified', handle);
    const child = temporalTest.env.client.workflow.getHandle(`identity:app_1:per_1:${dueAt.slice(0, 4)}`);
    await recordHistory('identity-verification-answered-at-once', child);
    return outcome;
  });
  expect(result).toEqual({ outcome: 'verified' });
  expect(calls).toEqual(['answer:P7654321', 'verify']);
});
