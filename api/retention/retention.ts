/**
 * Legal holds (compliance officers) and erasure requests (the seller through the frontend, or a
 * compliance officer). An erasure request is checked against the holds and the retention duties and
 * answered with what was erased now and what is kept, until when and why; what may go, goes now.
 * Each is a short workflow whose activity writes it (workflows/retention/requests.ts).
 */
import { z } from 'zod';
import { activeHolds } from '../../db/retention/retention';
import { derivedId, hasPrefix, newId } from '../../domain/shared/ids';
import { retentionPlan, type ErasureAnswer } from '../../domain/retention/retention';
import type { ErasureRequestInput, HoldPlacement, HoldRelease } from '../../activities/retention/requests';
import { erasureRequestWorkflowId, legalHoldWorkflowId } from '../../temporal/workflow-ids';
import type { Db } from '../../db/knex';
import { actorOf } from '../access/auth';
import { notFound } from '../shared/problem';
import { route } from '../shared/route';
import { idempotencyKeyHeader, idParam, timestamp } from '../shared/schemas';
import { sellerOr404 } from '../sellers/seller-access';
import { runToCompletion } from '../shared/workflow-calls';
import { iso } from '../onboarding/application-view';

export const holdSchema = z.strictObject({ reason: z.string().trim().min(5, 'say why (e.g. the case or order)').max(2000) });

export const retentionResponse = z.object({
  relationshipEndedAt: timestamp,
  stage: z.string().nullable(),
  traderDataUntil: z.string().nullable(),
  amlRecordsUntil: z.string().nullable(),
  legalHolds: z.number().int(),
});

/** The seller's retention state as GET /v1/sellers/{id} shows it. */
export async function retentionView(db: Db, sellerId: string): Promise<z.input<typeof retentionResponse>> {
  const [record, holds] = await Promise.all([db('retention_records').where({ seller_id: sellerId }).first(), activeHolds(db, sellerId)]);
  const plan = record ? retentionPlan(new Date(record.relationship_ended_at).toISOString()) : undefined;
  return {
    relationshipEndedAt: iso(record?.relationship_ended_at),
    stage: record?.stage ?? null,
    traderDataUntil: plan?.traderDataUntil ?? null,
    amlRecordsUntil: plan?.amlRecordsUntil ?? null,
    legalHolds: holds.length,
  };
}

const legalHoldResponse = z.object({ id: z.string(), object: z.literal('legal_hold'), sellerId: z.string(), reason: z.string().optional(), status: z.enum(['active', 'released']) });
const erasureResponse = z.object({
  id: z.string(),
  object: z.literal('erasure_request'),
  sellerId: z.string(),
  erasedNow: z.array(z.string()),
  kept: z.array(z.object({ category: z.string(), until: z.string().nullable(), reason: z.string() })),
});

export const retentionRoutes = [
  route({
    method: 'post',
    path: '/v1/sellers/{id}/legal-holds',
    summary: "Place a legal hold: the seller's records are kept past their retention period until it is released",
    description: 'The same hold sent again with its Idempotency-Key is one hold.',
    access: { permission: 'legal_holds:manage' },
    params: idParam,
    headers: idempotencyKeyHeader,
    body: { json: holdSchema },
    responses: { 201: { description: 'placed', schema: legalHoldResponse } },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, headers, body: { reason }, req }, { db, temporal, config }) => {
    const sellerId = (await sellerOr404(db, req, id)).id as string;
    const actor = actorOf(req);
    const key = headers['Idempotency-Key'];
    const holdId = key ? derivedId('legalHold', sellerId, actor.id, key) : newId('legalHold');
    const input: HoldPlacement = { holdId, sellerId, reason, actor, requestId: req.requestId };
    await runToCompletion(temporal, 'legalHoldPlacement', { workflowId: legalHoldWorkflowId(holdId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [input] });
    return { status: 201, body: { id: holdId, object: 'legal_hold' as const, sellerId, reason, status: 'active' as const } };
  }),

  route({
    method: 'post',
    path: '/v1/legal-holds/{id}/release',
    summary: 'Release a legal hold',
    access: { permission: 'legal_holds:manage' },
    params: idParam,
    responses: { 200: { description: 'released', schema: legalHoldResponse } },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, req }, { temporal, config }) => {
    if (!hasPrefix(id, 'legalHold')) throw notFound('The active legal hold');
    const input: HoldRelease = { holdId: id, actor: actorOf(req), requestId: req.requestId };
    const { result } = await runToCompletion<{ sellerId: string | null }>(temporal, 'legalHoldRelease', {
      workflowId: `${legalHoldWorkflowId(id)}:release`,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [input],
    });
    if (!result.sellerId) throw notFound('The active legal hold');
    return { status: 200, body: { id, object: 'legal_hold' as const, sellerId: result.sellerId, status: 'released' as const } };
  }),

  route({
    method: 'post',
    path: '/v1/sellers/{id}/erasure-requests',
    summary: 'Ask for erasure: answered with what was erased now and what is kept, until when and why',
    description: 'The same request sent again with its Idempotency-Key is one request.',
    access: { permission: 'erasure:request' },
    params: idParam,
    headers: idempotencyKeyHeader,
    body: { json: z.strictObject({}) },
    responses: { 201: { description: 'answered', schema: erasureResponse } },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, headers, req }, { db, temporal, config }) => {
    const sellerId = (await sellerOr404(db, req, id)).id as string;
    const actor = actorOf(req);
    const key = headers['Idempotency-Key'];
    const erasureRequestId = key ? derivedId('erasureRequest', sellerId, actor.id, key) : newId('erasureRequest');
    const input: ErasureRequestInput = { erasureRequestId, sellerId, actor, requestId: req.requestId };
    const { result: answer } = await runToCompletion<ErasureAnswer>(temporal, 'erasureRequest', {
      workflowId: erasureRequestWorkflowId(erasureRequestId),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [input],
    });
    return { status: 201, body: { id: erasureRequestId, object: 'erasure_request' as const, sellerId, ...answer } };
  }),
];
