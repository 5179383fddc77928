/**
 * A local fake of the EU DSA Transparency Database's API, answering as its documentation says
 * (providers/transparency-database/client.ts): bearer token or 401; POST /api/v1/statements takes
 * 1 to 100 statements all or none, refuses with its own validation (errors per "statement_<i>") or
 * with {puid, existing_puids} when a puid is taken, and answers 201 with each statement's uuid;
 * GET /api/v1/statement/existing-puid/{puid} answers 302 or 404. It can be told to misbehave: answer
 * a status instead, create the statements and then answer 500 (the answer lost on the way), or refuse
 * chosen statements of the next batch as the real database might for a rule we do not know.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateTdbBatch, type TdbErrors } from '../../domain/enforcement/transparency-validation';

export type TdbTrouble = { status: number; retryAfter?: number } | { createThenFail: true } | { refuse: Record<number, TdbErrors> };

export interface FakeTransparencyDatabase {
  url: string;
  token: string;
  /** Every statement created, by puid, in the order created. */
  statements: Map<string, Record<string, unknown> & { uuid: string }>;
  /** Every call: method, path and how many statements a POST carried. */
  calls: Array<{ method: string; path: string; count?: number }>;
  /** The next POSTs misbehave, in this order. */
  misbehave(...next: TdbTrouble[]): void;
  stop(): Promise<void>;
}

export async function startFakeTransparencyDatabase(): Promise<FakeTransparencyDatabase> {
  const token = 'X|fake-transparency-database-token';
  const statements: FakeTransparencyDatabase['statements'] = new Map();
  const calls: FakeTransparencyDatabase['calls'] = [];
  const troubles: TdbTrouble[] = [];

  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    const path = req.url ?? '';
    if (req.headers.authorization !== `Bearer ${token}`) return send(401, { message: 'Unauthenticated.' });

    const lookup = /^\/api\/v1\/statement\/existing-puid\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && lookup) {
      calls.push({ method: 'GET', path });
      const puid = decodeURIComponent(lookup[1]);
      return statements.has(puid) ? send(302, { message: 'statement of reason found', puid }) : send(404, { message: 'statement of reason not found', puid });
    }
    if (req.method !== 'POST' || path !== '/api/v1/statements') return send(404, { message: 'Not Found' });

    let body: { statements?: Array<Record<string, unknown> & { puid: string }> };
    try {
      body = JSON.parse(raw);
    } catch {
      return send(400, { message: 'Malformed JSON' });
    }
    const batch = Array.isArray(body.statements) ? body.statements : [];
    calls.push({ method: 'POST', path, count: batch.length });
    const trouble = troubles.shift();
    if (trouble && 'status' in trouble) return send(trouble.status, { message: 'scripted' }, trouble.retryAfter ? { 'retry-after': String(trouble.retryAfter) } : {});

    const checked = validateTdbBatch(batch);
    if (checked.message) return send(422, { message: checked.message, errors: { statements: [checked.message] } });
    const errors = { ...checked.errors };
    if (trouble && 'refuse' in trouble) for (const [i, e] of Object.entries(trouble.refuse)) errors[`statement_${i}`] = e;
    if (Object.keys(errors).length > 0) return send(422, { message: 'The given data was invalid.', errors });
    const puids = batch.map((s) => s.puid);
    const taken = puids.filter((p, i) => statements.has(p) || puids.indexOf(p) !== i);
    if (taken.length > 0) {
      const message = 'The platform identifier(s) are not all unique within this call.';
      return send(422, { message, errors: { puid: [message], existing_puids: taken } });
    }
    const created = batch.map((s) => ({ ...s, uuid: randomUUID() }));
    for (const s of created) statements.set(s.puid, s);
    if (trouble && 'createThenFail' in trouble) return send(500, { message: 'Server Error' });
    send(201, { statements: created.map((s) => ({ ...s, created_at: new Date().toISOString(), platform_name: 'Sellergate test marketplace' })) });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    statements,
    calls,
    misbehave: (...next) => troubles.push(...next),
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
