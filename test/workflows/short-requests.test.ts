/**
 * The short processes that write one request's records (a legal hold placed or released, an erasure
 * request, a metrics batch, an uploaded document) on the time-skipping test server: each hands its
 * input to its one activity and answers with the activity's result.
 */
import type { Activities } from '../../activities';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';
import { requestIdOf } from '../../temporal/request-context';

const temporalTest = useTimeSkipping();
const officer = { id: 'key_officer', name: 'Olga', role: 'compliance_officer' };

async function run(type: string, args: unknown[], activities: Partial<Activities>, history: string) {
  return temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start(type, { workflowId: `${type}:${Math.random().toString(36).slice(2)}`, taskQueue, args });
    const result = await handle.result();
    await recordHistory(history, handle);
    return result;
  });
}

it('a legal hold placed, then released', async () => {
  const written: string[] = [];
  const activities: Partial<Activities> = {
    placeLegalHold: async (h) => void written.push(`place:${h.holdId}:${h.reason}`),
    releaseLegalHold: async (h) => {
      written.push(`release:${h.holdId}`);
      return { sellerId: 'sel_1' };
    },
  };
  await run('legalHoldPlacement', [{ holdId: 'hld_1', sellerId: 'sel_1', reason: 'Police request', actor: officer }], activities, 'legal-hold-placed');
  expect(await run('legalHoldRelease', [{ holdId: 'hld_1', actor: officer }], activities, 'legal-hold-released')).toEqual({ sellerId: 'sel_1' });
  expect(written).toEqual(['place:hld_1:Police request', 'release:hld_1']);
});

it('an erasure request answers with what the activity erased and kept', async () => {
  const answer = { erasedNow: ['trader_contact_data'], kept: [{ category: 'identity_and_verification_records', until: '2031-12-01T00:00:00.000Z', reason: 'AML records' }] };
  const activities: Partial<Activities> = { answerErasureRequest: async () => answer as never };
  expect(await run('erasureRequest', [{ erasureRequestId: 'era_1', sellerId: 'sel_1', actor: officer }], activities, 'erasure-request-answered')).toEqual(answer);
});

it('a metrics batch and an uploaded document are recorded by their activities', async () => {
  const activities: Partial<Activities> = {
    storeSellerMetrics: async ({ days }) => ({ stored: days.length, replaced: 0 }),
    recordUploadedDocument: async () => ({ created: true }),
  };
  const day = { date: '2026-11-01', orders: 10, preFulfilmentCancellations: 0, lateShipments: 0, orderDefects: 0, shipments: 10, shipmentsWithValidTracking: 10 };
  expect(await run('metricsReceipt', [{ sellerId: 'sel_1', days: [day], actor: officer }], activities, 'metrics-receipt-stored')).toEqual({ stored: 1, replaced: 0 });
  const receipt = {
    id: 'doc_1',
    application_id: 'app_1',
    person_id: null,
    type: 'proof_of_address',
    content_type: 'application/pdf',
    size_bytes: 10,
    sha256: 'a'.repeat(64),
    storage: 'directory',
    storage_key: 'k',
    actor: officer,
  };
  expect(await run('documentReceipt', [receipt], activities, 'document-receipt-recorded')).toEqual({ created: true });
});

it('a register discrepancy report approved, then filed, each step by its activity', async () => {
  const steps: string[] = [];
  const activities: Partial<Activities> = {
    actOnDiscrepancyReport: async (a) => {
      steps.push(a.action === 'file' ? `file:${a.reference}` : `${a.action}:${a.reportId}`);
      return { changed: true };
    },
  };
  expect(await run('discrepancyReportStep', [{ reportId: 'dsr_1', action: 'approve', actor: officer }], activities, 'discrepancy-report-approved')).toEqual({ changed: true });
  expect(
    await run('discrepancyReportStep', [{ reportId: 'dsr_1', action: 'file', reference: 'CH-1', filedAt: '2026-12-03T10:00:00Z', actor: officer }], activities, 'discrepancy-report-filed'),
  ).toEqual({ changed: true });
  expect(steps).toEqual(['approve:dsr_1', 'file:CH-1']);
});

it('a registry monitoring run answers with what its activity counted', async () => {
  const counts = { companiesChecked: 3, changed: 2, newRisks: 1, unavailable: 0, sanctionsHits: 1 };
  const activities: Partial<Activities> = { monitorRegistryRecords: async ({ runId }) => (runId === 'scr_1' ? counts : { ...counts, companiesChecked: 0 }) };
  expect(await run('registryMonitoring', [{ runId: 'scr_1', trigger: 'admin' }], activities, 'registry-monitoring-run')).toEqual({ runId: 'scr_1', ...counts });
});

it("carries the API request's ID from the workflow's input to its activities, and none when it had none", async () => {
  const seen: Array<string | undefined> = [];
  const activities: Partial<Activities> = {
    storeSellerMetrics: async () => {
      seen.push(requestIdOf());
      return { stored: 1, replaced: 0 };
    },
  };
  const batch = { sellerId: 'sel_1', days: [], actor: officer };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    for (const requestId of ['req-4f2a-9c1e', undefined]) {
      const id = `metricsReceipt:${Math.random().toString(36).slice(2)}`;
      await temporalTest.env.client.workflow.execute('metricsReceipt', { workflowId: id, taskQueue, args: [{ ...batch, requestId }] });
    }
  });
  expect(seen).toEqual(['req-4f2a-9c1e', undefined]);
});
