/**
 * Sandbox contact verification. Magic values (README): an email whose domain ends .invalid, or whose
 * address contains "bounce", is undeliverable; a phone number ending 9999 is unassigned; a value
 * containing FAIL<N>X fails N times then answers; anything else works.
 */
import { maybeFail } from '../sandbox-faults';
import type { ContactVerificationProvider, ContactVerificationRequest, ContactVerificationResult } from './types';

export class SandboxContact implements ContactVerificationProvider {
  readonly name = 'sandbox-contact';

  async verify(request: ContactVerificationRequest): Promise<ContactVerificationResult> {
    maybeFail(this.name, request.value, request.idempotencyKey);
    if (request.kind === 'email') return /\.invalid$|bounce/i.test(request.value) ? { status: 'not_working', reason: 'undeliverable' } : { status: 'working' };
    return /9999$/.test(request.value) ? { status: 'not_working', reason: 'unassigned' } : { status: 'working' };
  }
}
