/**
 * Sandbox account-holder check. Magic values (README): an account holder name containing
 * "MISMATCH" is no_match; an account number ending 0000 (or an IBAN ending 0000) is not found;
 * a holder name containing FAIL<N>X fails N times; otherwise the name the seller gave is compared
 * with the business name and matches when they agree after normalisation.
 */
import { maybeFail } from '../sandbox-faults';
import type { BankAccountProvider, BankVerificationRequest, BankVerificationResult } from './types';

const simple = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export class SandboxBank implements BankAccountProvider {
  readonly name = 'sandbox-bank';

  async verify(request: BankVerificationRequest): Promise<BankVerificationResult> {
    maybeFail(this.name, request.accountHolderName, request.idempotencyKey);
    const number = request.account.scheme === 'iban' ? request.account.iban : request.account.accountNumber;
    if (number.endsWith('0000')) return { status: 'account_not_found' };
    if (/mismatch/i.test(request.accountHolderName)) return { status: 'no_match' };
    return simple(request.accountHolderName) === simple(request.expectedName) ? { status: 'match' } : { status: 'close_match', actualName: request.accountHolderName };
  }
}
