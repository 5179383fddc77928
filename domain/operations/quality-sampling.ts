/**
 * Quality assurance: a share of decided cases goes to a second, blind review by another person.
 * Sampling is by the task's ID, hashed: the same task is always in or out (a retried activity
 * samples it once), and no one can steer which of their cases are looked at. Agreement is the second
 * reviewer reaching the same outcome; the report counts it per investigator and per reason code.
 * Pure (no node:crypto), so the workflow bundle may import it.
 */

/** The case kinds the investigators decide, which QA samples. */
export const sampledKinds = ['investigation', 'notice', 'dispute'] as const;
export type SampledKind = (typeof sampledKinds)[number];

export const isSampledKind = (kind: string): kind is SampledKind => (sampledKinds as readonly string[]).includes(kind);

/**
 * FNV-1a over the ID, then MurmurHash3's 32-bit finaliser: FNV alone spreads IDs that differ in
 * their last characters poorly over the high bits the share is read from (6.7% sampled at 10%).
 */
function spread(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Whether the decided task goes to a second review, at the share QA_SAMPLE_RATE sets (0..1). */
export const isSampled = (taskId: string, rate: number) => rate > 0 && spread(`qa:${taskId}`) / 0x1_0000_0000 < rate;

/** The second reviewer agrees when they reach the same outcome. */
export const agrees = (original: string, second: string) => original === second;
