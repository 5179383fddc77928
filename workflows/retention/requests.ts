/**
 * A compliance officer's legal holds and a seller's erasure requests, each a short process whose
 * activity writes its records (one writer per fact). Their workflow IDs derive from the request,
 * so a request sent again after a 503 is answered by the same run.
 */
import type { ErasureRequestInput, HoldPlacement, HoldRelease } from '../../activities/retention/requests';
import type { ErasureAnswer } from '../../domain/retention/retention';
import { records } from '../shared/activities';

export async function legalHoldPlacement(input: HoldPlacement): Promise<void> {
  await records.placeLegalHold(input);
}

/** The seller's retention clock, if it runs, is told by the activity so that it looks again now. */
export async function legalHoldRelease(input: HoldRelease): Promise<{ sellerId: string | null }> {
  return records.releaseLegalHold(input);
}

export async function erasureRequest(input: ErasureRequestInput): Promise<ErasureAnswer> {
  return records.answerErasureRequest(input);
}
