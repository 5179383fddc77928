/**
 * Sandbox company register. Magic registration numbers (documented in the README):
 * 00000000 is not found; a number containing FAIL<N>X fails N times then answers; a legal name
 * containing "MISMATCH" is found under a different name; a legal name containing "MOVED" is registered
 * at another postal code; "DISSOLVED" is dissolved; "STRIKE OFF" is active with a proposal to strike it
 * off; everything else is found, active, at the address given. It publishes no officers or PSCs.
 */
import { maybeFail } from '../sandbox-faults';
import type { BusinessRegistryProvider, RegistryLookup, RegistryResult } from './types';

export class SandboxRegistry implements BusinessRegistryProvider {
  readonly name = 'sandbox-registry';

  async lookup(request: RegistryLookup): Promise<RegistryResult> {
    maybeFail(this.name, request.registrationNumber, request.idempotencyKey);
    if (/^0+$/.test(request.registrationNumber)) return { status: 'not_found' };
    const mismatch = /mismatch/i.test(request.legalName);
    return {
      status: 'found',
      registeredName: mismatch ? 'UNRELATED HOLDINGS LIMITED' : request.legalName.toUpperCase(),
      nameMatches: !mismatch,
      companyStatus: /dissolved/i.test(request.legalName) ? 'dissolved' : 'active',
      ...(/strike off/i.test(request.legalName) ? { companyStatusDetail: 'active-proposal-to-strike-off' } : {}),
      incorporatedOn: '2015-04-01',
      registeredPostalCode: /moved/i.test(request.legalName) ? 'ZZ1 1ZZ' : request.postalCode,
    };
  }
}
