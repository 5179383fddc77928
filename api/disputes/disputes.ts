/**
 * After-sales disputes: filed by the order systems (POST /v1/disputes), answered by the seller
 * through the frontend, withdrawn by the order system, appealed by either side once resolved. The
 * dispute's process records each step; these routes start it, send it Updates, and read its record.
 * A frontend sees only its own client's sellers' disputes.
 */
import type { Request } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/knex';
import { findDispute, findDisputeDetails, listDisputes, type DisputeRow } from '../../db/disputes/disputes';
import { keysetCursor, keysetPage } from '../shared/cursor';
import { disputeOutcomes, disputeScenarios } from '../../domain/disputes/codes';
import type { DisputeProcessInput } from '../../domain/disputes/disputes';
import { CURRENT_DISPUTE_RULES } from '../../domain/disputes/rules';
import { disputeAppealSchema, disputeSchema, sellerResponseSchema } from '../../domain/disputes/schemas';
import { derivedId, hasPrefix } from '../../domain/shared/ids';
import { disputeWorkflowId } from '../../temporal/workflow-ids';
import { appealDisputeUpdate, respondToDisputeUpdate, withdrawDisputeSignal } from '../../workflows/disputes/messages';
import { actorOf, assertSellerVisible } from '../access/auth';
import { iso } from '../onboarding/application-view';
import { sellerOr404 } from '../sellers/seller-access';
import { invalidField, notFound } from '../shared/problem';
import { auditRead } from '../shared/read-audit';
import { route } from '../shared/route';
import { idParam, page, pageQuery, timestamp } from '../shared/schemas';
import { callWorkflow, startRecorded } from '../shared/workflow-calls';

const money = z.object({ amount: z.string(), currency: z.string() });

export const disputeResponse = z.object({
  id: z.string(),
  object: z.literal('dispute'),
  orderId: z.string(),
  sellerId: z.string(),
  buyerRef: z.string(),
  scenario: z.enum(disputeScenarios),
  category: z.string(),
  amount: money,
  /** The rules version it is decided under and the rule that chose its path, with why. */
  rulesVersion: z.string(),
  ruleId: z.string(),
  path: z.enum(['auto_refund', 'seller_response']),
  status: z.enum(['awaiting_seller', 'in_review', 'resolved', 'appealed', 'closed']),
  respondBy: timestamp,
  sellerAnswer: z.enum(['accept', 'contest']).nullable(),
  outcome: z.enum(disputeOutcomes).nullable(),
  reasons: z.array(z.string()).nullable(),
  refund: money.nullable(),
  decidedBy: z.enum(['rule', 'seller', 'deadline', 'reviewer', 'buyer']).nullable(),
  sellerFault: z.boolean().nullable(),
  resolvedAt: timestamp,
  appealedBy: z.enum(['seller', 'buyer']).nullable(),
  finalOutcome: z.enum(disputeOutcomes).nullable(),
  overturned: z.boolean(),
  /** For reviewers: what the buyer and the seller said. */
  description: z.string().optional(),
  evidence: z.array(z.string()).optional(),
  sellerStatement: z.string().optional(),
  createdAt: timestamp,
});

function disputeView(row: DisputeRow, reviewer: boolean): z.input<typeof disputeResponse> {
  const details = reviewer ? findDisputeDetails(row) : undefined;
  const refund = row.outcome === 'buyer_favour' ? row.amount : row.refund_amount;
  return {
    id: row.id,
    object: 'dispute',
    orderId: row.order_id,
    sellerId: row.seller_id,
    buyerRef: row.buyer_ref,
    scenario: row.scenario as (typeof disputeScenarios)[number],
    category: row.category,
    amount: { amount: row.amount, currency: row.currency },
    rulesVersion: row.rules_version,
    ruleId: row.rule_id,
    path: row.path,
    status: row.status,
    respondBy: iso(row.respond_by),
    sellerAnswer: row.seller_answer,
    outcome: row.outcome as (typeof disputeOutcomes)[number] | null,
    reasons: row.reasons,
    refund: refund ? { amount: refund, currency: row.currency } : null,
    decidedBy: row.decided_by_kind as z.input<typeof disputeResponse>['decidedBy'],
    sellerFault: row.seller_fault,
    resolvedAt: iso(row.resolved_at),
    appealedBy: row.appealed_by as 'seller' | 'buyer' | null,
    finalOutcome: row.final_outcome as (typeof disputeOutcomes)[number] | null,
    overturned: row.overturned,
    ...(details ? { description: details.description, evidence: details.evidence, ...(details.sellerStatement ? { sellerStatement: details.sellerStatement } : {}) } : {}),
    createdAt: iso(row.created_at),
  };
}

const reviewerRoles = new Set(['reviewer', 'senior_reviewer', 'compliance_officer', 'admin']);

async function disputeOr404(db: Db, req: Request, id: string): Promise<DisputeRow> {
  const row = hasPrefix(id, 'dispute') ? await findDispute(db, id) : undefined;
  if (!row) throw notFound('The dispute');
  await assertSellerVisible(db, req, row.seller_id, 'The dispute');
  return row;
}

const cursor = keysetCursor('createdAt');
const listQuery = z.strictObject({
  status: z.enum(['awaiting_seller', 'in_review', 'resolved', 'appealed', 'closed']).optional(),
  sellerId: z.string().max(40).optional(),
  ...pageQuery,
});

export const disputeRoutes = [
  route({
    method: 'get',
    path: '/v1/disputes',
    summary: 'Disputes, newest first, cursor-paged; filter by status and seller',
    access: { permission: 'disputes:list' },
    query: listQuery,
    responses: { 200: { description: 'a page', schema: page(disputeResponse) } },
    problems: [],
  }).handle(async ({ query: q }, { db }) => {
    const after = q.cursor ? cursor.decode(q.cursor) : undefined;
    const rows = await listDisputes(db, { status: q.status, sellerId: q.sellerId, after, limit: q.limit + 1 });
    return {
      status: 200,
      body: keysetPage(
        rows,
        q.limit,
        (r) => disputeView(r, false),
        (last) => cursor.encode(last.created_at, last.id),
      ),
    };
  }),
  route({
    method: 'post',
    path: '/v1/disputes',
    summary: 'A buyer’s dispute about an order; the rules of its category and scenario choose its path',
    description: 'One dispute per order and scenario: the same dispute sent again is the same dispute. The answer says the path, the rule that chose it and, for a seller response, by when.',
    access: { permission: 'disputes:create' },
    body: { json: disputeSchema },
    responses: { 202: { description: 'opened', schema: disputeResponse, headers: { Location: 'the dispute' } } },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ body, req, res }, { config, db, temporal }) => {
    await sellerOr404(db, req, body.sellerId);
    const actor = actorOf(req);
    const disputeId = derivedId('dispute', actor.id, body.orderId, body.scenario);
    const input: DisputeProcessInput = { disputeId, filing: { disputeId, dispute: body, receivedBy: actor, requestId: req.requestId }, rulesVersion: CURRENT_DISPUTE_RULES };
    await startRecorded(temporal, 'dispute', { workflowId: disputeWorkflowId(disputeId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [input] });
    res.setHeader('Location', `/v1/disputes/${disputeId}`);
    return { status: 202, body: disputeView((await findDispute(db, disputeId))!, false) };
  }),
  route({
    method: 'get',
    path: '/v1/disputes/{id}',
    summary: 'A dispute: its path, the rule that chose it, where it stands and how it was resolved',
    access: { permission: 'disputes:read' },
    params: idParam,
    responses: { 200: { description: 'the dispute', schema: disputeResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const row = await disputeOr404(db, req, id);
    const reviewer = reviewerRoles.has(req.apiKey!.role);
    if (reviewer) await auditRead(db, req, 'dispute', id);
    return { status: 200, body: disputeView(row, reviewer) };
  }),
  route({
    method: 'post',
    path: '/v1/disputes/{id}/response',
    summary: 'The seller accepts (the buyer is refunded) or contests (a reviewer decides) within the rule’s window',
    access: { permission: 'disputes:respond' },
    params: idParam,
    body: { json: sellerResponseSchema },
    responses: { 200: { description: 'answered', schema: disputeResponse } },
    problems: ['resource_not_found', 'dispute_not_awaiting_seller', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { db, temporal }) => {
    const row = await disputeOr404(db, req, id);
    await callWorkflow(
      temporal,
      () => temporal.workflow.getHandle(disputeWorkflowId(row.id)).executeUpdate(respondToDisputeUpdate, { args: [{ response: body, actor: actorOf(req) }] }),
      'dispute_not_awaiting_seller',
    );
    return { status: 200, body: disputeView((await findDispute(db, row.id))!, false) };
  }),
  route({
    method: 'post',
    path: '/v1/disputes/{id}/withdraw',
    summary: 'The buyer withdrew the dispute (until it is resolved)',
    access: { permission: 'disputes:create' },
    params: idParam,
    responses: { 202: { description: 'withdrawal sent to the dispute', schema: z.object({ id: z.string(), object: z.literal('dispute'), withdrawal: z.literal('requested') }) } },
    problems: ['resource_not_found', 'dispute_not_awaiting_seller', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, req }, { db, temporal }) => {
    const row = await disputeOr404(db, req, id);
    await callWorkflow(temporal, () => temporal.workflow.getHandle(disputeWorkflowId(row.id)).signal(withdrawDisputeSignal), 'dispute_not_awaiting_seller');
    return { status: 202, body: { id: row.id, object: 'dispute' as const, withdrawal: 'requested' as const } };
  }),
  route({
    method: 'post',
    path: '/v1/disputes/{id}/appeal',
    summary: 'Ask for a review of a resolved dispute by another reviewer, once, within 7 days of the resolution',
    description: 'The seller appeals through the frontend, the buyer through the order system.',
    access: { permission: 'disputes:appeal' },
    params: idParam,
    body: { json: disputeAppealSchema },
    responses: { 200: { description: 'appealed', schema: disputeResponse } },
    problems: ['resource_not_found', 'dispute_not_appealable', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { db, temporal }) => {
    const row = await disputeOr404(db, req, id);
    const side = req.apiKey!.role === 'onboarding_frontend' ? 'seller' : 'buyer';
    if (body.by !== side) throw invalidField('by', 'wrong_side', `must be ${side} for this key`);
    await callWorkflow(
      temporal,
      () => temporal.workflow.getHandle(disputeWorkflowId(row.id)).executeUpdate(appealDisputeUpdate, { args: [{ appeal: body, actor: actorOf(req) }] }),
      'dispute_not_appealable',
    );
    return { status: 200, body: disputeView((await findDispute(db, row.id))!, false) };
  }),
];
