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
import { parseOrThrow } from '../shared/problem';

const wire = z.object({ payloads: z.array(z.object({ metadata: z.record(z.string(), z.string()).optional(), data: z.string().optional() })).max(1000) });

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
    res.json({ payloads: (await codec.decode(payloads.map(fromWire))).map(toWire) });
  });
  router.post('/encode', requirePermission('codec:decode'), async (req, res) => {
    const { payloads } = parseOrThrow(wire, req.body);
    res.json({ payloads: (await codec.encode(payloads.map(fromWire))).map(toWire) });
  });
  return router;
}
