/**
 * INFORM Act timers on the time-skipping test server: 10 days to certify, a notice, 10 more days,
 * then a suspension proposed on the law's ground; a late certification calls it off, or lifts it
 * once in effect, after its data are verified; a certification that fails verification is asked for
 * again; a certified seller is asked again a year later.
 */
import type { Activities } from '../../activities';
import { informCertifiedSignal } from '../../workflows/inform/messages';
import { useTimeSkipping } from '../helpers/time-skipping';
import { recordHistory } from '../helpers/histories';

const temporalTest = useTimeSkipping();
const { withWorker } = temporalTest;

function mocks(verifications: Array<string[]> = []) {
  const done = { statuses: [] as string[], events: [] as string[], suspensions: [] as any[], begun: [] as string[], verified: [] as string[] };
  const activities: Partial<Activities> = {
    // Each certification's verification fails on the items given, in order; then passes.
    verifyInformData: async ({ attempt }) => {
      done.verified.push(attempt);
      return { failed: (verifications.shift() ?? []) as any };
    },
    liftInformSuspension: async ({ enforcementId }) => {
      done.statuses.push(`lifted:${enforcementId}`);
      return { outcome: 'lifted' as const };
    },
    informMissing: async () => ['business.taxId'],
    recordInformCertification: async ({ certification }) => void done.statuses.push(`recorded:${certification.taxId}`),
    setInformStatus: async ({ status }) => void done.statuses.push(status),
    publishEvent: async (e) => void done.events.push(e.type),
    proposeInformSuspension: async (s) => {
      done.suspensions.push(s);
      return { enforcementId: 'enf_inform_1' };
    },
    // The suspension's own workflow: it waits for a reviewer (mocked as a task that never gets decided).
    beginEnforcement: async ({ enforcementId }) => {
      done.begun.push(enforcementId);
      return { enforcementId, sellerId: 'sel_1', type: 'suspension', status: 'awaiting_decision', effectiveAt: null, endsAt: null, appealableUntil: null, facts: [], grounds: [] };
    },
    openCaseTask: async () => ({ slaDueAt: new Date((await temporalTest.env.currentTimeMs()) + 24 * 3_600_000).toISOString() }),
    escalateReviewTask: async () => {},
    closeReviewTask: async () => {},
    cancelEnforcement: async ({ reason }) => void done.statuses.push(`enforcement_cancelled:${reason}`),
  };
  return { activities, done };
}

const until = async (check: () => boolean) => {
  while (!check()) await temporalTest.env.sleep('1 hour');
};

it('asks, gives notice after 10 days, proposes a suspension after 10 more, and calls it off when the seller certifies late', async () => {
  const { activities, done } = mocks();
  await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('informCompliance', {
      workflowId: `inform:sel_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ sellerId: 'sel_1', crossedOn: '2026-11-21' }],
    });
    await until(() => done.events.length === 1);
    expect(done.statuses).toEqual(['collecting']);
    await temporalTest.env.sleep('9 days');
    expect(done.events).toEqual(['inform.data_requested']);
    await until(() => done.events.length === 2);
    expect(done.statuses).toEqual(['collecting', 'noticed']);
    await until(() => done.suspensions.length === 1);
    expect(done.suspensions[0]).toMatchObject({ sellerId: 'sel_1', missing: ['business.taxId'], round: 1 });
    await until(() => done.begun.length === 1);
    await handle.signal(informCertifiedSignal, { certifiedAt: new Date(await temporalTest.env.currentTimeMs()).toISOString() });
    await until(() => done.statuses.includes('verified'));
    await until(() => done.statuses.includes('enforcement_cancelled:inform_certified'));
    await recordHistory('inform-suspension-then-certified-verified', handle);
    await handle.terminate('test done');
  });
  expect(done.verified).toEqual(['1.1']);
  // The suspension's own workflow is told apart, in its own time.
  expect(done.statuses).toContain('enforcement_cancelled:inform_certified');
  expect(done.statuses.filter((s) => !s.startsWith('enforcement_cancelled'))).toEqual(['collecting', 'noticed', 'suspension_proposed', 'lifted:enf_inform_1', 'verified']);
});

it('a late certification that fails verification keeps the seller suspended until a corrected one is verified, then reinstates it', async () => {
  const { activities, done } = mocks([['business.taxId']]);
  await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('informCompliance', {
      workflowId: `inform:sel_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ sellerId: 'sel_3', crossedOn: '2026-11-21', peakRevenueUsd: 25_000 }],
    });
    // Missed both deadlines: the suspension is proposed (and, here, in effect for weeks).
    await until(() => done.suspensions.length === 1);
    await temporalTest.env.sleep('30 days');
    const actor = { id: 'key_fe', name: 'frontend', role: 'onboarding_frontend' };
    await handle.signal(informCertifiedSignal, { certifiedAt: new Date(await temporalTest.env.currentTimeMs()).toISOString(), certification: { certify: true, taxId: '12-0000000' }, actor });
    await until(() => done.statuses.includes('verification_failed'));
    expect(done.events).toContain('inform.verification_failed');
    // Still suspended: nothing was lifted on a certification that did not verify.
    await temporalTest.env.sleep('2 days');
    expect(done.statuses.filter((s) => s.startsWith('lifted'))).toEqual([]);
    await handle.signal(informCertifiedSignal, { certifiedAt: new Date(await temporalTest.env.currentTimeMs()).toISOString(), certification: { certify: true, taxId: '12-3456789' }, actor });
    await until(() => done.statuses.includes('verified'));
    await recordHistory('inform-suspended-late-certification-reverified', handle);
    await handle.terminate('test done');
  });
  expect(done.verified).toEqual(['1.1', '1.2']);
  expect(done.statuses.filter((s) => !s.startsWith('enforcement_cancelled'))).toEqual([
    'collecting',
    'noticed',
    'suspension_proposed',
    'recorded:12-0000000',
    'verification_failed',
    'recorded:12-3456789',
    'lifted:enf_inform_1',
    'verified',
  ]);
});

it('a seller who certifies in time is verified and asked again a year later', async () => {
  const { activities, done } = mocks();
  await withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('informCompliance', {
      workflowId: `inform:sel_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ sellerId: 'sel_2', crossedOn: '2026-11-21' }],
    });
    await until(() => done.events.length === 1);
    await temporalTest.env.sleep('3 days');
    const certification = { certify: true as const, taxId: '12-3456789' };
    const certifiedAt = new Date(await temporalTest.env.currentTimeMs()).toISOString();
    await handle.signal(informCertifiedSignal, { certifiedAt, certification, actor: { id: 'key_fe', name: 'frontend', role: 'onboarding_frontend' }, requestId: 'req-1' });
    await handle.signal(informCertifiedSignal, { certifiedAt, certification, actor: { id: 'key_fe', name: 'frontend', role: 'onboarding_frontend' }, requestId: 'req-2' });
    await until(() => done.statuses.includes('verified'));
    await recordHistory('inform-certified-in-time-verified', handle);
    await temporalTest.env.sleep('364 days');
    // The workflow recorded the certification, once, before it counted the seller as verified.
    expect(done.statuses).toEqual(['collecting', 'recorded:12-3456789', 'verified']);
    await until(() => done.statuses.includes('recertifying'));
    await handle.terminate('test done');
  });
  expect(done.suspensions).toEqual([]);
  expect(done.events).toEqual(['inform.data_requested', 'inform.data_requested']);
});
