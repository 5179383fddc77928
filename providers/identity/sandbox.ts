/**
 * Sandbox identity vendor. Magic values (README): date of birth 1900-01-01 is not verified; a
 * document that expired before today is document_expired; a last name containing FAIL<N>X fails
 * N times then verifies; a last name containing LATER is accepted and answered later through a
 * signed callback; SILENT is accepted and never answered (the verification times out to a
 * reviewer); everything else is verified at once.
 */
import { createHash } from 'node:crypto';
import { deliverLater, type CallbackTarget } from '../callback-delivery';
import { maybeFail } from '../sandbox-faults';
import type { IdentityAnswer, IdentityProvider, IdentityRequest, IdentityResult } from './types';

export class SandboxIdentity implements IdentityProvider {
  readonly name = 'sandbox-identity';

  constructor(
    private readonly callbacks?: CallbackTarget,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  async verify(request: IdentityRequest): Promise<IdentityResult> {
    maybeFail(this.name, request.lastName, request.idempotencyKey);
    const answer = this.answer(request);
    if (!/LATER|SILENT/.test(request.lastName)) return answer;
    // The same request gives the same reference: a retried call is not a second verification.
    const reference = `sbx_idv_${createHash('sha256').update(request.idempotencyKey).digest('hex').slice(0, 20)}`;
    if (/LATER/.test(request.lastName) && this.callbacks) {
      deliverLater(this.callbacks, this.name, { eventId: `${reference}_done`, reference, clientReference: request.clientReference, result: answer });
    }
    return { status: 'pending', reference };
  }

  private answer(request: IdentityRequest): IdentityAnswer {
    if (request.dateOfBirth === '1900-01-01') return { status: 'not_verified', reason: 'data_mismatch' };
    if (request.document?.expiresOn && request.document.expiresOn < this.today()) {
      return { status: 'not_verified', reason: 'document_expired' };
    }
    return { status: 'verified', documentChecked: request.document !== undefined };
  }
}
