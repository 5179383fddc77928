/**
 * Identity verification of one person (KYC): document and data checks by a vendor. A vendor may
 * answer at once, or accept the request and answer later through a signed callback
 * (POST /v1/provider-callbacks/{provider}) that names our `clientReference`.
 */
import type { IdentityAnswer } from '../../domain/onboarding/identity';

export type { IdentityAnswer };

export interface IdentityRequest {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  document?: { type: string; number: string; issuingCountry: string; expiresOn?: string };
  idempotencyKey: string;
  /** Opaque and free of personal data: the callback names it so the answer finds its verification. */
  clientReference: string;
}

/** `sessionUrl`: where the person completes a vendor's hosted flow (document and face capture), when the vendor has one. */
export type IdentityResult = IdentityAnswer | { status: 'pending'; reference: string; sessionUrl?: string };

export interface IdentityProvider {
  readonly name: string;
  verify(request: IdentityRequest): Promise<IdentityResult>;
}
