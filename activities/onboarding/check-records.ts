/** A check's identity, its vendor idempotency key and how its outcome is stored: shared by every check activity. */
import type { Db } from '../../db/knex';
import { recordCheck } from '../../db/onboarding/checks';
import type { CheckOutcome, CheckResult, PlannedCheck } from '../../domain/onboarding/onboarding';
import { derivedId } from '../../domain/shared/ids';

export interface CheckRequest {
  applicationId: string;
  check: PlannedCheck;
  /** The round of checks (a new round after the seller answered a request for information). */
  round?: number;
}

export const checkIdOf = ({ applicationId, check }: CheckRequest) => derivedId('check', applicationId, check.kind, check.subject.id);

/** Sent to vendors: a retry within a round is the same call; a new round is a new call, not a cached answer. */
export const idempotencyKeyOf = (request: CheckRequest) => ((request.round ?? 1) > 1 ? `${checkIdOf(request)}:r${request.round}` : checkIdOf(request));

/** Stores a check's outcome (replacing an earlier round's) and returns it as the workflow sees it. */
export async function recordOutcome(db: Db, request: CheckRequest, outcome: CheckOutcome): Promise<CheckResult> {
  const result: CheckResult = { checkId: checkIdOf(request), ...request.check, ...outcome };
  await recordCheck(db, request.applicationId, result);
  return result;
}
