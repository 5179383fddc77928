/**
 * The scheduled cycles on the time-skipping test server with mocked activities: the daily
 * performance review runs its steps in order and reports their counts; a re-screening hands its run
 * to the activity that pages through the sellers; a list download and an audit checkpoint are one activity each.
 */
import type { Activities } from '../../activities';
import { sellerRanges } from '../../domain/performance/seller-ranges';
import { recordHistory } from '../helpers/histories';
import { waitFor } from '../helpers/http';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();

it('a performance review evaluates yesterday by default, hands over, and records its counts', async () => {
  const steps: string[] = [];
  const counts = { sellersEvaluated: 3, candidates: 2, violationsRecorded: 2, standingChanges: 1 };
  const activities: Partial<Activities> = {
    startPerformanceReview: async ({ asOf, trigger }) => (steps.push(`start:${asOf}:${trigger}`), { ranges: [{}] }),
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

it('a performance review split into ranges of sellers evaluates each range once, in parallel, and adds their counts', async () => {
  const ranges = sellerRanges(3);
  const evaluated: unknown[] = [];
  const activities: Partial<Activities> = {
    startPerformanceReview: async () => ({ ranges }),
    evaluatePerformance: async ({ range }) => {
      evaluated.push(range);
      // Each range waits for the others to start: the cycle does not run them one after another.
      await waitFor(
        async () => evaluated.length,
        (n) => n === ranges.length,
        10_000,
      );
      return { sellersEvaluated: 10, candidates: 2, violationsRecorded: 1, standingChanges: ranges.findIndex((r) => JSON.stringify(r) === JSON.stringify(range)) };
    },
    dispatchEnforcement: async () => ({ started: 3, cancelled: 0 }),
    raiseAnomalies: async () => ({ anomalies: 0 }),
    startInformCompliance: async () => ({ highVolumeSellers: 0 }),
    requestDocumentRenewals: async () => ({ renewalsRequested: 0 }),
    startRetentionClocks: async () => ({ clocks: 0 }),
    finishPerformanceReview: async () => undefined,
  };
  const result = await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('performanceReview', {
      workflowId: `performance-review:prv_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ reviewId: 'prv_2', asOf: '2026-12-01', trigger: 'schedule' }],
    });
    const r = await handle.result();
    await recordHistory('performance-review-in-ranges', handle);
    return r;
  });
  expect(evaluated).toHaveLength(3);
  expect(new Set(evaluated.map((r) => JSON.stringify(r)))).toEqual(new Set(ranges.map((r) => JSON.stringify(r))));
  expect(result).toMatchObject({ reviewId: 'prv_2', sellersEvaluated: 30, candidates: 6, violationsRecorded: 3, standingChanges: 0 + 1 + 2, enforcementsStarted: 3 });
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

it('a sanctions list download hands the whole set to its activity and reports the outcome', async () => {
  let calls = 0;
  const activities: Partial<Activities> = {
    downloadSanctionsLists: async () => (calls++, { outcome: 'published' as const, version: 'sha256:0123456789abcdef', entries: 7 }),
  };
  const result = await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('sanctionsListDownload', { workflowId: `sanctions-list-download:${Math.random().toString(36).slice(2)}`, taskQueue, args: [] });
    const r = await handle.result();
    await recordHistory('sanctions-list-download-published', handle);
    return r;
  });
  expect(calls).toBe(1);
  expect(result).toEqual({ outcome: 'published', version: 'sha256:0123456789abcdef', entries: 7 });
});

it('an audit checkpoint is one activity that signs the chains’ heads', async () => {
  let calls = 0;
  const activities: Partial<Activities> = {
    recordAuditCheckpoint: async () => (calls++, { recorded: true, seq: '4', root: 'ab'.repeat(32) }),
  };
  const result = await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('auditCheckpoint', { workflowId: `audit-checkpoint:${Math.random().toString(36).slice(2)}`, taskQueue, args: [] });
    const r = await handle.result();
    await recordHistory('audit-checkpoint-recorded', handle);
    return r;
  });
  expect(calls).toBe(1);
  expect(result).toEqual({ recorded: true, seq: '4', root: 'ab'.repeat(32) });
});
