/**
 * The Transparency Database submission run on the time-skipping test server: it sends round after
 * round while statements remain, and stops at once when a round moves nothing (so an outage of one
 * statement does not spin), leaving the rest to the next scheduled run.
 */
import type { Activities } from '../../activities';
import type { SubmissionRound } from '../../activities/enforcement/transparency';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();

async function run(rounds: SubmissionRound[], name?: string) {
  const calls: number[] = [];
  const activities: Partial<Activities> = {
    submitTransparencyStatements: async () => {
      calls.push(calls.length + 1);
      return rounds.shift() ?? { accepted: 0, refused: 0, requeued: 0, remaining: 0 };
    },
  };
  const result = await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('transparencySubmission', { workflowId: `transparency-submission:${Math.random().toString(36).slice(2)}`, taskQueue, args: [] });
    const r = await handle.result();
    if (name) await recordHistory(name, handle);
    return r;
  });
  return { result, calls: calls.length };
}

it('sends round after round until nothing is owed', async () => {
  const { result, calls } = await run(
    [
      { accepted: 100, refused: 0, requeued: 0, remaining: 150 },
      { accepted: 99, refused: 1, requeued: 0, remaining: 50 },
      { accepted: 50, refused: 0, requeued: 0, remaining: 0 },
    ],
    'transparency-submission-three-rounds',
  );
  expect(calls).toBe(3);
  expect(result).toEqual({ rounds: 3, accepted: 249, refused: 1, remaining: 0 });
});

it('stops when a round moves nothing, leaving the rest to the next run', async () => {
  const { result, calls } = await run([
    { accepted: 10, refused: 0, requeued: 0, remaining: 5 },
    { accepted: 0, refused: 0, requeued: 5, remaining: 5 },
    { accepted: 5, refused: 0, requeued: 0, remaining: 0 },
  ]);
  expect(calls).toBe(2);
  expect(result).toEqual({ rounds: 2, accepted: 10, refused: 0, remaining: 5 });
});
