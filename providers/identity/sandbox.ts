/**
 * Sandbox identity vendor. Magic values (README): date of birth 1900-01-01 is not verified; a
 * document that expired before today is document_expired; a last name containing FAIL<N>X fails
 * N times then verifies; everything else is verified.
 */
import { maybeFail } from '../sandbox-faults';
import type { IdentityProvider, IdentityRequest, IdentityResult } from './types';

export class SandboxIdentity implements IdentityProvider {
  readonly name = 'sandbox-identity';

  constructor(private readonly today: () => string = () => new Date().toISOString().slice(0, 10)) {}

  async verify(request: IdentityRequest): Promise<IdentityResult> {
    maybeFail(this.name, request.lastName, request.idempotencyKey);
    if (request.dateOfBirth === '1900-01-01') return { status: 'not_verified', reason: 'data_mismatch' };
    if (request.document?.expiresOn && request.document.expiresOn < this.today()) {
      return { status: 'not_verified', reason: 'document_expired' };
    }
    return { status: 'verified', documentChecked: request.document !== undefined };
  }
}
