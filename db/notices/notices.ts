/**
 * Notices of illegal content and their decisions (DSA Art. 16). The notifier's name and email and
 * the notice's text are sealed; what the counts of Art. 23 need (seller, notifier fingerprint,
 * outcome, whether manifest) is plain.
 */
import type { Knex } from 'knex';
import type { NoticeDecision, NoticeFiling, NoticeInput } from '../../domain/notices/notices';
import type { MisuseCounts } from '../../domain/notices/misuse-policy';
import type { Actor } from '../../domain/shared/actor';
import { openRecord, sealRecord } from '../field-keyring';
import { appendAudit } from '../shared/audit';

export interface NoticeRow {
  id: string;
  seller_id: string;
  target_type: 'listing' | 'seller';
  listing_id: string | null;
  category: string;
  trusted_flagger_id: string | null;
  notifier_key: string | null;
  details: string;
  status: 'received' | 'in_review' | 'decided' | 'set_aside';
  outcome: NoticeDecision['outcome'] | null;
  reasons: string[] | null;
  note: string | null;
  manifestly_illegal: boolean;
  manifestly_unfounded: boolean;
  enforcement_id: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  received_by: string;
  created_at: Date;
}

/** The sealed part of a notice: who sent it and what it says. */
export type NoticeDetails = Pick<NoticeInput, 'explanation' | 'locations' | 'notifier' | 'legalReference'> & { listedAt?: string };

export const findNoticeDetails = (row: Pick<NoticeRow, 'details'>): NoticeDetails => openRecord<NoticeDetails>(row.details)!;

/** Records the notice once, however often its workflow asks; answers whether this call stored it. */
export async function recordNotice(db: Knex, filing: NoticeFiling, notifierKey: string | null): Promise<boolean> {
  const { notice } = filing;
  return db.transaction(async (trx) => {
    const details: NoticeDetails = { explanation: notice.explanation, locations: notice.locations, notifier: notice.notifier, legalReference: notice.legalReference, listedAt: notice.target.listedAt };
    const inserted = await trx('notices')
      .insert({
        id: filing.noticeId,
        seller_id: notice.target.sellerId,
        target_type: notice.target.type,
        listing_id: notice.target.listingId ?? null,
        category: notice.category,
        trusted_flagger_id: filing.trustedFlaggerId ?? null,
        notifier_key: notifierKey,
        details: sealRecord(details),
        status: 'received',
        received_by: filing.receivedBy.id,
      })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length === 0) return false;
    // Who sent it stays out of the trail: only whether a flagger did.
    await appendAudit(trx, {
      actor: filing.receivedBy,
      action: 'notice.received',
      subjectType: 'seller',
      subjectId: notice.target.sellerId,
      data: { noticeId: filing.noticeId, category: notice.category, target: notice.target.type, listingId: notice.target.listingId ?? null, trustedFlaggerId: filing.trustedFlaggerId ?? null },
      requestId: filing.requestId,
    });
    return true;
  });
}

export const findNotice = (db: Knex, id: string): Promise<NoticeRow | undefined> => db('notices').where({ id }).first();

async function settle(db: Knex, id: string, changes: Record<string, unknown>, actor: Actor, action: string, data: Record<string, unknown>): Promise<void> {
  await db.transaction(async (trx) => {
    const [row] = await trx('notices').where({ id }).whereIn('status', ['received', 'in_review']).update(changes).returning('seller_id');
    if (row) await appendAudit(trx, { actor, action, subjectType: 'seller', subjectId: row.seller_id, data: { noticeId: id, ...data } });
  });
}

export const markNoticeInReview = (db: Knex, id: string) => db('notices').where({ id, status: 'received' }).update({ status: 'in_review' });

export async function decideNotice(db: Knex, id: string, decision: NoticeDecision, actor: Actor, enforcementId?: string): Promise<void> {
  await settle(
    db,
    id,
    {
      status: 'decided',
      outcome: decision.outcome,
      reasons: JSON.stringify(decision.reasons),
      note: decision.note,
      manifestly_illegal: decision.manifestlyIllegal,
      manifestly_unfounded: decision.manifestlyUnfounded,
      enforcement_id: enforcementId ?? null,
      decided_by: actor.id,
      decided_by_name: actor.name,
      decided_at: db.fn.now(),
    },
    actor,
    'notice.decided',
    { outcome: decision.outcome, reasons: decision.reasons, manifestlyIllegal: decision.manifestlyIllegal, manifestlyUnfounded: decision.manifestlyUnfounded, enforcementId: enforcementId ?? null },
  );
}

/** Art. 23(2): a notifier under suspension; the notice is set aside unread. */
export const setNoticeAside = (db: Knex, id: string, actor: Actor, until: string) => settle(db, id, { status: 'set_aside', decided_at: db.fn.now() }, actor, 'notice.set_aside', { until });

const since = (windowDays: number) => new Date(Date.now() - windowDays * 86_400_000);

/** Art. 23(1) for one seller: manifestly illegal items among its decided notices in the window, and its measures. */
export async function sellerMisuseCounts(db: Knex, sellerId: string, windowDays: number): Promise<MisuseCounts> {
  const from = since(windowDays);
  const counts = await db('notices')
    .where({ seller_id: sellerId, status: 'decided' })
    .where('decided_at', '>=', from)
    .first(db.raw('count(*)::int as total'), db.raw('count(*) filter (where manifestly_illegal)::int as manifest'));
  const measures = await db('enforcement_actions')
    .where({ seller_id: sellerId, source: 'notice_misuse' })
    .where('created_at', '>=', from)
    .orderBy('created_at', 'desc')
    .select('type', 'status', 'created_at', 'ends_at');
  const suspension = measures.find((m) => m.type === 'suspension' && !['cancelled', 'declined', 'reversed', 'ended'].includes(m.status));
  const warning = measures.find((m) => m.type === 'warning');
  return {
    manifest: counts.manifest,
    total: counts.total,
    // A warning counts until a suspension follows it; the next misuse after a suspension ends starts again with a warning.
    warnedAt: warning && !measures.some((m) => m.type === 'suspension' && m.created_at > warning.created_at) ? warning.created_at.toISOString() : undefined,
    suspendedUntil: suspension ? (suspension.ends_at?.toISOString() ?? 'pending') : undefined,
  };
}

/** Art. 23(2) for one notifier: manifestly unfounded notices among theirs decided in the window, and their measures. */
export async function notifierMisuseCounts(db: Knex, notifierKey: string, windowDays: number): Promise<MisuseCounts> {
  const from = since(windowDays);
  const counts = await db('notices')
    .where({ notifier_key: notifierKey, status: 'decided' })
    .where('decided_at', '>=', from)
    .first(db.raw('count(*)::int as total'), db.raw('count(*) filter (where manifestly_unfounded)::int as manifest'));
  const measures = await db('notifier_measures').where({ notifier_key: notifierKey }).where('created_at', '>=', from).orderBy('created_at', 'desc');
  const suspension = measures.find((m) => m.kind === 'suspension' && m.until > new Date());
  const warning = measures.find((m) => m.kind === 'warning');
  return {
    manifest: counts.manifest,
    total: counts.total,
    warnedAt: warning && !measures.some((m) => m.kind === 'suspension' && m.created_at > warning.created_at) ? warning.created_at.toISOString() : undefined,
    suspendedUntil: suspension?.until.toISOString(),
  };
}

/** When the notifier's notices are set aside until, if they are now. */
export async function notifierSetAsideUntil(db: Knex, notifierKey: string): Promise<string | undefined> {
  const row = await db('notifier_measures').where({ notifier_key: notifierKey, kind: 'suspension' }).where('until', '>', db.fn.now()).orderBy('until', 'desc').first('until');
  return row?.until.toISOString();
}

export async function recordNotifierMeasure(db: Knex, m: { id: string; notifierKey: string; kind: 'warning' | 'suspension'; noticeId: string; until?: string }, actor: Actor): Promise<void> {
  await db.transaction(async (trx) => {
    const inserted = await trx('notifier_measures')
      .insert({ id: m.id, notifier_key: m.notifierKey, kind: m.kind, notice_id: m.noticeId, until: m.until ? new Date(m.until) : null })
      .onConflict('id')
      .ignore()
      .returning('id');
    if (inserted.length > 0) await appendAudit(trx, { actor, action: `notifier.${m.kind}`, subjectType: 'notice', subjectId: m.noticeId, data: { measureId: m.id, until: m.until ?? null } });
  });
}

/** A message to the notifier is sent once: the row is claimed before sending and marked after. */
export async function claimNotifierMessage(db: Knex, noticeId: string, kind: string): Promise<boolean> {
  const id = `${noticeId}:${kind}`;
  await db('notifier_messages').insert({ id, notice_id: noticeId, kind }).onConflict('id').ignore();
  const row = await db('notifier_messages').where({ id }).first('sent_at');
  return !row.sent_at;
}
export const markNotifierMessageSent = (db: Knex, noticeId: string, kind: string) =>
  db('notifier_messages')
    .where({ id: `${noticeId}:${kind}` })
    .update({ sent_at: db.fn.now() });

/** Notices newest first, for the console; a trusted flagger's only when asked. */
export async function listNotices(db: Knex, filter: { status?: NoticeRow['status']; trusted?: boolean; after?: { at: string; id: string }; limit: number }): Promise<NoticeRow[]> {
  const q = db('notices').select('*');
  if (filter.status) q.where('status', filter.status);
  if (filter.trusted !== undefined) q.where((w) => (filter.trusted ? w.whereNotNull('trusted_flagger_id') : w.whereNull('trusted_flagger_id')));
  if (filter.after) q.whereRaw('(created_at, id) < (?::timestamptz, ?)', [filter.after.at, filter.after.id]);
  return q
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(filter.limit);
}
