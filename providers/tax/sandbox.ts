/**
 * Sandbox tax authority. Magic values (README): a legal name containing TAXMISMATCH is registered
 * under another name; a number whose digits end 0000 is not registered; a legal name containing
 * FAIL<N>X fails N times then answers; any other well-formed number matches.
 */
import { maybeFail } from '../sandbox-faults';
import type { TaxIdProvider, TaxIdVerificationRequest, TaxIdVerificationResult } from './types';

export class SandboxTaxAuthority implements TaxIdProvider {
  readonly name = 'sandbox-tax';

  async verify(request: TaxIdVerificationRequest): Promise<TaxIdVerificationResult> {
    maybeFail(this.name, request.legalName, request.idempotencyKey);
    if (/0000$/.test(request.number.replace(/\D/g, ''))) return { status: 'not_registered' };
    if (/TAXMISMATCH/i.test(request.legalName)) return { status: 'name_mismatch', registeredName: 'ANOTHER TRADING LIMITED' };
    return { status: 'match' };
  }
}
