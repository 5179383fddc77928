/** Retention clocks on the time-skipping test server: 6 months, 5 years, a legal hold that stops the clock, a seller who comes back. */
import type { Activities } from '../../activities';
import { legalHoldReleasedSignal } from '../../workflows/retention/messages';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();
const MONTH = 30 * 86_400_000;

it('erases trader data after 6 months and the rest after 5 years, waiting out a legal hold', async () => {
  const env = temporalTest.env;
  const calls: Array<{ what: string; at: number }> = [];
  let held = true;
  const activities: Partial<Activities> = {
    eraseTraderData: async () => {
      calls.push({ what: 'trader', at: await env.currentTimeMs() });
      return 'erased';
    },
    eraseAmlRecords: async () => {
      calls.push({ what: held ? 'aml-held' : 'aml', at: await env.currentTimeMs() });
      return held ? 'held' : 'erased';
    },
  };
  const endedAt = new Date(await env.currentTimeMs()).toISOString();
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await env.client.workflow.start('retention', {
      workflowId: `retention:sel_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ sellerId: 'sel_1', relationshipEndedAt: endedAt }],
    });
    while (!calls.some((c) => c.what === 'aml-held')) await env.sleep('30 days');
    const attempts = calls.filter((c) => c.what === 'aml-held').length;
    await env.sleep('3 days');
    expect(calls.filter((c) => c.what === 'aml-held').length).toBeGreaterThan(attempts); // looks again each day while held
    held = false;
    await handle.signal(legalHoldReleasedSignal, { holdId: 'hld_1' });
    expect(await handle.result()).toEqual({ outcome: 'erased' });
    await recordHistory('retention-held-then-erased', handle);
  });
  const start = Date.parse(endedAt);
  const trader = calls.find((c) => c.what === 'trader')!;
  expect(trader.at - start).toBeGreaterThanOrEqual(6 * MONTH - 5 * 86_400_000);
  expect(trader.at - start).toBeLessThan(7 * MONTH);
  const firstAml = calls.find((c) => c.what === 'aml-held')!;
  expect(firstAml.at - start).toBeGreaterThanOrEqual(5 * 365 * 86_400_000);
  expect(calls[calls.length - 1].what).toBe('aml');
});

it('ends the clock when the seller is back on the marketplace', async () => {
  const env = temporalTest.env;
  const activities: Partial<Activities> = { eraseTraderData: async () => 'resumed', eraseAmlRecords: async () => 'erased' };
  const result = await temporalTest.withWorker(activities, (taskQueue) =>
    env.client.workflow.execute('retention', {
      workflowId: `retention:sel_${Math.random().toString(36).slice(2)}`,
      taskQueue,
      args: [{ sellerId: 'sel_2', relationshipEndedAt: new Date().toISOString() }],
    }),
  );
  expect(result).toEqual({ outcome: 'resumed' });
});
