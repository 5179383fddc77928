/**
 * The investigators' operations on the time-skipping test server with mocked activities: a sampled
 * decision's second review cannot be claimed by the person who decided it, and its record says
 * whether the two agree; profiles and mitigations are recorded by their activities.
 */
import type { Activities } from '../../activities';
import { decideQualityReviewUpdate } from '../../workflows/operations/messages';
import { caseStateQuery } from '../../workflows/review/case-messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();
const ann = { id: 'key_ann', name: 'Ann', role: 'reviewer' };
const qa = { id: 'key_qa', name: 'Quinn', role: 'senior_reviewer' };

it('keeps the first decider off the second review and records whether the two agree', async () => {
  const recorded: any[] = [];
  const tasks: any[] = [];
  const activities: Partial<Activities> = {
    openCaseTask: async (t) => {
      tasks.push(t);
      return { slaDueAt: new Date((await temporalTest.env.currentTimeMs()) + 168 * 3_600_000).toISOString() };
    },
    claimReviewTask: async () => {},
    closeReviewTask: async () => {},
    recordQualityReview: async (r) => {
      recorded.push(r);
      return { agreed: r.review.outcome === 'enforce' };
    },
  };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('qualityReview', {
      workflowId: `quality-review:rvt_${Date.now()}`,
      taskQueue,
      args: [{ originalTaskId: 'rvt_orig', kind: 'investigation', subjectId: 'inv_1', sellerId: 'sel_1', originalDecidedBy: ann.id }],
    });
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    const taskId = state.reviewTask.taskId;
    await expect(handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: ann }] })).rejects.toThrow();
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: qa }] });
    expect(await handle.executeUpdate(decideQualityReviewUpdate, { args: [{ taskId, actor: qa, review: { outcome: 'enforce', reasons: ['fraud_confirmed'], note: 'same call' } }] })).toEqual({
      agreed: true,
    });
    expect(await handle.result()).toEqual({ agreed: true });
    await recordHistory('quality-review-agreed', handle);
  });
  expect(tasks).toEqual([expect.objectContaining({ kind: 'quality_review', queue: 'quality', subjectId: 'rvt_orig', excludedReviewers: [ann.id], reasons: ['qa_investigation'] })]);
  expect(recorded).toEqual([expect.objectContaining({ originalTaskId: 'rvt_orig', actor: qa, review: expect.objectContaining({ outcome: 'enforce' }) })]);
});

it('records an investigator’s profile and a root cause’s mitigation through their activities', async () => {
  const saved: any[] = [];
  const activities: Partial<Activities> = {
    saveInvestigator: async (p) => void saved.push(['profile', p.investigatorId]),
    recordMitigation: async (m) => void saved.push(['mitigation', m.rootCause]),
  };
  const profile = {
    name: 'Ann',
    categories: ['*'],
    languages: ['en'],
    markets: ['GB'],
    shift: { days: [1, 2, 3, 4, 5], start: '08:00', end: '16:00', timeZone: 'Europe/London' },
    maxOpenCases: 20,
    senior: false,
    active: true,
  };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const p = await temporalTest.env.client.workflow.start('investigatorProfile', {
      workflowId: `investigator:key_ann:${Date.now()}`,
      taskQueue,
      args: [{ investigatorId: 'key_ann', profile, actor: qa }],
    });
    await p.result();
    await recordHistory('investigator-profile', p);
    const m = await temporalTest.env.client.workflow.start('rootCauseMitigation', {
      workflowId: `mitigation:mit_${Date.now()}`,
      taskQueue,
      args: [{ mitigationId: 'mit_1', rootCause: 'deliberate_fraud', mitigation: { period: '2026-12', mitigation: 'Device links at onboarding.' }, actor: qa }],
    });
    await m.result();
    await recordHistory('root-cause-mitigation', m);
  });
  expect(saved).toEqual([
    ['profile', 'key_ann'],
    ['mitigation', 'deliberate_fraud'],
  ]);
});
