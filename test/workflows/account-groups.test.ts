/**
 * Account groups on the time-skipping test server with mocked activities: the marketplace's report of
 * devices is recorded by its activity, and an investigation that enforces on a group starts one
 * enforcement workflow per member.
 */
import type { Activities } from '../../activities';
import { decideInvestigationUpdate, investigationSignal } from '../../workflows/investigations/messages';
import { caseStateQuery } from '../../workflows/review/case-messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();
const investigator = { id: 'key_investigator', name: 'Ines', role: 'senior_reviewer' };

it('records the devices the marketplace reports through its activity', async () => {
  const reports: any[] = [];
  const activities: Partial<Activities> = {
    recordReportedIdentifiers: async (r) => {
      reports.push(r);
      return { added: r.identifiers.length };
    },
  };
  const report = { sellerId: 'sel_1', identifiers: [{ kind: 'device' as const, value: 'dev-1' }], actor: { id: 'key_orders', name: 'orders', role: 'order_system' } };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('identifierReport', { workflowId: `identifiers:sel_1:${Date.now()}`, taskQueue, args: [report] });
    expect(await handle.result()).toEqual({ added: 1 });
    await recordHistory('identifier-report', handle);
  });
  expect(reports).toEqual([report]);
});

it('starts an enforcement workflow for every member when the decision covers the account group', async () => {
  const began: string[] = [];
  const activities: Partial<Activities> = {
    openInvestigation: async () => {},
    addInvestigationSignal: async () => {},
    openCaseTask: async () => ({ slaDueAt: new Date((await temporalTest.env.currentTimeMs()) + 72 * 3_600_000).toISOString() }),
    claimReviewTask: async () => {},
    closeReviewTask: async () => {},
    decideInvestigation: async () => ({
      enforcementId: 'enf_own',
      group: [
        { enforcementId: 'enf_b', sellerId: 'sel_b' },
        { enforcementId: 'enf_c', sellerId: 'sel_c' },
      ],
    }),
    beginEnforcement: async ({ enforcementId }) => {
      began.push(enforcementId);
      return { enforcementId, sellerId: 'sel_a', type: 'suspension', status: 'awaiting_decision', effectiveAt: null, endsAt: null, appealableUntil: null, facts: [], grounds: [] };
    },
  };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.signalWithStart('investigation', {
      workflowId: `investigation:sel_group_${Date.now()}`,
      taskQueue,
      args: [{ investigationId: 'inv_group', sellerId: 'sel_a' }],
      signal: investigationSignal,
      signalArgs: [{ source: 'account_group', memberIds: ['sel_a', 'sel_b', 'sel_c'] }],
    });
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    const taskId = state.reviewTask.taskId;
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: investigator }] });
    await handle.executeUpdate(decideInvestigationUpdate, {
      args: [
        {
          taskId,
          actor: investigator,
          decision: {
            outcome: 'enforce',
            reasons: ['fraud_confirmed'],
            note: 'one operator',
            action: { type: 'suspension', scope: 'group', ground: { type: 'terms', reference: 'terms 4.2', explanation: 'one account per business' }, facts: ['orders never shipped'] },
          },
        },
      ],
    });
    expect(await handle.result()).toEqual({ outcome: 'enforce', enforcementId: 'enf_own', groupEnforcementIds: ['enf_b', 'enf_c'] });
    await recordHistory('investigation-group-enforcement', handle);
    await temporalTest.until(() => began.length === 3);
    for (const id of ['enf_own', 'enf_b', 'enf_c']) await temporalTest.env.client.workflow.getHandle(`enforcement:${id}`).terminate('the test is over');
  });
  expect(began.sort()).toEqual(['enf_b', 'enf_c', 'enf_own']);
});
