/**
 * Legal holds (compliance officers) and erasure requests (the seller through the frontend, or a
 * compliance officer). An erasure request is checked against the holds and the retention duties and
 * answered with what was erased now and what is kept, until when and why; what may go, goes now.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { activeHolds, eraseAmlRecords, eraseTraderData, placeHold, releaseHold } from '../../db/retention/retention';
import { appendAudit } from '../../db/shared/audit';
import { hasPrefix, newId } from '../../domain/shared/ids';
import { answerErasure, retentionPlan, type RetentionStage } from '../../domain/retention/retention';
import { createDocumentStorage } from '../../providers/storage';
import { retentionWorkflowId } from '../../temporal/workflow-ids';
import { legalHoldReleasedSignal } from '../../workflows/retention/messages';
import { actorOf, requirePermission, seesClient } from '../access/auth';
import type { ApiDeps } from '../deps';
import { notFound, parseOrThrow } from '../shared/problem';
import { iso } from '../onboarding/application-view';

export const holdSchema = z.strictObject({ reason: z.string().trim().min(5, 'say why (e.g. the case or order)').max(2000) });

/** The seller's retention state as GET /v1/sellers/{id} shows it. */
export async function retentionView(db: ApiDeps['db'], sellerId: string) {
  const [record, holds] = await Promise.all([db('retention_records').where({ seller_id: sellerId }).first(), activeHolds(db, sellerId)]);
  const plan = record ? retentionPlan(new Date(record.relationship_ended_at).toISOString()) : undefined;
  return { relationshipEndedAt: iso(record?.relationship_ended_at), stage: record?.stage ?? null, traderDataUntil: plan?.traderDataUntil ?? null, amlRecordsUntil: plan?.amlRecordsUntil ?? null, legalHolds: holds.length };
}

export function retentionRouter({ db, temporal, config }: ApiDeps): Router {
  const router = Router();
  const documents = createDocumentStorage(config);

  const sellerOr404 = async (req: Request, id: string) => {
    const seller = hasPrefix(id, 'seller') ? await db('sellers').where({ id }).first('id', 'client_id') : undefined;
    if (!seller || !seesClient(req, seller.client_id)) throw notFound('The seller');
    return seller.id as string;
  };

  router.post('/sellers/:id/legal-holds', requirePermission('legal_holds:manage'), async (req, res) => {
    const { reason } = parseOrThrow(holdSchema, req.body);
    const sellerId = await sellerOr404(req, String(req.params.id));
    const id = newId('legalHold');
    await placeHold(db, id, sellerId, reason, actorOf(req), req.requestId);
    res.status(201).json({ id, object: 'legal_hold', sellerId, reason, status: 'active' });
  });

  router.post('/legal-holds/:id/release', requirePermission('legal_holds:manage'), async (req, res) => {
    const id = String(req.params.id);
    const sellerId = hasPrefix(id, 'legalHold') ? await releaseHold(db, id, actorOf(req), req.requestId) : undefined;
    if (!sellerId) throw notFound('The active legal hold');
    // The seller's clock, if it runs, looks again now rather than tomorrow.
    await temporal.workflow.getHandle(retentionWorkflowId(sellerId)).signal(legalHoldReleasedSignal, { holdId: id }).catch(() => undefined);
    res.json({ id, object: 'legal_hold', sellerId, status: 'released' });
  });

  router.post('/sellers/:id/erasure-requests', requirePermission('erasure:request'), async (req, res) => {
    parseOrThrow(z.strictObject({}), req.body ?? {});
    const sellerId = await sellerOr404(req, String(req.params.id));
    const record = await db('retention_records').where({ seller_id: sellerId }).first();
    const holds = await activeHolds(db, sellerId);
    const answer = answerErasure({ now: new Date().toISOString(), relationshipEndedAt: record ? new Date(record.relationship_ended_at).toISOString() : undefined, stage: (record?.stage ?? 'scheduled') as RetentionStage, holds });
    // What the rules let go and the clock has not erased yet goes now.
    const actor = actorOf(req);
    if (answer.erasedNow.includes('trader_contact_data') && record?.stage === 'scheduled') await eraseTraderData(db, sellerId, actor);
    if (answer.erasedNow.includes('identity_and_verification_records') && record?.stage !== 'erased') {
      const { documentKeys } = await eraseAmlRecords(db, sellerId, actor);
      for (const key of documentKeys) await documents.delete(key);
    }
    const id = newId('erasureRequest');
    await db('erasure_requests').insert({ id, seller_id: sellerId, requested_by: actor.id, answer: JSON.stringify(answer) });
    await appendAudit(db, { actor, action: 'erasure.requested', subjectType: 'seller', subjectId: sellerId, data: { erasureRequestId: id, erasedNow: answer.erasedNow, kept: answer.kept.map((k) => k.category) }, requestId: req.requestId });
    res.status(201).json({ id, object: 'erasure_request', sellerId, ...answer });
  });
  return router;
}
