/**
 * Whether a seller's email address and phone number work (INFORM Act, 15 U.S.C. § 45f(a)(1)(A):
 * "a working email address and phone number"): an email deliverability check (the mailbox exists
 * and accepts mail) and a phone number lookup (the number is assigned and reachable), as contact
 * verification vendors offer them.
 */
export interface ContactVerificationRequest {
  kind: 'email' | 'phone';
  value: string;
  idempotencyKey: string;
}

export type ContactVerificationResult = { status: 'working' } | { status: 'not_working'; reason: 'undeliverable' | 'unassigned' | 'invalid' };

export interface ContactVerificationProvider {
  readonly name: string;
  verify(request: ContactVerificationRequest): Promise<ContactVerificationResult>;
}
