/**
 * Checkpoints of the audit trail's chains (domain/shared/audit-checkpoint.ts): taken at a fixed
 * interval by the audit-checkpoint schedule, and checked by the trail's verification. A checkpoint
 * is taken only when some chain moved since the one before.
 */
import type { Knex } from 'knex';
import { GENESIS_HASH } from '../../domain/shared/audit-chain';
import { AUDIT_CHAINS, checkpointHolds, signCheckpoint, type ChainHead, type CheckpointContent } from '../../domain/shared/audit-checkpoint';

/** Checkpoints take turns, so each names the one before. */
const CHECKPOINT_LOCK = 7_370_012;

export type CheckpointBreak = { seq: string; reason: 'root_differs' | 'signature_invalid' | 'previous_missing' | 'head_missing' | 'head_changed' };

interface CheckpointRow {
  seq: string;
  taken_at: Date | string;
  heads: ChainHead[];
  prev_root: string;
  root: string;
  signature: string;
}

const sameHeads = (a: ChainHead[], b: ChainHead[]) => a.length === b.length && a.every((h, i) => h.chain === b[i].chain && h.seq === b[i].seq && h.hash === b[i].hash);

/** Every chain's last event now: one index lookup per chain. */
async function chainHeads(db: Knex): Promise<ChainHead[]> {
  const { rows } = await db.raw(
    `select c.chain, e.seq::text as seq, e.hash
       from generate_series(0, ?::int - 1) as c(chain)
       cross join lateral (select seq, hash from audit_events where chain = c.chain order by seq desc limit 1) e
      order by c.chain`,
    [AUDIT_CHAINS],
  );
  return (rows as Array<{ chain: number; seq: string; hash: string }>).map((r) => ({ chain: Number(r.chain), seq: r.seq, hash: r.hash }));
}

/** Takes a checkpoint of every chain's head, signed with `key`; none when nothing was appended since the last. */
export async function recordAuditCheckpoint(db: Knex, key: string): Promise<{ recorded: boolean; seq?: string; root?: string }> {
  return db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [CHECKPOINT_LOCK]);
    const last = (await trx('audit_checkpoints').orderBy('seq', 'desc').first()) as CheckpointRow | undefined;
    const heads = await chainHeads(trx);
    if (heads.length === 0 || (last && sameHeads(last.heads, heads))) return { recorded: false };
    const content: CheckpointContent = { takenAt: new Date().toISOString(), heads, prevRoot: last?.root ?? GENESIS_HASH };
    const { root, signature } = signCheckpoint(key, content);
    const [row] = await trx('audit_checkpoints')
      .insert({ taken_at: content.takenAt, heads: JSON.stringify(heads), prev_root: content.prevRoot, root, signature })
      .returning('seq');
    return { recorded: true, seq: String(row.seq), root };
  });
}

/**
 * Checks each checkpoint in order: its signature and root, its link to the one before, and that every
 * head it names is still in the trail as it was. The first that does not hold is named.
 */
export async function verifyAuditCheckpoints(db: Knex, key: string): Promise<{ verified: number; latestAt: string | null; firstBroken: CheckpointBreak | null }> {
  let verified = 0;
  let previousRoot = GENESIS_HASH;
  let latestAt: string | null = null;
  for (let after = '0'; ;) {
    const rows = (await db('audit_checkpoints').whereRaw('seq > ?::bigint', [after]).orderBy('seq').limit(500)) as CheckpointRow[];
    if (rows.length === 0) return { verified, latestAt, firstBroken: null };
    const seqs = [...new Set(rows.flatMap((r) => r.heads.map((h) => h.seq)))];
    const events = new Map<string, { chain: number; hash: string }>(
      ((await db('audit_events').whereIn('seq', seqs).select('seq', 'chain', 'hash')) as Array<{ seq: string | number; chain: number; hash: string }>).map((e) => [
        String(e.seq),
        { chain: Number(e.chain), hash: e.hash },
      ]),
    );
    for (const row of rows) {
      const seq = String(row.seq);
      const takenAt = new Date(row.taken_at).toISOString();
      if (row.prev_root !== previousRoot) return { verified, latestAt, firstBroken: { seq, reason: 'previous_missing' } };
      const holds = checkpointHolds(key, { takenAt, heads: row.heads, prevRoot: row.prev_root }, row);
      if (holds !== 'holds') return { verified, latestAt, firstBroken: { seq, reason: holds } };
      for (const head of row.heads) {
        const event = events.get(head.seq);
        if (!event) return { verified, latestAt, firstBroken: { seq, reason: 'head_missing' } };
        if (event.chain !== head.chain || event.hash !== head.hash) return { verified, latestAt, firstBroken: { seq, reason: 'head_changed' } };
      }
      previousRoot = row.root;
      latestAt = takenAt;
      verified++;
    }
    after = String(rows[rows.length - 1].seq);
  }
}
