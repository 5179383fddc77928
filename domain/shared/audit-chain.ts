/**
 * The audit trail's hash chain: each event's hash covers its content and the previous event's
 * hash, so changing, removing or reordering any event breaks every link after it. Pure, so the
 * append, the verification and the tests compute it the same way.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedContent {
  id: string;
  occurredAt: string;
  actorId: string;
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  data: unknown;
  requestId: string | null;
}

export function chainHash(prevHash: string, event: ChainedContent): string {
  return createHash('sha256').update(prevHash).update('\u0000').update(canonicalJson(event)).digest('hex');
}

export type ChainBreak = { seq: string; id: string; reason: 'content_changed' | 'link_broken' };

/**
 * Walks events in order, each against the last hash of its own chain in `heads` (updated as it goes;
 * a chain not in it starts from the genesis hash); the first event whose link or content does not
 * hold, or undefined.
 */
export function firstBreak(events: Iterable<ChainedContent & { chain: number; seq: string; prevHash: string; hash: string }>, heads: Map<number, string>): { checked: number; broken?: ChainBreak } {
  let checked = 0;
  for (const e of events) {
    if (e.prevHash !== (heads.get(e.chain) ?? GENESIS_HASH)) return { checked, broken: { seq: e.seq, id: e.id, reason: 'link_broken' } };
    const { chain, seq: _seq, prevHash, hash, ...content } = e;
    if (chainHash(prevHash, content) !== hash) return { checked, broken: { seq: e.seq, id: e.id, reason: 'content_changed' } };
    heads.set(chain, hash);
    checked++;
  }
  return { checked };
}
