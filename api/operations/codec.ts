/**
 * The payload codec endpoint for the Temporal UI ("Codec Server" in the UI's settings): POST
 * /codec/decode and /codec/encode with {payloads: [{metadata, data}]} in base64, as the UI sends
 * them. Only operators with the codec permission get plaintext, and every decode is audited.
 */
import express, { Router } from 'express';
import { z } from 'zod';
import type { Payload } from '@temporalio/common';
import { appendAudit } from '../../db/shared/audit';
import { EncryptionCodec } from '../../temporal/encryption-codec';
import { actorOf, requirePermission } from '../access/auth';
import { requestGuards } from '../access/limits';
import type { ApiDeps } from '../deps';
import { invalidField, parseOrThrow } from '../shared/problem';

/** The codec server's wire form, as the Temporal UI sends and reads it (also in /openapi.json). */
export const codecPayloads = z.object({
  payloads: z
    .array(z.object({ metadata: z.record(z.string(), z.string()).optional().meta({ description: 'each value base64' }), data: z.string().optional().meta({ description: 'base64' }) }))
    .max(1000),
});
const wire = codecPayloads;

const fromWire = (p: z.infer<typeof wire>['payloads'][number]): Payload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: Buffer.from(p.data ?? '', 'base64'),
});
const toWire = (p: Payload) => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? []).toString('base64')])),
  data: Buffer.from(p.data ?? []).toString('base64'),
});

export function codecRouter(deps: ApiDeps): Router {
  const router = Router();
  const codec = new EncryptionCodec(deps.config.keyring);
  // The UI calls from its own origin: allow that origin, with the Authorization header.
  router.use((req, res, next) => {
    res.set({
      'Access-Control-Allow-Origin': deps.config.TEMPORAL_UI_ORIGIN,
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Namespace',
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      Vary: 'Origin',
    });
    if (req.method === 'OPTIONS') res.status(204).end();
    else next();
  });
  router.use(requestGuards(deps).authenticate, requestGuards(deps).limit, express.json({ limit: '4mb' }));
  router.post('/decode', requirePermission('codec:decode'), async (req, res) => {
    const { payloads } = parseOrThrow(wire, req.body);
    await appendAudit(deps.db, {
      actor: actorOf(req),
      action: 'codec.decoded',
      subjectType: 'temporal_namespace',
      subjectId: req.header('x-namespace') ?? deps.config.TEMPORAL_NAMESPACE,
      data: { payloads: payloads.length },
      requestId: req.requestId,
    });
    // A payload marked encrypted that does not open (another deployment's key, a cut or edited value) is
    // the caller's to fix: named, not a 500.
    const decoded = await Promise.all(
      payloads.map((p, i) =>
        codec.decode([fromWire(p)]).then(
          ([d]) => d,
          () => {
            throw invalidField(`payloads[${i}].data`, 'not_decryptable', 'is marked encrypted but does not decrypt with the keys of this deployment');
          },
        ),
      ),
    );
    res.json({ payloads: decoded.map(toWire) });
  });
  router.post('/encode', requirePermission('codec:decode'), async (req, res) => {
    const { payloads } = parseOrThrow(wire, req.body);
    res.json({ payloads: (await codec.encode(payloads.map(fromWire))).map(toWire) });
  });
  return router;
}
