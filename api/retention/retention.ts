/**
 * Legal holds (compliance officers) and erasure requests (the seller through the frontend, or a
 * compliance officer). An erasure request is checked against the holds and the retention duties and
 * answered with what was erased now and what is kept, until when and why; what may go, goes now.
 * Each is a short workflow whose activity writes it (workflows/retention/requests.ts).
 */
import { Router } from 'express';
import { z } from 'zod';
import { activeHolds } from '../../db/retention/retention';
import { derivedId, hasPrefix, newId } from '../../domain/shared/ids';
import { retentionPlan, type ErasureAnswer } from '../../domain/retention/retention';
import type { ErasureRequestInput, HoldPlacement, HoldRelease } from '../../activities/retention/requests';
import { erasureRequestWorkflowId, legalHoldWorkflowId } from '../../temporal/workflow-ids';
import { actorOf, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { notFound, parseOrThrow } from '../shared/problem';
import { sellerOr404 } from '../sellers/seller-access';
import { runToCompletion } from '../shared/workflow-calls';
import { iso } from '../onboarding/application-view';

export const holdSchema = z.strictObject({ reason: z.string().trim().min(5, 'say why (e.g. the case or order)').max(2000) });

/** The seller's retention state as GET /v1/sellers/{id} shows it. */
export async function retentionView(db: ApiDeps['db'], sellerId: string) {
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

export function retentionRouter({ db, temporal, config }: ApiDeps): Router {
  const router = Router();

  router.post('/sellers/:id/legal-holds', requirePermission('legal_holds:manage'), async (req, res) => {
    const { reason } = parseOrThrow(holdSchema, req.body);
    const sellerId = (await sellerOr404(db, req, String(req.params.id))).id as string;
    const actor = actorOf(req);
    // The same hold sent again with its Idempotency-Key is one hold.
    const key = req.header('idempotency-key');
    const holdId = key ? derivedId('legalHold', sellerId, actor.id, key) : newId('legalHold');
    const input: HoldPlacement = { holdId, sellerId, reason, actor, requestId: req.requestId };
    await runToCompletion(temporal, 'legalHoldPlacement', { workflowId: legalHoldWorkflowId(holdId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [input] });
    res.status(201).json({ id: holdId, object: 'legal_hold', sellerId, reason, status: 'active' });
  });

  router.post('/legal-holds/:id/release', requirePermission('legal_holds:manage'), async (req, res) => {
    const id = String(req.params.id);
    if (!hasPrefix(id, 'legalHold')) throw notFound('The active legal hold');
    const input: HoldRelease = { holdId: id, actor: actorOf(req), requestId: req.requestId };
    const { result } = await runToCompletion<{ sellerId: string | null }>(temporal, 'legalHoldRelease', {
      workflowId: `${legalHoldWorkflowId(id)}:release`,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [input],
    });
    if (!result.sellerId) throw notFound('The active legal hold');
    res.json({ id, object: 'legal_hold', sellerId: result.sellerId, status: 'released' });
  });

  router.post('/sellers/:id/erasure-requests', requirePermission('erasure:request'), async (req, res) => {
    parseOrThrow(z.strictObject({}), req.body ?? {});
    const sellerId = (await sellerOr404(db, req, String(req.params.id))).id as string;
    const actor = actorOf(req);
    const key = req.header('idempotency-key');
    const erasureRequestId = key ? derivedId('erasureRequest', sellerId, actor.id, key) : newId('erasureRequest');
    const input: ErasureRequestInput = { erasureRequestId, sellerId, actor, requestId: req.requestId };
    const { result: answer } = await runToCompletion<ErasureAnswer>(temporal, 'erasureRequest', {
      workflowId: erasureRequestWorkflowId(erasureRequestId),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [input],
    });
    res.status(201).json({ id: erasureRequestId, object: 'erasure_request', sellerId, ...answer });
  });
  return router;
}
