/** Identity verification of one person (KYC): document and data checks by a vendor. */
export interface IdentityRequest {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  document?: { type: string; number: string; issuingCountry: string; expiresOn?: string };
  idempotencyKey: string;
}

export type IdentityResult =
  | { status: 'verified'; documentChecked: boolean }
  | { status: 'not_verified'; reason: 'data_mismatch' | 'document_expired' | 'document_unreadable' };

export interface IdentityProvider {
  readonly name: string;
  verify(request: IdentityRequest): Promise<IdentityResult>;
}
