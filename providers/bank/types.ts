import type { BankAccountDetails } from '../../domain/onboarding/bank';

/** Account-holder name verification (Confirmation of Payee in the UK, similar services elsewhere). */
export interface BankVerificationRequest {
  account: BankAccountDetails;
  accountHolderName: string;
  expectedName: string;
  idempotencyKey: string;
}

export type BankVerificationResult = { status: 'match' } | { status: 'close_match'; actualName: string } | { status: 'no_match' } | { status: 'account_not_found' };

export interface BankAccountProvider {
  readonly name: string;
  verify(request: BankVerificationRequest): Promise<BankVerificationResult>;
}
