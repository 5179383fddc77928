/**
 * The reviewers' queue. Listing reads Postgres (sorted by SLA, keyset-paged); claiming and
 * deciding are Updates to the application's workflow, which validates them against its own state.
 */
import { Router } from 'express';
import { z } from 'zod';
import { findReviewTask, listReviewTasks, type ReviewTaskRow } from '../../db/review/review-tasks';
import { appealDecisionSchema } from '../../domain/appeals/schemas';
import { enforcementDecisionSchema } from '../../domain/enforcement/schemas';
import { investigationDecisionSchema } from '../../domain/investigations/schemas';
import { inquiryDecisionSchema } from '../../domain/inquiries/schemas';
import { findCheck, findCheckOfSeller } from '../../db/onboarding/checks';
import { hasPrefix } from '../../domain/shared/ids';
import type { ScreeningMatch } from '../../domain/screening/screening-index';
import { reviewDecisionSchema } from '../../domain/review/schemas';
import { onboardingWorkflowId } from '../../temporal/workflow-ids';
import { decideAppealUpdate } from '../../workflows/appeals/messages';
import { decideEnforcementUpdate } from '../../workflows/enforcement/messages';
import { decideInquiryUpdate } from '../../workflows/inquiries/messages';
import { decideInvestigationUpdate } from '../../workflows/investigations/messages';
import { adjudicateMatchUpdate } from '../../workflows/screening/messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { decideReviewTaskUpdate } from '../../workflows/onboarding/messages';
import { actorOf, requirePermission } from '../access/auth';
import { reviewTaskView } from '../onboarding/application-view';
import type { ApiDeps } from '../deps';
import { notFound, parseOrThrow, Problem } from '../shared/problem';
import { callWorkflow } from '../shared/workflow-calls';
import { keysetCursor, keysetPage } from '../shared/cursor';

const cursor = keysetCursor('slaDueAt');

const listQuery = z.strictObject({
  status: z.enum(['open', 'claimed', 'awaiting_second_review', 'decided', 'cancelled']).optional(),
  queue: z.string().max(50).optional(),
  kind: z.enum(['application', 'enforcement', 'appeal', 'investigation', 'inquiry']).optional(),
  assignee: z.string().max(50).optional(),
  risk: z.enum(['low', 'medium', 'high']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export function reviewTasksRouter({ db, temporal }: ApiDeps): Router {
  const router = Router();

  router.get('/', requirePermission('review_tasks:read'), async (req, res) => {
    const q = parseOrThrow(listQuery, req.query, 'query');
    const after = q.cursor ? cursor.decode(q.cursor) : undefined;
    const rows = await listReviewTasks(db, {
      status: q.status,
      queue: q.queue,
      kind: q.kind,
      assignee: q.assignee === 'me' ? req.apiKey!.id : q.assignee,
      risk: q.risk,
      limit: q.limit + 1,
      after: after && { slaDueAt: after.at, id: after.id },
    });
    res.json(keysetPage(rows, q.limit, reviewTaskView, (last) => cursor.encode(last.sla_due_at, last.id)));
  });

  async function taskOr404(id: string) {
    const task = hasPrefix(id, 'reviewTask') ? await findReviewTask(db, id) : undefined;
    if (!task) throw notFound('The review task');
    return task;
  }

  router.get('/:id', requirePermission('review_tasks:read'), async (req, res) => {
    res.json(reviewTaskView(await taskOr404(String(req.params.id))));
  });

  /** The workflow a task's claim and decision go to: its case's, or its application's onboarding. */
  const workflowOf = (task: ReviewTaskRow) => temporal.workflow.getHandle(task.workflow_id ?? onboardingWorkflowId(task.application_id!));

  router.post('/:id/claim', requirePermission('review_tasks:work'), async (req, res) => {
    const task = await taskOr404(String(req.params.id));
    await callWorkflow(temporal, () => workflowOf(task).executeUpdate(claimReviewTaskUpdate, { args: [{ taskId: task.id, actor: actorOf(req) }] }));
    res.json(reviewTaskView((await findReviewTask(db, task.id))!));
  });

  router.post('/:id/decision', requirePermission('review_tasks:work'), async (req, res) => {
    const task = await taskOr404(String(req.params.id));
    const actor = actorOf(req);
    if (task.kind === 'enforcement') {
      const decision = parseOrThrow(enforcementDecisionSchema, req.body);
      const result = await callWorkflow(temporal, () => workflowOf(task).executeUpdate(decideEnforcementUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      res.json({ object: 'enforcement_decision', enforcementId: task.subject_id, reviewTaskId: task.id, outcome: decision.outcome, enforcementStatus: result.status });
      return;
    }
    if (task.kind === 'inquiry') {
      const decision = parseOrThrow(inquiryDecisionSchema, req.body);
      const result = await callWorkflow(temporal, () => workflowOf(task).executeUpdate(decideInquiryUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      res.status(result.awaitingSecondApproval ? 202 : 200).json({
        object: 'inquiry_decision',
        inquiryId: task.subject_id,
        reviewTaskId: task.id,
        outcome: decision.outcome,
        inquiryStatus: result.status,
        awaitingSecondApproval: result.awaitingSecondApproval ?? false,
      });
      return;
    }
    if (task.kind === 'investigation') {
      const decision = parseOrThrow(investigationDecisionSchema, req.body);
      await callWorkflow(temporal, () => workflowOf(task).executeUpdate(decideInvestigationUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      res.json({ object: 'investigation_decision', investigationId: task.subject_id, reviewTaskId: task.id, outcome: decision.outcome });
      return;
    }
    if (task.kind === 'appeal') {
      const decision = parseOrThrow(appealDecisionSchema, req.body);
      const result = await callWorkflow(temporal, () => workflowOf(task).executeUpdate(decideAppealUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      // Workflows started before the update answered with the appeal's ID are named after it.
      res.json({ object: 'appeal_decision', appealId: result.appealId ?? workflowOf(task).workflowId.replace(/^appeal:/, ''), reviewTaskId: task.id, outcome: decision.outcome });
      return;
    }
    const decision = parseOrThrow(reviewDecisionSchema, req.body);
    const result = await callWorkflow(temporal, () => workflowOf(task).executeUpdate(decideReviewTaskUpdate, { args: [{ taskId: task.id, actor, decision }] }));
    if (result.status === 'information_requested') {
      res.json({ object: 'information_request', applicationId: task.application_id, reviewTaskId: task.id, applicationStatus: result.status });
      return;
    }
    if (result.awaitingSecondReview) {
      // Four eyes: recorded as the first review; the task is back in the queue for another reviewer.
      res.status(202).json({ object: 'first_review', applicationId: task.application_id, reviewTaskId: task.id, applicationStatus: result.status, awaitingSecondReview: true });
      return;
    }
    res.json({ object: 'decision', id: result.decisionId, applicationId: task.application_id, reviewTaskId: task.id, applicationStatus: result.status });
  });

  /**
   * A reviewer's verdict on one screening match of the task's application: a false positive is
   * remembered, so the same subject is not raised again for the same list entry.
   */
  router.post('/:id/adjudications', requirePermission('review_tasks:work'), async (req, res) => {
    const body = parseOrThrow(adjudicationSchema, req.body);
    const task = await taskOr404(String(req.params.id));
    const actor = actorOf(req);
    if (task.status !== 'claimed' || task.assignee_id !== actor.id) throw new Problem(409, 'review_task_not_claimed_by_caller', 'Claim the review task before adjudicating its matches');
    // An onboarding task's checks are its application's; an investigation's, any of its seller's.
    const check = task.application_id ? await findCheck(db, task.application_id, body.checkId) : task.kind === 'investigation' ? await findCheckOfSeller(db, task.seller_id!, body.checkId) : undefined;
    if (!check || check.kind !== 'sanctions') throw notFound('The screening check');
    const evidence = check.evidence as { listVersion: string; matches?: ScreeningMatch[] };
    const match = evidence.matches?.find((m) => m.entryId === body.entryId);
    if (!match)
      throw new Problem(400, 'validation_error', 'The request body is not valid: 1 field(s) to fix', {
        errors: [{ path: 'entryId', code: 'not_a_match', message: 'is not a potential match of this check' }],
      });
    // The workflow that owns the task checks the claim and records the verdict (one writer per fact).
    const recorded = await callWorkflow(temporal, () =>
      workflowOf(task).executeUpdate(adjudicateMatchUpdate, {
        args: [
          {
            taskId: task.id,
            actor,
            applicationId: check.application_id,
            checkId: check.id,
            subject: { type: check.subject_type, id: check.subject_id },
            entryId: match.entryId,
            entryDigest: match.entryDigest,
            listVersion: evidence.listVersion,
            verdict: body.verdict,
            note: body.note,
          },
        ],
      }),
    );
    res.status(201).json({ ...recorded, object: 'screening_adjudication', reviewTaskId: task.id, checkId: check.id });
  });

  return router;
}

export const adjudicationSchema = z.strictObject({
  checkId: z.string().regex(/^chk_[0-9a-z]{20}$/, 'must be the ID of a sanctions check of this task'),
  entryId: z.string().min(1).max(100),
  verdict: z.enum(['false_positive', 'true_match']),
  note: z.string().trim().min(1).max(4000),
});
