/**
 * A local fake of the verification vendors, speaking HTTP as the http adapters expect (README,
 * "Vendor contract"). It checks the API key, keeps the answer per Idempotency-Key as real vendors
 * do (a retried call gets the first answer and is not a second verification), counts calls, and can
 * be told to misbehave: fail with a status, answer garbage or answer too slowly. The identity
 * vendor answers later: it accepts, then posts a signed callback to the callbackUrl it was given.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postSignedCallback } from '../../providers/callback-delivery';

export type Misbehaviour = { status: number } | { garbage: true } | { delayMs: number };

export interface FakeVendor {
  url: string;
  apiKey: string;
  callbackSecret: string;
  /** Every call: path, idempotency key, whether it was authorised. */
  calls: Array<{ path: string; idempotencyKey: string; body: any }>;
  /** Distinct idempotency keys that reached a verification: the side effects. */
  verifications(path: string): string[];
  /** The next calls to `path` misbehave, in this order. */
  misbehave(path: string, ...next: Misbehaviour[]): void;
  stop(): Promise<void>;
}

const answers: Record<string, (body: any) => unknown> = {
  '/v1/companies/lookup': (b) => ({ status: 'found', registeredName: String(b.legalName).toUpperCase(), nameMatches: true, companyStatus: 'active', incorporatedOn: '2012-01-01' }),
  '/v1/account-verifications': () => ({ status: 'match' }),
  '/v1/tax-id-verifications': () => ({ status: 'match' }),
  '/v1/contact-verifications': (b) => (String(b.value).endsWith('.invalid') ? { status: 'not_working', reason: 'undeliverable' } : { status: 'working' }),
  '/v1/verifications': () => ({ status: 'pending', reference: `idv_${Math.random().toString(36).slice(2, 12)}` }),
};

export async function startFakeVendor(): Promise<FakeVendor> {
  const apiKey = 'vendor-test-key';
  const callbackSecret = 'vendor-callback-secret-for-tests';
  const calls: FakeVendor['calls'] = [];
  const stored = new Map<string, unknown>();
  const scripts = new Map<string, Misbehaviour[]>();

  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const path = req.url ?? '';
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    };
    if (req.headers.authorization !== `Bearer ${apiKey}`) return send(401, '{"error":"unauthorised"}');
    const idempotencyKey = String(req.headers['idempotency-key'] ?? '');
    const body = JSON.parse(raw || '{}');
    calls.push({ path, idempotencyKey, body });
    const trouble = scripts.get(path)?.shift();
    if (trouble && 'status' in trouble) return send(trouble.status, '{"error":"scripted"}');
    if (trouble && 'garbage' in trouble) return send(200, '<html>maintenance</html>');
    if (trouble && 'delayMs' in trouble) await new Promise((r) => setTimeout(r, trouble.delayMs));
    const answer = answers[path];
    if (!answer || !idempotencyKey) return send(400, '{"error":"bad request"}');
    const key = `${path} ${idempotencyKey}`;
    const first = !stored.has(key);
    if (first) stored.set(key, answer(body));
    const result = stored.get(key) as { status: string; reference?: string };
    send(200, JSON.stringify(result));
    // The identity vendor's decision arrives later, once per verification, signed.
    if (first && result.status === 'pending') {
      setTimeout(() => {
        void postSignedCallback({ baseUrl: new URL(body.callbackUrl).origin, secret: callbackSecret }, new URL(body.callbackUrl).pathname.split('/').pop()!, {
          eventId: `evt_${result.reference}`,
          reference: result.reference,
          clientReference: body.clientReference,
          result: { status: 'verified', documentChecked: true },
        }).catch(() => undefined);
      }, 100);
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    apiKey,
    callbackSecret,
    calls,
    verifications: (path) => [...new Set(calls.filter((c) => c.path === path).map((c) => c.idempotencyKey))],
    misbehave(path, ...next) {
      scripts.set(path, [...(scripts.get(path) ?? []), ...next]);
    },
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
