/**
 * An investigation on the time-skipping test server with mocked activities: a report and an anomaly
 * join one case, the report is recorded from its filing once, the SLA follows the urgent category,
 * a breached SLA escalates, and the investigator's decision closes it.
 */
import type { Activities } from '../../activities';
import type { ReportFiling } from '../../domain/investigations/investigations';
import { investigationSignal, decideInvestigationUpdate } from '../../workflows/investigations/messages';
import { caseStateQuery } from '../../workflows/review/case-messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();
const HOUR = 3_600_000;
const investigator = { id: 'key_investigator', name: 'Ines', role: 'senior_reviewer' };

it('joins a report and an anomaly into one case, records the report once, escalates past a day and closes on the decision', async () => {
  const done = { calls: [] as string[], reports: [] as ReportFiling[], signals: [] as any[], tasks: [] as any[], escalated: [] as any[], decided: [] as any[] };
  const activities: Partial<Activities> = {
    openInvestigation: async () => void done.calls.push('open'),
    recordReport: async (f) => {
      done.calls.push('record-report');
      done.reports.push(f);
    },
    addInvestigationSignal: async ({ signal }) => {
      done.calls.push(`signal:${signal.source}`);
      done.signals.push(signal);
    },
    openCaseTask: async (t) => {
      done.tasks.push(t);
      return { slaDueAt: new Date((await temporalTest.env.currentTimeMs()) + (t.slaHours ?? 72) * HOUR).toISOString() };
    },
    escalateReviewTask: async (t) => void done.escalated.push(t),
    claimReviewTask: async () => {},
    decideInvestigation: async (d) => {
      done.decided.push(d);
      return {};
    },
    closeReviewTask: async () => void done.calls.push('close-task'),
  };
  const report = { sellerId: 'sel_1', category: 'counterfeit' as const, description: 'Misspelt logo on the box.', evidence: [], reporter: { type: 'buyer' as const, contact: 'buyer@example.com' } };
  const filing: ReportFiling = { reportId: 'rpt_1', report, receivedBy: { id: 'key_frontend', name: 'frontend', role: 'onboarding_frontend' }, requestId: 'req-1' };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.signalWithStart('investigation', {
      workflowId: `investigation:sel_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ investigationId: 'inv_1', sellerId: 'sel_1' }],
      signal: investigationSignal,
      signalArgs: [{ source: 'report', reportId: 'rpt_1', category: 'counterfeit' }, filing],
    });
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    await handle.signal(investigationSignal, { source: 'anomaly', rule: 'defect_jump', recentRate: 0.03, baselineRate: 0.002 });
    await temporalTest.env.sleep('25 hours');
    const taskId = state.reviewTask.taskId;
    expect(done.escalated).toEqual([{ taskId }]);
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: investigator }] });
    await handle.executeUpdate(decideInvestigationUpdate, { args: [{ taskId, actor: investigator, decision: { outcome: 'no_action', reasons: ['unfounded'], note: 'the logo is the brand’s own' } }] });
    expect(await handle.result()).toEqual({ outcome: 'no_action' });
    await recordHistory('investigation-report-no-action', handle);
  });
  expect(done.tasks).toEqual([expect.objectContaining({ kind: 'investigation', queue: 'investigations', subjectId: 'inv_1', slaHours: 24, reasons: ['report_counterfeit'] })]);
  expect(done.calls).toEqual(['open', 'record-report', 'signal:report', 'signal:anomaly', 'close-task']);
  expect(done.reports).toEqual([filing]);
  // The case record keeps the signal, never the report's text or the reporter's contact.
  expect(JSON.stringify(done.signals)).not.toContain('buyer@example.com');
  expect(done.decided).toEqual([
    expect.objectContaining({ investigationId: 'inv_1', actor: investigator, signals: [expect.objectContaining({ source: 'report' }), expect.objectContaining({ source: 'anomaly' })] }),
  ]);
});

it('holds payouts and sales at once on a screening hit, puts the task first with a day to decide, and lifts the hold when the match is cleared', async () => {
  const calls: string[] = [];
  const tasks: any[] = [];
  const events: any[] = [];
  const activities: Partial<Activities> = {
    placeSanctionsHold: async ({ investigationId, entryIds, listVersion }) => {
      calls.push(`hold:${entryIds.join(',')}:${listVersion}`);
      return { holdId: `enf_hold_${investigationId}`, placed: true };
    },
    openInvestigation: async () => void calls.push('open'),
    addInvestigationSignal: async ({ signal }) => void calls.push(`signal:${signal.source}`),
    openCaseTask: async (t) => {
      calls.push('task');
      tasks.push(t);
      return { slaDueAt: new Date((await temporalTest.env.currentTimeMs()) + (t.slaHours ?? 72) * HOUR).toISOString() };
    },
    escalateReviewTask: async () => {},
    claimReviewTask: async () => {},
    decideInvestigation: async () => ({}),
    closeReviewTask: async () => void calls.push('close-task'),
    liftSanctionsHold: async ({ holdId, actor }) => void calls.push(`lift:${holdId}:${actor.id}`),
    publishEvent: async (e) => void events.push({ type: e.type, data: e.data }),
  };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.signalWithStart('investigation', {
      workflowId: `investigation:sel_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ investigationId: 'inv_2', sellerId: 'sel_2' }],
      signal: investigationSignal,
      signalArgs: [{ source: 'screening_hit', applicationId: 'app_1', checkId: 'chk_1', entryIds: ['ofac-sdn:900010'], listVersion: 'sha256:abc' }],
    });
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    const taskId = state.reviewTask.taskId;
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: investigator }] });
    await handle.executeUpdate(decideInvestigationUpdate, {
      args: [{ taskId, actor: investigator, decision: { outcome: 'no_action', reasons: ['false_positive_match'], note: 'born 1990; the listed person 1966' } }],
    });
    expect(await handle.result()).toEqual({ outcome: 'no_action' });
    await recordHistory('investigation-sanctions-hold-cleared', handle);
  });
  // The hold comes first, before the case is even opened; the task and the signal's record run side by side.
  expect(calls.slice(0, 2)).toEqual(['hold:ofac-sdn:900010:sha256:abc', 'open']);
  expect(calls.slice(2, 4).sort()).toEqual(['signal:screening_hit', 'task']);
  expect(calls.slice(4)).toEqual(['close-task', 'lift:enf_hold_inv_2:key_investigator']);
  expect(tasks).toEqual([expect.objectContaining({ priority: 0, slaHours: 24, reasons: ['screening_hit'] })]);
  expect(events.map((e) => `${e.type}:${e.data.type}`)).toEqual(['enforcement.active:sanctions_hold', 'enforcement.ended:sanctions_hold']);
});

it('escalates a screening hit that no one decides within its SLA, as configured', async () => {
  const escalated: number[] = [];
  const opened: number[] = [];
  const activities: Partial<Activities> = {
    placeSanctionsHold: async ({ investigationId }) => ({ holdId: `enf_hold_${investigationId}`, placed: false }),
    openInvestigation: async () => {},
    addInvestigationSignal: async () => {},
    openCaseTask: async (t) => {
      const now = await temporalTest.env.currentTimeMs();
      opened.push(now);
      return { slaDueAt: new Date(now + (t.slaHours ?? 72) * HOUR).toISOString() };
    },
    escalateReviewTask: async () => void escalated.push(await temporalTest.env.currentTimeMs()),
  };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.signalWithStart('investigation', {
      workflowId: `investigation:sel_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ investigationId: 'inv_sla', sellerId: 'sel_sla' }],
      signal: investigationSignal,
      // SANCTIONS_HIT_SLA_HOURS=6 on the worker that raised it.
      signalArgs: [{ source: 'screening_hit', applicationId: 'app_1', checkId: 'chk_1', entryIds: ['ofac-sdn:900010'], listVersion: 'sha256:abc', slaHours: 6 }],
    });
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    await temporalTest.env.sleep('5 hours');
    expect(escalated).toEqual([]);
    await temporalTest.env.sleep('2 hours');
    while (escalated.length === 0) await temporalTest.env.sleep('10 minutes');
    await recordHistory('investigation-sanctions-hit-escalated', handle);
    await handle.terminate('test done');
  });
  expect(escalated).toHaveLength(1);
  expect(escalated[0] - opened[0]).toBeGreaterThanOrEqual(6 * HOUR);
  expect(escalated[0] - opened[0]).toBeLessThan(7 * HOUR);
});
