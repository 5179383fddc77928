/** Legal holds and erasure requests as their short workflows write them. */
import { activeHolds, eraseAmlRecords, eraseTraderData, placeHold, releaseHold } from '../../db/retention/retention';
import { appendAudit } from '../../db/shared/audit';
import { answerErasure, type ErasureAnswer, type RetentionStage } from '../../domain/retention/retention';
import { regulatorResponsesKeptUntil } from '../../db/inquiries/inquiries';
import type { Actor } from '../../domain/shared/actor';
import { retentionWorkflowId } from '../../temporal/workflow-ids';
import { legalHoldReleasedSignal } from '../../workflows/retention/messages';
import type { ActivityDeps } from '../shared/deps';

export interface HoldPlacement {
  holdId: string;
  sellerId: string;
  reason: string;
  actor: Actor;
  requestId?: string;
}

export interface HoldRelease {
  holdId: string;
  actor: Actor;
  requestId?: string;
}

export interface ErasureRequestInput {
  erasureRequestId: string;
  sellerId: string;
  actor: Actor;
  requestId?: string;
}

export function createRetentionRequestActivities({ db, temporal, documents }: ActivityDeps) {
  return {
    async placeLegalHold({ holdId, sellerId, reason, actor, requestId }: HoldPlacement): Promise<void> {
      await placeHold(db, holdId, sellerId, reason, actor, requestId);
    },
    /** Null when no active hold has that ID (already released, or never placed). */
    async releaseLegalHold({ holdId, actor, requestId }: HoldRelease): Promise<{ sellerId: string | null }> {
      const sellerId = await releaseHold(db, holdId, actor, requestId);
      if (!sellerId) return { sellerId: null };
      // The seller's clock, if it runs, looks again now rather than tomorrow.
      await temporal?.client.workflow
        .getHandle(retentionWorkflowId(sellerId))
        .signal(legalHoldReleasedSignal, { holdId })
        .catch(() => undefined);
      return { sellerId };
    },
    /** Checked against the holds and duties; what the rules let go and the clock has not erased goes now. */
    async answerErasureRequest({ erasureRequestId, sellerId, actor, requestId }: ErasureRequestInput): Promise<ErasureAnswer> {
      const recorded = await db('erasure_requests').where({ id: erasureRequestId }).first('answer');
      if (recorded) return recorded.answer as ErasureAnswer; // a retried activity answers as the first attempt did
      const record = await db('retention_records').where({ seller_id: sellerId }).first();
      const holds = await activeHolds(db, sellerId);
      const answer = answerErasure({
        now: new Date().toISOString(),
        relationshipEndedAt: record ? new Date(record.relationship_ended_at).toISOString() : undefined,
        stage: (record?.stage ?? 'scheduled') as RetentionStage,
        holds,
        regulatorResponsesUntil: await regulatorResponsesKeptUntil(db, sellerId),
      });
      if (answer.erasedNow.includes('trader_contact_data') && record?.stage === 'scheduled') await eraseTraderData(db, sellerId, actor);
      if (answer.erasedNow.includes('identity_and_verification_records') && record?.stage !== 'erased') {
        const { documentKeys } = await eraseAmlRecords(db, sellerId, actor);
        for (const key of documentKeys) await documents?.delete(key);
      }
      await db.transaction(async (trx) => {
        await trx('erasure_requests').insert({ id: erasureRequestId, seller_id: sellerId, requested_by: actor.id, answer: JSON.stringify(answer) });
        await appendAudit(trx, {
          actor,
          action: 'erasure.requested',
          subjectType: 'seller',
          subjectId: sellerId,
          data: { erasureRequestId, erasedNow: answer.erasedNow, kept: answer.kept.map((k) => k.category) },
          requestId,
        });
      });
      return answer;
    },
  };
}
