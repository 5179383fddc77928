/**
 * POST /v1/sellers/{id}/appeals: a seller contests an enforcement action or a rejected application
 * (DSA Art. 20). The API checks the appeal may be filed and starts its workflow; the workflow's first
 * activity records it. The appeal's ID derives from what it contests and says, and its workflow ID
 * from the contested decision alone: a retry after a 503 (Temporal unreachable: nothing was written)
 * reaches the same appeal, and a different appeal filed while one is open is refused.
 */
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { findAppeal, openAppealOn } from '../../db/appeals/appeals';
import { findEnforcement } from '../../db/enforcement/enforcements';
import { APPEAL_SLA_DAYS } from '../../domain/appeals/appeals';
import { appealRequestSchema } from '../../domain/appeals/schemas';
import { APPEAL_WINDOW_DAYS } from '../../domain/enforcement/enforcement';
import { derivedId } from '../../domain/shared/ids';
import { appealWorkflowId } from '../../temporal/workflow-ids';
import type { AppealInput } from '../../workflows/appeals/appeal';
import { appealIdQuery } from '../../workflows/appeals/messages';
import type { Db } from '../../db/knex';
import { actorOf } from '../access/auth';
import { invalidField, Problem } from '../shared/problem';
import { route } from '../shared/route';
import { idParam } from '../shared/schemas';
import { callWorkflow } from '../shared/workflow-calls';
import { sellerOr404 } from '../sellers/seller-access';
import { appealResponse, appealView } from './appeals';

const DAY = 86_400_000;

export const appealFilingRoutes = [
  route({
    method: 'post',
    path: '/v1/sellers/{id}/appeals',
    summary: `Appeal an enforcement action or a rejected application (within ${APPEAL_WINDOW_DAYS} days of the decision)`,
    description: 'The same appeal sent again is the same appeal; another appeal against a decision with one open is refused.',
    access: { permission: 'appeals:create' },
    params: idParam,
    body: { json: appealRequestSchema },
    responses: { 202: { description: 'received; a reviewer who did not take the decision will decide it', schema: appealResponse, headers: { Location: 'the appeal' } } },
    problems: ['resource_not_found', 'appeal_window_closed', 'appeal_already_open', 'not_appealable', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { config, db, temporal }) => {
    const seller = await sellerOr404(db, req, id);
    const contested = await contestedDecision(db, seller.id, body.subject);
    if (Date.now() > contested.appealableUntil) throw new Problem('appeal_window_closed', `Appeals against this decision closed on ${new Date(contested.appealableUntil).toISOString()}`);

    // The same appeal sent again (a retry) is the same appeal: its ID derives from what it contests and says.
    const appealId = derivedId('appeal', seller.id, body.subject.type, body.subject.id, body.statement);
    const open = await openAppealOn(db, body.subject.type, body.subject.id);
    if (open && open.id !== appealId) throw new Problem('appeal_already_open', 'An appeal against this decision is already open');

    const input: AppealInput = {
      appealId,
      sellerId: seller.id,
      subject: body.subject,
      excludedReviewers: contested.deciders,
      filing: { statement: body.statement, evidence: body.evidence, filedBy: actorOf(req), requestId: req.requestId },
    };
    const workflowId = appealWorkflowId(body.subject.id);
    const runningAppeal = await callWorkflow(temporal, async () => {
      try {
        await temporal.workflow.start('appeal', { workflowId, taskQueue: config.TEMPORAL_TASK_QUEUE, args: [input], workflowIdConflictPolicy: 'FAIL' });
        return appealId;
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        // An appeal against this decision runs: this one again (a retry), or another.
        return temporal.workflow
          .getHandle(workflowId)
          .query(appealIdQuery)
          .catch(() => undefined);
      }
    });
    if (runningAppeal !== appealId) throw new Problem('appeal_already_open', 'An appeal against this decision is already open');
    const recorded = await findAppeal(db, appealId);
    // Started a moment ago and not recorded yet: the answer says what the workflow is recording.
    const view = recorded
      ? appealView(recorded)
      : appealView({
          id: appealId,
          seller_id: seller.id,
          subject_type: body.subject.type,
          subject_id: body.subject.id,
          statement: body.statement,
          evidence: body.evidence,
          status: 'open',
          outcome: null,
          reasons: null,
          note: null,
          decided_by: null,
          decided_by_name: null,
          decided_at: null,
          sla_due_at: new Date(Date.now() + APPEAL_SLA_DAYS * DAY),
          created_at: new Date(),
        });
    return { status: 202, body: view, location: `/v1/appeals/${appealId}` };
  }),
];

/** The decision an appeal contests: it must be this seller's, decided, and still within the appeal window. */
async function contestedDecision(db: Db, sellerId: string, subject: { type: 'enforcement' | 'application'; id: string }) {
  if (subject.type === 'enforcement') {
    const action = await findEnforcement(db, subject.id);
    if (!action || action.seller_id !== sellerId) throw subjectProblem('is not an enforcement action of this seller');
    if (!['notice', 'active', 'ended'].includes(action.status)) throw new Problem('not_appealable', `An action that is ${action.status} cannot be appealed`);
    return { appealableUntil: new Date(action.appealable_until!).getTime(), deciders: action.decided_by && action.decided_by !== 'system' ? [action.decided_by] : [] };
  }
  const app = await db('applications').where({ id: subject.id, seller_id: sellerId }).first();
  if (!app) throw subjectProblem('is not an application of this seller');
  if (app.status !== 'rejected') throw new Problem('not_appealable', 'Only a rejected application can be appealed');
  const decision = app.decision as { decidedBy?: { id: string }; confirmedBy?: { id: string } | null };
  return {
    appealableUntil: new Date(app.decided_at).getTime() + APPEAL_WINDOW_DAYS * DAY,
    deciders: [decision.decidedBy?.id, decision.confirmedBy?.id].filter((id): id is string => Boolean(id)),
  };
}

const subjectProblem = (message: string) => invalidField('subject.id', 'unknown_subject', message);
