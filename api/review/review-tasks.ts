/**
 * The reviewers' queue. Listing reads Postgres (sorted by SLA, keyset-paged); claiming and
 * deciding are Updates to the task's workflow, which validates them against its own state.
 */
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import type { Db } from '../../db/knex';
import { findCheck, findCheckOfSeller } from '../../db/onboarding/checks';
import { findReviewTask, listReviewTasks, type ReviewTaskRow } from '../../db/review/review-tasks';
import { appealDecisionSchema } from '../../domain/appeals/schemas';
import { enforcementDecisionSchema } from '../../domain/enforcement/schemas';
import { inquiryDecisionSchema } from '../../domain/inquiries/schemas';
import { investigationDecisionSchema } from '../../domain/investigations/schemas';
import { applicationStatuses } from '../../domain/onboarding/onboarding';
import { reviewTaskKinds, reviewTaskStatuses } from '../../domain/review/review';
import { reviewDecisionSchema } from '../../domain/review/schemas';
import type { ScreeningMatch } from '../../domain/screening/screening-index';
import { hasPrefix } from '../../domain/shared/ids';
import { onboardingWorkflowId } from '../../temporal/workflow-ids';
import { decideAppealUpdate } from '../../workflows/appeals/messages';
import { decideEnforcementUpdate } from '../../workflows/enforcement/messages';
import { decideInquiryUpdate } from '../../workflows/inquiries/messages';
import { decideInvestigationUpdate } from '../../workflows/investigations/messages';
import { decideNoticeUpdate } from '../../workflows/notices/messages';
import { noticeDecisionSchema } from '../../domain/notices/schemas';
import { disputeDecisionSchema } from '../../domain/disputes/schemas';
import { qualityReviewSchema } from '../../domain/operations/schemas';
import { decideQualityReviewUpdate } from '../../workflows/operations/messages';
import { decideDisputeUpdate } from '../../workflows/disputes/messages';
import { decideReviewTaskUpdate } from '../../workflows/onboarding/messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { adjudicateMatchUpdate } from '../../workflows/screening/messages';
import { actorOf } from '../access/auth';
import { reviewTaskResponse, reviewTaskView } from '../onboarding/application-view';
import { keysetCursor, keysetPage } from '../shared/cursor';
import { invalidField, notFound, parseOrThrow, Problem } from '../shared/problem';
import { route } from '../shared/route';
import { idParam, page, pageQuery } from '../shared/schemas';
import { callWorkflow } from '../shared/workflow-calls';
import { assertTraderTraceabilityComplete } from './trader-traceability';

export const adjudicationSchema = z.strictObject({
  checkId: z.string().regex(/^chk_[0-9a-z]{20}$/, 'must be the ID of a sanctions check of this task'),
  entryId: z.string().min(1).max(100),
  verdict: z.enum(['false_positive', 'true_match']),
  note: z.string().trim().min(1).max(4000),
});

const cursor = keysetCursor('slaDueAt');

const listQuery = z.strictObject({
  status: z.enum(reviewTaskStatuses).optional(),
  queue: z.string().max(50).optional(),
  kind: z.enum(reviewTaskKinds).optional(),
  assignee: z.string().max(50).optional().meta({ description: "a reviewer's key ID, or `me`" }),
  routedTo: z.string().max(50).optional().meta({ description: 'the investigator a case was routed to (key ID, or `me`): their cases not claimed by another' }),
  risk: z.enum(['low', 'medium', 'high']).optional(),
  ...pageQuery,
});

const decisionBody = z.union([
  reviewDecisionSchema,
  enforcementDecisionSchema,
  appealDecisionSchema,
  investigationDecisionSchema,
  inquiryDecisionSchema,
  noticeDecisionSchema,
  disputeDecisionSchema,
  qualityReviewSchema,
]);
const decided = {
  object: z.enum([
    'decision',
    'information_request',
    'enforcement_decision',
    'investigation_decision',
    'appeal_decision',
    'inquiry_decision',
    'notice_decision',
    'dispute_decision',
    'quality_review_decision',
  ]),
  reviewTaskId: z.string(),
};
const decisionResponse = z.union([
  z.object({ ...decided, object: z.literal('decision'), id: z.string(), applicationId: z.string().nullable(), applicationStatus: z.enum(applicationStatuses) }),
  z.object({ ...decided, object: z.literal('information_request'), applicationId: z.string().nullable(), applicationStatus: z.enum(applicationStatuses) }),
  z.object({ ...decided, object: z.literal('enforcement_decision'), enforcementId: z.string().nullable(), outcome: z.string(), enforcementStatus: z.string() }),
  z.object({ ...decided, object: z.literal('investigation_decision'), investigationId: z.string().nullable(), outcome: z.string() }),
  z.object({ ...decided, object: z.literal('notice_decision'), noticeId: z.string().nullable(), outcome: z.string() }),
  z.object({ ...decided, object: z.literal('dispute_decision'), disputeId: z.string().nullable(), outcome: z.string() }),
  z.object({ ...decided, object: z.literal('quality_review_decision'), originalTaskId: z.string().nullable(), outcome: z.string(), agreed: z.boolean() }),
  z.object({ ...decided, object: z.literal('appeal_decision'), appealId: z.string(), outcome: z.string() }),
  z.object({ ...decided, object: z.literal('inquiry_decision'), inquiryId: z.string().nullable(), outcome: z.string(), inquiryStatus: z.string(), awaitingSecondApproval: z.literal(false) }),
]);
const firstReviewResponse = z.union([
  z.object({
    object: z.literal('first_review'),
    applicationId: z.string().nullable(),
    reviewTaskId: z.string(),
    applicationStatus: z.enum(applicationStatuses),
    awaitingSecondReview: z.literal(true),
  }),
  z.object({
    object: z.literal('inquiry_decision'),
    inquiryId: z.string().nullable(),
    reviewTaskId: z.string(),
    outcome: z.string(),
    inquiryStatus: z.string(),
    awaitingSecondApproval: z.literal(true),
  }),
]);
const adjudicationResponse = z.object({
  id: z.string(),
  object: z.literal('screening_adjudication'),
  entryId: z.string(),
  verdict: z.enum(['false_positive', 'true_match']),
  listVersion: z.string(),
  note: z.string().nullable(),
  adjudicatedBy: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  reviewTaskId: z.string(),
  checkId: z.string(),
});

const refusals = ['review_task_not_open', 'review_task_claimed_by_another', 'review_task_not_claimed_by_caller', 'temporal_unavailable'] as const;

async function taskOr404(db: Db, id: string) {
  const task = hasPrefix(id, 'reviewTask') ? await findReviewTask(db, id) : undefined;
  if (!task) throw notFound('The review task');
  return task;
}

/** The workflow a task's claim and decision go to: its case's, or its application's onboarding. */
const workflowOf = (temporal: Client, task: ReviewTaskRow) => temporal.workflow.getHandle(task.workflow_id ?? onboardingWorkflowId(task.application_id!));

export const reviewTaskRoutes = [
  route({
    method: 'get',
    path: '/v1/review-tasks',
    summary: 'Review tasks sorted by SLA due time, cursor-paged',
    access: { permission: 'review_tasks:read' },
    query: listQuery,
    responses: { 200: { description: 'a page', schema: page(reviewTaskResponse) } },
    problems: [],
  }).handle(async ({ query: q, req }, { db }) => {
    const after = q.cursor ? cursor.decode(q.cursor) : undefined;
    const rows = await listReviewTasks(db, {
      status: q.status,
      queue: q.queue,
      kind: q.kind,
      assignee: q.assignee === 'me' ? req.apiKey!.id : q.assignee,
      routedTo: q.routedTo === 'me' ? req.apiKey!.id : q.routedTo,
      risk: q.risk,
      limit: q.limit + 1,
      after: after && { slaDueAt: after.at, id: after.id },
    });
    return { status: 200, body: keysetPage(rows, q.limit, reviewTaskView, (last) => cursor.encode(last.sla_due_at, last.id)) };
  }),

  route({
    method: 'get',
    path: '/v1/review-tasks/{id}',
    summary: 'One review task',
    access: { permission: 'review_tasks:read' },
    params: idParam,
    responses: { 200: { description: 'the task', schema: reviewTaskResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id } }, { db }) => ({ status: 200, body: reviewTaskView(await taskOr404(db, id)) })),

  route({
    method: 'post',
    path: '/v1/review-tasks/{id}/claim',
    summary: 'Claim a review task',
    access: { permission: 'review_tasks:work' },
    params: idParam,
    responses: { 200: { description: 'claimed', schema: reviewTaskResponse } },
    problems: ['resource_not_found', 'four_eyes_same_reviewer', 'compliance_officer_required', 'reviewer_took_original_decision', ...refusals],
  }).handle(async ({ params: { id }, req }, { db, temporal }) => {
    const task = await taskOr404(db, id);
    await callWorkflow(temporal, () => workflowOf(temporal, task).executeUpdate(claimReviewTaskUpdate, { args: [{ taskId: task.id, actor: actorOf(req) }] }));
    return { status: 200, body: reviewTaskView((await findReviewTask(db, task.id))!) };
  }),

  route({
    method: 'post',
    path: '/v1/review-tasks/{id}/decision',
    summary:
      "Decide a claimed review task: an application's (approve, reject, request_information), an enforcement action's (confirm, decline), an appeal's (uphold, overturn, modify), an investigation's, a notice's, a dispute's or an inquiry's",
    description: "The body is checked against the decision the task's kind takes.",
    access: { permission: 'review_tasks:work' },
    params: idParam,
    body: { json: decisionBody, checkedBy: 'handler' },
    responses: {
      200: { description: 'decided', schema: decisionResponse },
      202: { description: 'recorded as the first review or approval; a second reviewer must confirm (four eyes)', schema: firstReviewResponse },
    },
    problems: [
      'resource_not_found',
      'four_eyes_same_reviewer',
      'outcome_not_supported',
      'compliance_officer_required',
      'reviewer_took_original_decision',
      'trader_traceability_due',
      'listing_action_needs_listing',
      ...refusals,
    ],
  }).handle(async ({ params: { id }, body, req }, { db, temporal }) => {
    const task = await taskOr404(db, id);
    const actor = actorOf(req);
    const workflow = workflowOf(temporal, task);
    const reviewTaskId = task.id;
    if (task.kind === 'enforcement') {
      const decision = parseOrThrow(enforcementDecisionSchema, body);
      const result = await callWorkflow(temporal, () => workflow.executeUpdate(decideEnforcementUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      return { status: 200, body: { object: 'enforcement_decision' as const, enforcementId: task.subject_id, reviewTaskId, outcome: decision.outcome, enforcementStatus: result.status } };
    }
    if (task.kind === 'inquiry') {
      const decision = parseOrThrow(inquiryDecisionSchema, body);
      const result = await callWorkflow(temporal, () => workflow.executeUpdate(decideInquiryUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      const answer = { object: 'inquiry_decision' as const, inquiryId: task.subject_id, reviewTaskId, outcome: decision.outcome, inquiryStatus: result.status };
      return result.awaitingSecondApproval ? { status: 202, body: { ...answer, awaitingSecondApproval: true as const } } : { status: 200, body: { ...answer, awaitingSecondApproval: false as const } };
    }
    if (task.kind === 'investigation') {
      const decision = parseOrThrow(investigationDecisionSchema, body);
      await callWorkflow(temporal, () => workflow.executeUpdate(decideInvestigationUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      return { status: 200, body: { object: 'investigation_decision' as const, investigationId: task.subject_id, reviewTaskId, outcome: decision.outcome } };
    }
    if (task.kind === 'notice') {
      const decision = parseOrThrow(noticeDecisionSchema, body);
      await callWorkflow(temporal, () => workflow.executeUpdate(decideNoticeUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      return { status: 200, body: { object: 'notice_decision' as const, noticeId: task.subject_id, reviewTaskId, outcome: decision.outcome } };
    }
    if (task.kind === 'dispute') {
      const decision = parseOrThrow(disputeDecisionSchema, body);
      await callWorkflow(temporal, () => workflow.executeUpdate(decideDisputeUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      return { status: 200, body: { object: 'dispute_decision' as const, disputeId: task.subject_id, reviewTaskId, outcome: decision.outcome } };
    }
    if (task.kind === 'quality_review') {
      const review = parseOrThrow(qualityReviewSchema, body);
      const result = await callWorkflow(temporal, () => workflow.executeUpdate(decideQualityReviewUpdate, { args: [{ taskId: task.id, actor, review }] }));
      return { status: 200, body: { object: 'quality_review_decision' as const, originalTaskId: task.subject_id, reviewTaskId, outcome: review.outcome, agreed: result.agreed } };
    }
    if (task.kind === 'appeal') {
      const decision = parseOrThrow(appealDecisionSchema, body);
      const result = await callWorkflow(temporal, () => workflow.executeUpdate(decideAppealUpdate, { args: [{ taskId: task.id, actor, decision }] }));
      // Workflows started before the update answered with the appeal's ID are named after it.
      return { status: 200, body: { object: 'appeal_decision' as const, appealId: result.appealId ?? workflow.workflowId.replace(/^appeal:/, ''), reviewTaskId, outcome: decision.outcome } };
    }
    const decision = parseOrThrow(reviewDecisionSchema, body);
    if (decision.outcome === 'approve' && task.application_id) await assertTraderTraceabilityComplete(db, task.application_id);
    const result = await callWorkflow(temporal, () => workflow.executeUpdate(decideReviewTaskUpdate, { args: [{ taskId: task.id, actor, decision }] }));
    const applicationId = task.application_id;
    if (result.status === 'information_requested') return { status: 200, body: { object: 'information_request' as const, applicationId, reviewTaskId, applicationStatus: result.status } };
    // Four eyes: recorded as the first review; the task is back in the queue for another reviewer.
    if (result.awaitingSecondReview)
      return { status: 202, body: { object: 'first_review' as const, applicationId, reviewTaskId, applicationStatus: result.status, awaitingSecondReview: true as const } };
    return { status: 200, body: { object: 'decision' as const, id: result.decisionId!, applicationId, reviewTaskId, applicationStatus: result.status } };
  }),

  /**
   * A reviewer's verdict on one screening match of the task's application: a false positive is
   * remembered, so the same subject is not raised again for the same list entry.
   */
  route({
    method: 'post',
    path: '/v1/review-tasks/{id}/adjudications',
    summary: "A reviewer's verdict on a screening match of a claimed task; a false positive is remembered for the subject and list entry",
    access: { permission: 'review_tasks:work' },
    params: idParam,
    body: { json: adjudicationSchema },
    responses: { 201: { description: 'recorded', schema: adjudicationResponse } },
    problems: ['resource_not_found', ...refusals],
  }).handle(async ({ params: { id }, body, req }, { db, temporal }) => {
    const task = await taskOr404(db, id);
    const actor = actorOf(req);
    if (task.status !== 'claimed' || task.assignee_id !== actor.id) throw new Problem('review_task_not_claimed_by_caller', 'Claim the review task before adjudicating its matches');
    // An onboarding task's checks are its application's; an investigation's, any of its seller's.
    const check = task.application_id ? await findCheck(db, task.application_id, body.checkId) : task.kind === 'investigation' ? await findCheckOfSeller(db, task.seller_id!, body.checkId) : undefined;
    if (!check || check.kind !== 'sanctions') throw notFound('The screening check');
    const evidence = check.evidence as { listVersion: string; matches?: ScreeningMatch[] };
    const match = evidence.matches?.find((m) => m.entryId === body.entryId);
    if (!match) throw invalidField('entryId', 'not_a_match', 'is not a potential match of this check');
    // The workflow that owns the task checks the claim and records the verdict (one writer per fact).
    const recorded = await callWorkflow(temporal, () =>
      workflowOf(temporal, task).executeUpdate(adjudicateMatchUpdate, {
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
    return { status: 201, body: { ...recorded, object: 'screening_adjudication' as const, reviewTaskId: task.id, checkId: check.id } };
  }),
];
