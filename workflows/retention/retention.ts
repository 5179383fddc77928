/**
 * One seller's retention clock, started when the relationship ends: trader contact data erased after
 * 6 months, everything personal after 5 years. A legal hold stops the clock: the erasure refuses, and
 * the clock waits for the hold's release (or looks again each day). A seller back on the marketplace
 * ends the clock.
 */
import { condition, setHandler, sleep } from '@temporalio/workflow';
import { retentionPlan } from '../../domain/retention/retention';
import { records } from '../shared/activities';
import { legalHoldReleasedSignal } from './messages';

const DAY = 86_400_000;

export async function retention({ sellerId, relationshipEndedAt }: { sellerId: string; relationshipEndedAt: string }): Promise<{ outcome: 'erased' | 'resumed' }> {
  let released = 0;
  setHandler(legalHoldReleasedSignal, () => {
    released++;
  });
  const plan = retentionPlan(relationshipEndedAt);

  /** Until the time, then the erasure, waiting out any legal hold. */
  const eraseAt = async (until: string, erase: () => Promise<string>): Promise<'done' | 'resumed'> => {
    const wait = Date.parse(until) - Date.now();
    if (wait > 0) await sleep(wait);
    for (;;) {
      const outcome = await erase();
      if (outcome === 'resumed') return 'resumed';
      if (outcome !== 'held') return 'done';
      const seen = released;
      await condition(() => released > seen, DAY);
    }
  };

  if ((await eraseAt(plan.traderDataUntil, () => records.eraseTraderData({ sellerId }))) === 'resumed') return { outcome: 'resumed' };
  if ((await eraseAt(plan.amlRecordsUntil, () => records.eraseAmlRecords({ sellerId }))) === 'resumed') return { outcome: 'resumed' };
  return { outcome: 'erased' };
}
