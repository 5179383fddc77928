/**
 * The audit trail's chains and checkpoints against vectors computed independently (Python's hashlib
 * and hmac over the same byte layout): the chain of a subject, the Merkle root of the heads, the
 * checkpoint's signature, and that a changed head, root or key is found.
 */
import { AUDIT_CHAINS, chainOf, checkpointHolds, merkleRoot, signCheckpoint, type CheckpointContent } from '../../domain/shared/audit-checkpoint';

const heads = [
  { chain: 0, seq: '12', hash: 'a'.repeat(64) },
  { chain: 3, seq: '15', hash: 'b'.repeat(64) },
  { chain: 7, seq: '9', hash: 'c'.repeat(64) },
];
const content: CheckpointContent = { takenAt: '2026-12-07T01:00:00.000Z', heads, prevRoot: '0'.repeat(64) };
const key = 'k'.repeat(32);

describe('audit chains', () => {
  it('puts a subject in the chain its SHA-256 names', () => {
    // hashlib.sha256(b"seller\0sel_123").digest()[:4] as a big-endian integer, mod 16
    expect(chainOf('seller', 'sel_123')).toBe(7);
    expect(chainOf('application', 'app_abc')).toBe(6);
    expect(AUDIT_CHAINS).toBe(16);
  });
});

describe('audit checkpoints', () => {
  it('roots the heads in a Merkle tree, in chain order whatever the order given', () => {
    expect(merkleRoot(heads)).toBe('20d58ea3973126b5cd1cb0b46e71a39bcb370dd6ab041a901ebe6bfc1897c787');
    expect(merkleRoot([...heads].reverse())).toBe(merkleRoot(heads));
    expect(merkleRoot([])).toBe('e6ddc336491ef913b1f834416490bbebdef069ea526e97586406a25348d99f44');
  });

  it('signs the root, the time and the checkpoint before with HMAC-SHA256', () => {
    expect(signCheckpoint(key, content)).toEqual({
      root: '20d58ea3973126b5cd1cb0b46e71a39bcb370dd6ab041a901ebe6bfc1897c787',
      signature: '3a68d573f72ca7bd62b3df10bf9323660b2945a6cdb3cf43ae95cb3ffaa1fa6e',
    });
  });

  it('finds a changed head, another key or a changed time', () => {
    const stored = signCheckpoint(key, content);
    expect(checkpointHolds(key, content, stored)).toBe('holds');
    expect(checkpointHolds(key, { ...content, heads: [{ ...heads[0], hash: 'd'.repeat(64) }, heads[1], heads[2]] }, stored)).toBe('root_differs');
    expect(checkpointHolds('another key of thirty-two characters', content, stored)).toBe('signature_invalid');
    expect(checkpointHolds(key, { ...content, takenAt: '2026-12-07T01:10:00.000Z' }, stored)).toBe('signature_invalid');
  });
});
