/**
 * Tax ID and VAT number verification with the tax authority (HMRC's VAT check, the EU's VIES, the
 * IRS's TIN matching, the SAT's RFC list): is the number registered, and to this business?
 */
export interface TaxIdVerificationRequest {
  country: string;
  kind: 'tax_id' | 'vat';
  /** The number in compact form (no spaces or country prefix), already checked for format. */
  number: string;
  legalName: string;
  idempotencyKey: string;
}

export type TaxIdVerificationResult = { status: 'match' } | { status: 'name_mismatch'; registeredName?: string } | { status: 'not_registered' };

export interface TaxIdProvider {
  readonly name: string;
  verify(request: TaxIdVerificationRequest): Promise<TaxIdVerificationResult>;
}
