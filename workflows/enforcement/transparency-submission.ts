/**
 * Sends what the Transparency Database is owed, round after round (activities/enforcement/transparency.ts),
 * until nothing is left or a round moves nothing. The schedule starts one every few minutes
 * (TRANSPARENCY_DATABASE_SUBMIT_MINUTES) and skips a start while one still runs.
 */
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';

// An outage of the database is waited out for about an hour; the next scheduled run takes over after that.
const submission = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 10 },
});

/** More rounds than this in one run (5,000 statements) wait for the next run, so the history stays short. */
const MAX_ROUNDS = 50;

export interface TransparencySubmissionResult {
  rounds: number;
  accepted: number;
  refused: number;
  remaining: number;
}

export async function transparencySubmission(): Promise<TransparencySubmissionResult> {
  const result: TransparencySubmissionResult = { rounds: 0, accepted: 0, refused: 0, remaining: 0 };
  while (result.rounds < MAX_ROUNDS) {
    const round = await submission.submitTransparencyStatements();
    result.rounds++;
    result.accepted += round.accepted;
    result.refused += round.refused;
    result.remaining = round.remaining;
    if (round.remaining === 0 || round.accepted + round.refused === 0) break;
  }
  return result;
}
