/**
 * POST /v1/provider-callbacks/{provider}: a vendor's asynchronous answer. No API key: the vendor
 * proves itself with an HMAC-SHA256 signature over the timestamp and the raw body, made with the
 * secret we share with it, and a timestamp outside the tolerance is refused so a captured request
 * cannot be replayed. The answer becomes a signal to the verification workflow the callback names;
 * a redelivered event (same event ID) is acknowledged without a second signal.
 */
import { WorkflowNotFoundError } from '@temporalio/common';
import { z } from 'zod';
import { findCheck } from '../../db/onboarding/checks';
import { callbackSeen, recordCallback } from '../../db/onboarding/provider-callbacks';
import { derivedId } from '../../domain/shared/ids';
import { verify, SIGNATURE_HEADER } from '../../domain/shared/webhook-signature';
import type { Client } from '@temporalio/client';
import type { Db } from '../../db/knex';
import type { IdentityAnswer } from '../../domain/onboarding/identity';
import { callbackSecrets, veriffSecret } from '../../providers';
import { VERIFF_PROVIDER, VERIFF_SIGNATURE_HEADER, isVeriffSignatureValid, veriffAnswer, veriffDecisionSchema } from '../../providers/identity/veriff';
import { identityAnswerSchema } from '../../providers/identity/answer-schema';
import { identityVerificationIdPattern } from '../../temporal/workflow-ids';
import { identityAnswerSignal } from '../../workflows/onboarding/identity-messages';
import { parseOrThrow, Problem } from '../shared/problem';
import { route } from '../shared/route';
import { callWorkflow } from '../shared/workflow-calls';

export const callbackSchema = z.strictObject({
  eventId: z.string().min(1).max(200),
  reference: z.string().min(1).max(200),
  clientReference: z.string().regex(identityVerificationIdPattern, 'must be the clientReference Sellergate sent with the request'),
  result: identityAnswerSchema,
});

/** Seconds a callback's timestamp may differ from our clock. */
const TOLERANCE_SECONDS = 300;

const callbackReceipt = z.object({
  received: z.literal(true),
  duplicate: z.literal(true).optional().meta({ description: 'this event was received before: acknowledged, nothing done again' }),
  applied: z.boolean().optional(),
  reason: z.enum(['verification_closed', 'awaiting_vendor_review', 'reference_not_awaited']).optional().meta({
    description:
      'verification_closed: the verification had ended (timed out to a reviewer), kept, changes nothing; awaiting_vendor_review: the vendor is still reviewing, its decision follows; reference_not_awaited: the verification waits for another vendor reference, this answer changes nothing',
  }),
});

interface IdentityCallbackFacts {
  provider: string;
  eventId: string;
  clientReference: string;
  providerReference: string;
  answer: IdentityAnswer;
}

/** The vendor reference a pending identity check waits for, from the check the clientReference names (`identity:{app}:{person}:{round}`). */
async function awaitedReference(db: Db, clientReference: string): Promise<string | undefined> {
  const [, applicationId, personId] = clientReference.split(':');
  const check = await findCheck(db, applicationId!, derivedId('check', applicationId!, 'identity', personId!));
  const reference = (check?.evidence as { providerReference?: unknown } | null | undefined)?.providerReference;
  return (check?.status as string | undefined) === 'pending' && typeof reference === 'string' ? reference : undefined;
}

/** Signals the verification the callback names with its answer, once; a verification already ended keeps the callback in the log only. */
async function deliverIdentityAnswer(db: Db, temporal: Client, callback: IdentityCallbackFacts): Promise<z.input<typeof callbackReceipt>> {
  const { provider } = callback;
  const record = { provider, eventId: callback.eventId, clientReference: callback.clientReference, providerReference: callback.providerReference, resultStatus: callback.answer.status };
  // An answer for another vendor reference than the one the verification waits for (a second session a
  // retry opened, a vendor's mix-up) would be ignored by the workflow: say so, and log it as such.
  const awaited = await awaitedReference(db, callback.clientReference);
  if (awaited && awaited !== callback.providerReference) {
    await recordCallback(db, { ...record, outcome: 'not_awaited' });
    return { received: true as const, applied: false, reason: 'reference_not_awaited' as const };
  }
  const handle = temporal.workflow.getHandle(callback.clientReference);
  const running = await callWorkflow(temporal, () =>
    handle.describe().then(
      (d) => d.status.name === 'RUNNING',
      (err) => {
        if (err instanceof WorkflowNotFoundError) throw new Problem('unknown_reference', 'No verification has this clientReference');
        throw err;
      },
    ),
  );
  // It may also end between the look and the signal: the same answer either way.
  const signalled =
    running &&
    (await callWorkflow(
      temporal,
      () => handle.signal(identityAnswerSignal, { provider, providerReference: callback.providerReference, eventId: callback.eventId, answer: callback.answer }),
      'verification_closed',
    ).then(
      () => true,
      (err) => {
        if (err instanceof Problem && err.code === 'verification_closed') return false;
        throw err;
      },
    ));
  if (!signalled) {
    // The verification timed out to a reviewer already: kept in the log, changes nothing.
    await recordCallback(db, { ...record, outcome: 'late' });
    return { received: true as const, applied: false, reason: 'verification_closed' as const };
  }
  await recordCallback(db, { ...record, outcome: 'signalled' });
  return { received: true as const, applied: true };
}

export const providerCallbackRoutes = [
  route({
    method: 'post',
    path: '/v1/provider-callbacks/veriff',
    summary: `Veriff's decision webhook, signed in the ${VERIFF_SIGNATURE_HEADER} header (hex HMAC-SHA256 of the raw body with the shared secret key)`,
    description:
      "Taken only when VERIFF_API_KEY is set. The decision is mapped to the verification named by vendorData: approved verifies, declined, resubmission requested, expired and abandoned do not (with the reason), review (Veriff's own manual review) is acknowledged and waited on. A redelivered decision is acknowledged once.",
    access: 'signed',
    headers: z.object({ [VERIFF_SIGNATURE_HEADER]: z.string().optional().meta({ description: 'required: hex HMAC-SHA256 of the raw body' }) }),
    body: { signedJson: veriffDecisionSchema },
    responses: { 200: { description: 'received', schema: callbackReceipt } },
    problems: ['unknown_provider', 'invalid_signature', 'unknown_reference', 'malformed_json', 'temporal_unavailable'],
  }).handle(async ({ body: bytes, req }, { config, db, temporal }) => {
    const secret = veriffSecret(config);
    if (!secret) throw new Problem('unknown_provider', 'Veriff is not configured here');
    const raw = bytes.toString('utf8');
    if (!isVeriffSignatureValid(secret, raw, req.header(VERIFF_SIGNATURE_HEADER))) throw new Problem('invalid_signature', `The ${VERIFF_SIGNATURE_HEADER} header is not the HMAC-SHA256 of the body`);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new Problem('malformed_json');
    }
    const { verification } = parseOrThrow(veriffDecisionSchema, body);
    if (!verification.vendorData || !identityVerificationIdPattern.test(verification.vendorData)) throw new Problem('unknown_reference', 'The decision names no verification of ours in vendorData');
    // One event per session, attempt and decision: Veriff's redelivery of the same decision is the same event.
    const eventId = `${verification.id}:${verification.attemptId ?? ''}:${verification.status}`;
    if (await callbackSeen(db, VERIFF_PROVIDER, eventId)) return { status: 200, body: { received: true as const, duplicate: true as const } };
    const answer = veriffAnswer(verification);
    if (!answer) return { status: 200, body: { received: true as const, applied: false, reason: 'awaiting_vendor_review' as const } };
    return {
      status: 200,
      body: await deliverIdentityAnswer(db, temporal, { provider: VERIFF_PROVIDER, eventId, clientReference: verification.vendorData, providerReference: verification.id, answer }),
    };
  }),

  route({
    method: 'post',
    path: '/v1/provider-callbacks/{provider}',
    summary: `A vendor's later answer, signed in the ${SIGNATURE_HEADER} header (t=<unix seconds>,v1=<HMAC-SHA256 of t.body>)`,
    description: 'No API key: the signature over the timestamp and the raw body proves the vendor, and a timestamp outside the tolerance is refused. A redelivered event is acknowledged once.',
    access: 'signed',
    params: z.object({ provider: z.string() }),
    headers: z.object({ [SIGNATURE_HEADER]: z.string().optional().meta({ description: 'required: t=<unix seconds>,v1=<hex HMAC-SHA256>' }) }),
    body: { signedJson: callbackSchema },
    responses: { 200: { description: 'received', schema: callbackReceipt } },
    problems: ['unknown_provider', 'invalid_signature', 'unknown_reference', 'malformed_json', 'temporal_unavailable'],
  }).handle(async ({ params: { provider }, body: bytes, req }, { config, db, temporal }) => {
    const secrets = callbackSecrets(config);
    const secret = Object.hasOwn(secrets, provider) ? secrets[provider] : undefined;
    if (!secret) throw new Problem('unknown_provider', `No provider called ${provider.slice(0, 50)} sends callbacks here`);
    // The signature covers the exact bytes sent, so the body is kept raw until it has been checked.
    const raw = bytes.toString('utf8');
    const signature = verify(secret, raw, req.header(SIGNATURE_HEADER), Math.floor(Date.now() / 1000), TOLERANCE_SECONDS);
    if (!signature.valid) throw new Problem('invalid_signature', `The ${SIGNATURE_HEADER} header is not valid: ${signature.reason.replace(/_/g, ' ')}`);

    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new Problem('malformed_json');
    }
    const callback = parseOrThrow(callbackSchema, body);
    if (await callbackSeen(db, provider, callback.eventId)) return { status: 200, body: { received: true as const, duplicate: true as const } };

    return {
      status: 200,
      body: await deliverIdentityAnswer(db, temporal, {
        provider,
        eventId: callback.eventId,
        clientReference: callback.clientReference,
        providerReference: callback.reference,
        answer: callback.result,
      }),
    };
  }),
];
