/**
 * Veriff (devdocs.veriff.com), the identity vendor whose public documentation covers its webhooks
 * best: session creation, the decision webhook, its signature and its decision and reason codes.
 *
 *   POST {VERIFF_API_URL}/v1/sessions, header X-AUTH-CLIENT: <API key> (POST /sessions needs no
 *   X-HMAC-SIGNATURE), body { verification: { person, document, vendorData } }
 *   -> { status: "success", verification: { id, url, vendorData, host, status: "created", sessionToken } }
 *
 * The person completes the flow at `verification.url`; Veriff then posts the decision webhook to
 * the URL set in its Customer Portal (ours: /v1/provider-callbacks/veriff) with `x-hmac-signature`,
 * the hex HMAC-SHA256 of the raw body under the shared secret key ("HMAC Authentication and
 * Endpoint Security"). `vendorData` carries our clientReference (no personal data) back to us.
 *
 * Decisions ("Verification session status codes"): 9001 approved, 9102 declined, 9103
 * resubmission_requested, 9104 expired or abandoned, 9121 review (Veriff's own manual review: not
 * yet a decision). Reason codes ("Verification session decision codes"): 102 suspected document
 * tampering, 103 the person does not match the document photo, 105 suspicious behaviour, 106 known
 * fraud, 108-110 duplicated user, device or ID, 112 restricted IP location, 113 identity farming;
 * 201 photos missing, 204 poor image quality, 205 document damaged, 206 document type not
 * supported, 207 document expired.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { IdentityAnswer } from '../../domain/onboarding/identity';
import type { VendorClient } from '../http/vendor-client';
import type { IdentityProvider, IdentityRequest, IdentityResult } from './types';

export const VERIFF_PROVIDER = 'veriff';
export const VERIFF_API_URL = 'https://stationapi.veriff.com';
export const VERIFF_SIGNATURE_HEADER = 'x-hmac-signature';

/** Veriff's document types for ours. */
const documentTypes: Record<string, string> = { passport: 'PASSPORT', national_id: 'ID_CARD', driving_licence: 'DRIVERS_LICENSE' };

const sessionAnswer = z.object({
  status: z.literal('success'),
  verification: z.object({ id: z.string().min(1).max(200), url: z.string().url().optional(), vendorData: z.string().nullable().optional(), status: z.string() }).loose(),
});

export class VeriffIdentity implements IdentityProvider {
  constructor(private readonly api: VendorClient) {}

  get name() {
    return this.api.name;
  }

  async verify(request: IdentityRequest): Promise<IdentityResult> {
    const { document } = request;
    const body = {
      verification: {
        person: { firstName: request.firstName, lastName: request.lastName, dateOfBirth: request.dateOfBirth },
        ...(document ? { document: { number: document.number, type: documentTypes[document.type] ?? 'OTHER', country: document.issuingCountry } } : {}),
        vendorData: request.clientReference,
      },
    };
    const answer = await this.api.post('/v1/sessions', body, request.idempotencyKey, sessionAnswer);
    return { status: 'pending', reference: answer.verification.id, ...(answer.verification.url ? { sessionUrl: answer.verification.url } : {}) };
  }
}

/** The decision webhook as Veriff posts it; what else it carries (the person's extracted data) is not read. */
export const veriffDecisionSchema = z
  .object({
    status: z.string(),
    verification: z
      .object({
        id: z.string().min(1).max(200),
        attemptId: z.string().max(200).nullable().optional(),
        code: z.number().int(),
        status: z.enum(['approved', 'declined', 'resubmission_requested', 'expired', 'abandoned', 'review']),
        reasonCode: z.number().int().nullable().optional(),
        vendorData: z.string().max(200).nullable().optional(),
        decisionTime: z.string().nullable().optional(),
      })
      .loose(),
  })
  .loose();

export type VeriffDecision = z.infer<typeof veriffDecisionSchema>;

const fraud = new Set([102, 105, 106, 108, 109, 110, 112, 113]);

/** A decision as our identity answer; `undefined` while Veriff's own review is still open. */
export function veriffAnswer(decision: VeriffDecision['verification']): IdentityAnswer | undefined {
  switch (decision.status) {
    case 'approved':
      return { status: 'verified', documentChecked: true };
    case 'review':
      return undefined;
    case 'expired':
    case 'abandoned':
      return { status: 'not_verified', reason: 'not_completed' };
    default: {
      const code = decision.reasonCode ?? 0;
      if (code === 207) return { status: 'not_verified', reason: 'document_expired' };
      if (code === 103) return { status: 'not_verified', reason: 'face_mismatch' };
      if (code === 206) return { status: 'not_verified', reason: 'document_not_supported' };
      if (fraud.has(code)) return { status: 'not_verified', reason: 'suspected_fraud' };
      if (decision.status === 'resubmission_requested') return { status: 'not_verified', reason: 'document_unreadable' };
      return { status: 'not_verified', reason: 'data_mismatch' };
    }
  }
}

export const veriffSignature = (secret: string, rawBody: string) => createHmac('sha256', secret).update(rawBody).digest('hex');

export function isVeriffSignatureValid(secret: string, rawBody: string, header: string | undefined): boolean {
  if (!header || !/^[0-9a-f]{64}$/i.test(header)) return false;
  return timingSafeEqual(Buffer.from(veriffSignature(secret, rawBody), 'hex'), Buffer.from(header.toLowerCase(), 'hex'));
}
