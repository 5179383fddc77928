/**
 * The audit trail runs as several hash chains (one per shard of subjects), so appends to different
 * subjects need not take turns. What ties the chains into one trail is a checkpoint taken at a fixed
 * interval: the head of every chain (its last event's sequence number and hash), their Merkle root,
 * the root of the checkpoint before, and an HMAC over all of it. An event changed or inserted breaks
 * its chain's links as before; an event removed from the middle of a chain breaks the link after it;
 * removing a chain's last events, or rewriting a chain from some event on, is found at the first
 * checkpoint that named a head no longer there as it was. Only the events after the latest checkpoint
 * are covered by their links alone, as the whole trail was with one chain.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** How many chains the trail runs as. Fixed: an event's chain follows from its subject. */
export const AUDIT_CHAINS = 16;

/** The chain of a subject's events: every event about one record is in one chain, in order. */
export function chainOf(subjectType: string, subjectId: string): number {
  return createHash('sha256').update(subjectType).update('\u0000').update(subjectId).digest().readUInt32BE(0) % AUDIT_CHAINS;
}

export interface ChainHead {
  chain: number;
  seq: string;
  hash: string;
}

export interface CheckpointContent {
  takenAt: string;
  heads: ChainHead[];
  /** The Merkle root of the checkpoint before, or the genesis hash for the first. */
  prevRoot: string;
}

const sha256 = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
};

/** The Merkle root over the heads in chain order (a lone node at a level is carried up as it is). */
export function merkleRoot(heads: ChainHead[]): string {
  let level = [...heads].sort((a, b) => a.chain - b.chain).map((h) => sha256('leaf', String(h.chain), h.seq, h.hash));
  if (level.length === 0) return sha256('empty');
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? sha256('node', level[i], level[i + 1]) : level[i]);
    level = next;
  }
  return level[0];
}

export function signCheckpoint(key: string, content: CheckpointContent): { root: string; signature: string } {
  const root = merkleRoot(content.heads);
  const signature = createHmac('sha256', key)
    .update(canonicalJson({ takenAt: content.takenAt, root, prevRoot: content.prevRoot }))
    .digest('hex');
  return { root, signature };
}

export function checkpointHolds(key: string, content: CheckpointContent, stored: { root: string; signature: string }): 'holds' | 'root_differs' | 'signature_invalid' {
  const expected = signCheckpoint(key, content);
  if (expected.root !== stored.root) return 'root_differs';
  const a = Buffer.from(expected.signature, 'hex');
  const b = Buffer.from(stored.signature, 'hex');
  return a.length === b.length && timingSafeEqual(a, b) ? 'holds' : 'signature_invalid';
}
