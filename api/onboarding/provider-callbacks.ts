/**
 * POST /v1/provider-callbacks/{provider}: a vendor's asynchronous answer. No API key: the vendor
 * proves itself with an HMAC-SHA256 signature over the timestamp and the raw body, made with the
 * secret we share with it, and a timestamp outside the tolerance is refused so a captured request
 * cannot be replayed. The answer becomes a signal to the verification workflow the callback names;
 * a redelivered event (same event ID) is acknowledged without a second signal.
 */
import express, { Router } from 'express';
import { WorkflowNotFoundError } from '@temporalio/common';
import { z } from 'zod';
import { callbackSeen, recordCallback } from '../../db/onboarding/provider-callbacks';
import { verify, SIGNATURE_HEADER } from '../../domain/shared/webhook-signature';
import { callbackSecrets } from '../../providers';
import { identityAnswerSchema } from '../../providers/identity/answer-schema';
import { identityVerificationIdPattern } from '../../temporal/workflow-ids';
import { identityAnswerSignal } from '../../workflows/onboarding/identity-messages';
import type { ApiDeps } from '../deps';
import { parseOrThrow, Problem } from '../shared/problem';
import { callWorkflow } from '../shared/workflow-calls';

export const callbackSchema = z.strictObject({
  eventId: z.string().min(1).max(200),
  reference: z.string().min(1).max(200),
  clientReference: z.string().regex(identityVerificationIdPattern, 'must be the clientReference Sellergate sent with the request'),
  result: identityAnswerSchema,
});

/** Seconds a callback's timestamp may differ from our clock. */
const TOLERANCE_SECONDS = 300;

export function providerCallbacksRouter({ config, db, temporal }: ApiDeps): Router {
  const router = Router();
  const secrets = callbackSecrets(config);

  // The signature covers the exact bytes sent, so the body is kept raw until it has been checked.
  router.post('/:provider', express.raw({ type: () => true, limit: '256kb' }), async (req, res) => {
    const provider = String(req.params.provider);
    const secret = Object.hasOwn(secrets, provider) ? secrets[provider] : undefined;
    if (!secret) throw new Problem(404, 'unknown_provider', `No provider called ${provider.slice(0, 50)} sends callbacks here`);
    const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    const signature = verify(secret, raw, req.header(SIGNATURE_HEADER), Math.floor(Date.now() / 1000), TOLERANCE_SECONDS);
    if (!signature.valid) throw new Problem(401, 'invalid_signature', `The ${SIGNATURE_HEADER} header is not valid: ${signature.reason.replace(/_/g, ' ')}`);

    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      throw new Problem(400, 'malformed_json', 'The request body is not valid JSON');
    }
    const callback = parseOrThrow(callbackSchema, body);
    if (await callbackSeen(db, provider, callback.eventId)) {
      res.json({ received: true, duplicate: true });
      return;
    }

    const record = { provider, eventId: callback.eventId, clientReference: callback.clientReference, providerReference: callback.reference, resultStatus: callback.result.status };
    const handle = temporal.workflow.getHandle(callback.clientReference);
    const running = await callWorkflow(temporal, () =>
      handle.describe().then(
        (d) => d.status.name === 'RUNNING',
        (err) => {
          if (err instanceof WorkflowNotFoundError) throw new Problem(404, 'unknown_reference', 'No verification has this clientReference');
          throw err;
        },
      ),
    );
    // It may also end between the look and the signal: the same answer either way.
    const signalled =
      running &&
      (await callWorkflow(
        temporal,
        () => handle.signal(identityAnswerSignal, { provider, providerReference: callback.reference, eventId: callback.eventId, answer: callback.result }),
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
      res.json({ received: true, applied: false, reason: 'verification_closed' });
      return;
    }
    await recordCallback(db, { ...record, outcome: 'signalled' });
    res.json({ received: true, applied: true });
  });
  return router;
}
