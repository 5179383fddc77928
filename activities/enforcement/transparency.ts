/**
 * Sends the queued statements of reasons to the EU DSA Transparency Database "without undue delay"
 * (Art. 24(5)), in batches of up to 100. A retry never creates a statement twice: a statement is
 * marked sent before the call, and one that was sent without a known answer (the call timed out,
 * the worker died) is looked up by its puid before it goes out again. The batch endpoint is
 * all-or-nothing, so a statement our copy of the database's validation refuses never joins one, and
 * when the database refuses some, those are recorded with its errors and the rest go back in the queue.
 */
import { ApplicationFailure } from '@temporalio/common';
import { countPendingTransparencyStatements, markAccepted, markRefused, markSent, pendingTransparencyStatements, requeue } from '../../db/enforcement/transparency-statements';
import { validateTdbStatement } from '../../domain/enforcement/transparency-validation';
import { TDB_MAX_BATCH } from '../../domain/enforcement/transparency-vocabulary';
import type { ActivityDeps } from '../shared/deps';

export interface SubmissionRound {
  accepted: number;
  refused: number;
  requeued: number;
  /** Still owed after this round: the workflow goes on while there are. */
  remaining: number;
}

export function createTransparencyActivities({ db, transparencyDatabase }: ActivityDeps) {
  return {
    async submitTransparencyStatements(): Promise<SubmissionRound> {
      if (!transparencyDatabase) throw ApplicationFailure.create({ nonRetryable: true, type: 'NotConfigured', message: 'TRANSPARENCY_DATABASE_URL is not set' });
      const round: SubmissionRound = { accepted: 0, refused: 0, requeued: 0, remaining: 0 };
      const toSend = [];
      for (const row of await pendingTransparencyStatements(db, TDB_MAX_BATCH)) {
        if (row.status === 'sent' && (await transparencyDatabase.exists(row.puid))) {
          await markAccepted(db, row.puid, null);
          round.accepted++;
          continue;
        }
        const errors = validateTdbStatement(row.statement);
        if (Object.keys(errors).length > 0) {
          await markRefused(db, row.puid, errors, 'local validation');
          round.refused++;
          continue;
        }
        toSend.push(row.statement);
      }
      if (toSend.length > 0) {
        const puids = toSend.map((s) => s.puid);
        await markSent(db, puids);
        const answer = await transparencyDatabase.submit(toSend);
        if (answer.kind === 'created') {
          for (const puid of puids) await markAccepted(db, puid, answer.uuids[puid] ?? null);
          round.accepted += puids.length;
        } else if (answer.kind === 'invalid') {
          const refusedPuids = Object.keys(answer.errors).map((i) => puids[Number(i)]);
          for (const [i, errors] of Object.entries(answer.errors)) if (puids[Number(i)]) await markRefused(db, puids[Number(i)], errors, 'database');
          const rest = puids.filter((p) => !refusedPuids.includes(p));
          await requeue(db, rest);
          round.refused += refusedPuids.length;
          round.requeued += rest.length;
        } else {
          // Only we send under our puids: a puid the database has is a statement of ours it accepted before.
          for (const puid of answer.puids.filter((p) => puids.includes(p))) await markAccepted(db, puid, null);
          const rest = puids.filter((p) => !answer.puids.includes(p));
          await requeue(db, rest);
          round.accepted += puids.length - rest.length;
          round.requeued += rest.length;
        }
      }
      round.remaining = await countPendingTransparencyStatements(db);
      return round;
    },
  };
}
