/**
 * The audit trail under concurrent writers: appends a second with one writer, then with eight at
 * once, each append its own transaction about its own subject (as the activities and the API append
 * them, beside the change they describe). With one chain every append took one lock and the eight
 * wrote no faster than one; with a chain per shard of subjects they take turns only within a shard.
 * Then the whole trail is verified, checkpoint included, and the time reported.
 */
import { appendAudit, verifyAuditChain } from '../db/shared/audit';
import { recordAuditCheckpoint } from '../db/shared/audit-checkpoints';
import type { Db } from '../db/knex';
import { round, timed, type Figure } from './lib';

const actor = { id: 'bench', name: 'bench', role: 'admin' };

/** `oneSubject`: every append about the same record, so all in one chain, as every append was before the chains. */
async function appendsPerSecond(db: Db, writers: number, perWriter: number, label: string, oneSubject = false): Promise<number> {
  const { ms } = await timed(() =>
    Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let i = 0; i < perWriter; i++) {
          const subjectId = oneSubject ? `sel_${label}` : `sel_${label}_${w}_${i}`;
          await appendAudit(db, { actor, action: 'bench.appended', subjectType: 'seller', subjectId, data: { i } });
        }
      }),
    ),
  );
  return ((writers * perWriter) / ms) * 1000;
}

export async function benchAudit(db: Db, figures: Figure[], appends: number, checkpointKey: string): Promise<void> {
  // Warm the pool and the plans.
  await appendsPerSecond(db, 8, 20, 'warm');
  const one = await appendsPerSecond(db, 1, appends, 'one');
  const eight = await appendsPerSecond(db, 8, Math.ceil(appends / 8), 'eight');
  const eightOneChain = await appendsPerSecond(db, 8, Math.ceil(appends / 8), 'same', true);
  figures.push({
    bench: 'audit',
    metric: 'appends per second, 8 writers',
    value: round(eight, 0),
    baseline: `${round(one, 0)} (1 writer)`,
    ratio: round(eight / one, 2),
    note: `${appends} appends each way, one transaction each, distinct subjects`,
  });
  figures.push({
    bench: 'audit',
    metric: 'appends per second, 8 writers on one chain',
    value: round(eightOneChain, 0),
    baseline: `${round(one, 0)} (1 writer)`,
    ratio: round(eightOneChain / one, 2),
    note: 'every append about one record: one chain, one lock, as every append was before the trail had 16 chains',
  });
  await recordAuditCheckpoint(db, checkpointKey);
  const { ms, value } = await timed(() => verifyAuditChain(db, checkpointKey));
  figures.push({
    bench: 'audit',
    metric: 'verification of the whole trail (ms)',
    value: round(ms, 0),
    note: `${value.verified} events, ${value.checkpoints.verified} checkpoint; first broken link: ${value.firstBrokenLink ? value.firstBrokenLink.seq : 'none'}`,
  });
}
