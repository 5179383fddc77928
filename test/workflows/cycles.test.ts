/**
 * The scheduled cycles on the time-skipping test server with mocked activities: the daily
 * performance review runs its steps in order and reports their counts; a re-screening hands its run
 * to the activity that pages through the sellers.
 */
import type { Activities } from '../../activities';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();

it('a performance review evaluates yesterday by default, hands over, and records its counts', async () => {
  const steps: string[] = [];
  const counts = { sellersEvaluated: 3, candidates: 2, violationsRecorded: 2, standingChanges: 1 };
  const activities: Partial<Activities> = {
    startPerformanceReview: async ({ asOf, trigger }) => void steps.push(`start:${asOf}:${trigger}`),
    evaluatePerformance: async () => (steps.push('evaluate'), counts),
    dispatchEnforcement: async () => (steps.push('dispatch'), { started: 1, cancelled: 0 }),
    raiseAnomalies: async () => (steps.push('anomalies'), { anomalies: 1 }),
    startInformCompliance: async () => (steps.push('inform'), { highVolumeSellers: 0 }),
    requestDocumentRenewals: async () => (steps.push('renewals'), { renewalsRequested: 2 }),
    startRetentionClocks: async () => (steps.push('retention'), { clocks: 0 }),
    finishPerformanceReview: async ({ counts: c }) => void steps.push(`finish:${c.sellersEvaluated}`),
  };
  const now = await temporalTest.env.currentTimeMs();
  const yesterday = new Date(now - 86_400_000).toISOString().slice(0, 10);
  const result = await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('performanceReview', {
      workflowId: `performance-review:prv_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ reviewId: 'prv_1', trigger: 'admin' }],
    });
    const r = await handle.result();
    await recordHistory('performance-review-admin', handle);
    return r;
  });
  expect(steps).toEqual([`start:${yesterday}:admin`, 'evaluate', 'dispatch', 'anomalies', 'inform', 'renewals', 'retention', 'finish:3']);
  expect(result).toEqual({
    reviewId: 'prv_1',
    asOf: yesterday,
    ...counts,
    enforcementsStarted: 1,
    enforcementsCancelled: 0,
    anomalies: 1,
    highVolumeSellers: 0,
    renewalsRequested: 2,
    retentionClocks: 0,
  });
});

it('a re-screening names its run and reports what the activity found', async () => {
  const runs: any[] = [];
  const activities: Partial<Activities> = {
    rescreenSellers: async (r) => {
      runs.push(r);
      return { listVersion: 'sha256:abc', subjectsScreened: 12, newMatches: 1 };
    },
  };
  const result = await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('rescreening', { workflowId: `rescreening:${Math.random().toString(36).slice(2)}`, taskQueue, args: [{ trigger: 'list_change' }] });
    const r = await handle.result();
    await recordHistory('rescreening-list-change', handle);
    return r;
  });
  expect(runs).toHaveLength(1);
  expect(runs[0]).toEqual({ runId: expect.stringMatching(/^scr_[0-9a-f]{20}$/), trigger: 'list_change' });
  expect(result).toEqual({ runId: runs[0].runId, listVersion: 'sha256:abc', subjectsScreened: 12, newMatches: 1 });
});
