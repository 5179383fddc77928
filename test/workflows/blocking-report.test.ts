/**
 * A report of blocked property on the time-skipping test server: the officers are warned on the
 * warning day and again when the deadline has passed, and the filing, recorded once, ends it.
 */
import type { Activities } from '../../activities';
import { fileBlockingReportUpdate } from '../../workflows/screening/blocking-report-messages';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();
const DAY = 86_400_000;

it('warns before the deadline, again once it passed, and ends with the filing', async () => {
  const env = temporalTest.env;
  const escalations: Array<{ stage: string; at: number }> = [];
  const events: string[] = [];
  const filings: any[] = [];
  const activities: Partial<Activities> = {
    escalateBlockingReport: async ({ stage }) => {
      escalations.push({ stage, at: await env.currentTimeMs() });
      return true;
    },
    publishEvent: async (e) => void events.push(e.type),
    recordBlockingReportFiling: async (f) => void filings.push(f),
  };
  const start = await env.currentTimeMs();
  const warnAt = new Date(start + 8 * DAY).toISOString();
  const overdueAt = new Date(start + 14 * DAY).toISOString();
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await env.client.workflow.start('blockingReport', {
      workflowId: `blocking-report:blk_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ reportId: 'blk_1', sellerId: 'sel_1', warnAt, overdueAt }],
    });
    await env.sleep('7 days');
    expect(escalations).toEqual([]);
    while (escalations.length < 2) await env.sleep('1 day');
    const officer = { id: 'key_co', name: 'Olga', role: 'compliance_officer' };
    await handle.executeUpdate(fileBlockingReportUpdate, { args: [{ reportId: 'blk_1', reference: 'OFAC-RS-2026-0042', filedAt: new Date(await env.currentTimeMs()).toISOString(), actor: officer }] });
    expect(await handle.result()).toEqual({ outcome: 'filed' });
    await recordHistory('blocking-report-warned-overdue-filed', handle);
  });
  expect(escalations.map((e) => e.stage)).toEqual(['due_soon', 'overdue']);
  expect(escalations[0].at - start).toBeGreaterThanOrEqual(8 * DAY);
  expect(escalations[1].at - start).toBeGreaterThanOrEqual(14 * DAY);
  expect(events).toEqual(['blocking_report.due_soon', 'blocking_report.overdue']);
  expect(filings).toEqual([expect.objectContaining({ reportId: 'blk_1', reference: 'OFAC-RS-2026-0042' })]);
});
