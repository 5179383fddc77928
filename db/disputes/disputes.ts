/**
 * Disputes through their life: awaiting the seller -> in review (contested) -> resolved -> appealed
 * -> closed. Every move is conditional on the state it leaves, so a repeated activity changes
 * nothing, and each is audited with the rule or person that made it.
 */
import type { Knex } from 'knex';
import type { DisputeFiling, DisputeResolution, DisputeStatus, SellerResponse } from '../../domain/disputes/disputes';
import type { DisputePath } from '../../domain/disputes/rules';
import { systemActor, type Actor } from '../../domain/shared/actor';
import { openRecord, sealRecord } from '../field-keyring';
import { appendAudit } from '../shared/audit';

export interface DisputeRow {
  id: string;
  order_id: string;
  seller_id: string;
  buyer_ref: string;
  scenario: string;
  category: string;
  amount: string;
  currency: string;
  details: string;
  rules_version: string;
  rule_id: string;
  path: DisputePath['path'];
  status: DisputeStatus;
  respond_by: Date | null;
  seller_answer: SellerResponse['answer'] | null;
  outcome: string | null;
  reasons: string[] | null;
  refund_amount: string | null;
  decided_by_kind: string | null;
  decided_by: string | null;
  seller_fault: boolean | null;
  resolved_at: Date | null;
  appealed_by: string | null;
  appealed_at: Date | null;
  final_outcome: string | null;
  overturned: boolean;
  created_at: Date;
}

/** The sealed words of a dispute: the buyer's description and evidence, the seller's answer, an appeal's statement. */
export interface DisputeDetails {
  description: string;
  evidence: string[];
  sellerStatement?: string;
  sellerEvidence?: string[];
  appealStatement?: string;
}

export const findDisputeDetails = (row: Pick<DisputeRow, 'details'>): DisputeDetails => openRecord<DisputeDetails>(row.details)!;
export const findDispute = (db: Knex, id: string): Promise<DisputeRow | undefined> => db('disputes').where({ id }).first();

async function audited(trx: Knex, actor: Actor, action: string, row: { seller_id: string; id: string }, data: Record<string, unknown>) {
  await appendAudit(trx, { actor, action, subjectType: 'seller', subjectId: row.seller_id, data: { disputeId: row.id, ...data } });
}

export async function recordDispute(db: Knex, filing: DisputeFiling, rulesVersion: string, path: DisputePath, respondBy: string | null): Promise<void> {
  const d = filing.dispute;
  await db.transaction(async (trx) => {
    const [row] = await trx('disputes')
      .insert({
        id: filing.disputeId,
        order_id: d.orderId,
        seller_id: d.sellerId,
        buyer_ref: d.buyerRef,
        scenario: d.scenario,
        category: d.category,
        amount: d.amount.amount,
        currency: d.amount.currency,
        details: sealRecord({ description: d.description, evidence: d.evidence } satisfies DisputeDetails),
        rules_version: rulesVersion,
        rule_id: path.ruleId,
        path: path.path,
        status: path.path === 'auto_refund' ? 'resolved' : 'awaiting_seller',
        respond_by: respondBy ? new Date(respondBy) : null,
        received_by: filing.receivedBy.id,
      })
      .onConflict('id')
      .ignore()
      .returning(['id', 'seller_id']);
    if (row) await audited(trx, filing.receivedBy, 'dispute.opened', row, { scenario: d.scenario, rulesVersion, ruleId: path.ruleId, path: path.path });
  });
}

async function move(db: Knex, id: string, from: DisputeStatus[], changes: Record<string, unknown>, actor: Actor, action: string, data: Record<string, unknown>): Promise<boolean> {
  return db.transaction(async (trx) => {
    const [row] = await trx('disputes').where({ id }).whereIn('status', from).update(changes).returning(['id', 'seller_id']);
    if (row) await audited(trx, actor, action, row, data);
    return Boolean(row);
  });
}

export async function recordSellerResponse(db: Knex, id: string, response: SellerResponse, actor: Actor): Promise<void> {
  const row = await findDispute(db, id);
  if (!row || row.seller_answer) return;
  const details = { ...findDisputeDetails(row), sellerStatement: response.statement, sellerEvidence: response.evidence };
  await move(
    db,
    id,
    ['awaiting_seller'],
    { seller_answer: response.answer, details: sealRecord(details), status: response.answer === 'contest' ? 'in_review' : 'awaiting_seller' },
    actor,
    'dispute.seller_answered',
    {
      answer: response.answer,
    },
  );
}

/** The first resolution, or the final one after an appeal (overturned when its outcome differs from the first). */
export async function resolveDispute(db: Knex, id: string, r: DisputeResolution & { sellerFault: boolean | null }, stage: 'first' | 'appeal'): Promise<void> {
  const actor = r.actor ?? systemActor;
  const data = { outcome: r.outcome, reasons: r.reasons, decidedBy: r.decidedBy, sellerFault: r.sellerFault };
  if (stage === 'first') {
    await move(
      db,
      id,
      ['awaiting_seller', 'in_review', 'resolved'],
      {
        status: 'resolved',
        outcome: r.outcome,
        reasons: JSON.stringify(r.reasons),
        refund_amount: r.refund?.amount ?? null,
        decided_by_kind: r.decidedBy,
        decided_by: r.actor?.id ?? null,
        seller_fault: r.sellerFault,
        resolved_at: db.fn.now(),
        final_outcome: r.outcome,
      },
      actor,
      'dispute.resolved',
      data,
    );
    return;
  }
  const row = (await findDispute(db, id))!;
  await move(
    db,
    id,
    ['appealed'],
    {
      status: 'closed',
      final_outcome: r.outcome,
      overturned: r.outcome !== row.outcome,
      seller_fault: r.sellerFault,
      reasons: JSON.stringify(r.reasons),
      refund_amount: r.refund?.amount ?? row.refund_amount,
    },
    actor,
    'dispute.appeal_decided',
    { ...data, overturned: r.outcome !== row.outcome },
  );
}

export async function appealDispute(db: Knex, id: string, by: 'seller' | 'buyer', statement: string, actor: Actor): Promise<void> {
  const row = await findDispute(db, id);
  if (!row) return;
  await move(
    db,
    id,
    ['resolved'],
    { status: 'appealed', appealed_by: by, appealed_at: db.fn.now(), details: sealRecord({ ...findDisputeDetails(row), appealStatement: statement }) },
    actor,
    'dispute.appealed',
    { by },
  );
}

export const closeDispute = (db: Knex, id: string) => move(db, id, ['resolved'], { status: 'closed' }, systemActor, 'dispute.closed', {});

/** A seller's disputes over the last days, for the early warning, against the orders its daily metrics report. */
export async function countDisputeRate(db: Knex, sellerId: string, windowDays: number): Promise<{ orders: number; disputes: number; sellerFault: number }> {
  const from = new Date(Date.now() - windowDays * 86_400_000);
  const d = await db('disputes')
    .where({ seller_id: sellerId })
    .where('created_at', '>=', from)
    .first(db.raw('count(*)::int as disputes'), db.raw('count(*) filter (where seller_fault)::int as seller_fault'));
  const o = await db('seller_metrics').where({ seller_id: sellerId }).where('day', '>=', from.toISOString().slice(0, 10)).first(db.raw('coalesce(sum(orders), 0)::int as orders'));
  return { orders: o.orders, disputes: d.disputes, sellerFault: d.seller_fault };
}

/** Disputes newest first, for the console. */
export async function listDisputes(db: Knex, filter: { status?: DisputeStatus; sellerId?: string; after?: { at: string; id: string }; limit: number }): Promise<DisputeRow[]> {
  const q = db('disputes').select('*');
  if (filter.status) q.where('status', filter.status);
  if (filter.sellerId) q.where('seller_id', filter.sellerId);
  if (filter.after) q.whereRaw('(created_at, id) < (?::timestamptz, ?)', [filter.after.at, filter.after.id]);
  return q
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit);
}
