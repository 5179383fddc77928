/**
 * A local fake of Veriff: `POST /v1/sessions` with X-AUTH-CLIENT answers a session in the documented
 * shape, and a moment later the decision webhook goes to the webhook URL (as set in Veriff's
 * Customer Portal), signed with `x-hmac-signature`: the hex HMAC-SHA256 of the raw body under the
 * shared secret key. The decision follows the person's last name: DECLINE (106, known fraud),
 * FACE (103), RESUBMIT (207, document expired), ABANDON (9104), REVIEW (9121 first, then approved);
 * anything else is approved (9001). Each decision is delivered twice, as a webhook retry would be.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeVeriff {
  url: string;
  apiKey: string;
  sharedSecret: string;
  /** Where decisions are posted (set once the API is up). */
  webhookUrl: string;
  sessions: Array<{ id: string; body: any }>;
  deliveries: Array<{ sessionId: string; status: number; body: any }>;
  stop(): Promise<void>;
}

const decisionFor = (lastName: string): Array<{ status: string; code: number; reasonCode: number | null }> => {
  const name = lastName.toUpperCase();
  if (name.includes('DECLINE')) return [{ status: 'declined', code: 9102, reasonCode: 106 }];
  if (name.includes('FACE')) return [{ status: 'declined', code: 9102, reasonCode: 103 }];
  if (name.includes('RESUBMIT')) return [{ status: 'resubmission_requested', code: 9103, reasonCode: 207 }];
  if (name.includes('ABANDON')) return [{ status: 'abandoned', code: 9104, reasonCode: null }];
  if (name.includes('REVIEW'))
    return [
      { status: 'review', code: 9121, reasonCode: null },
      { status: 'approved', code: 9001, reasonCode: null },
    ];
  return [{ status: 'approved', code: 9001, reasonCode: null }];
};

export async function startFakeVeriff(): Promise<FakeVeriff> {
  const fake: FakeVeriff = { url: '', apiKey: 'veriff-public-key-7c1d', sharedSecret: 'veriff-shared-secret-key-for-tests', webhookUrl: '', sessions: [], deliveries: [], stop: async () => undefined };

  async function deliver(sessionId: string, vendorData: string, person: any, decision: { status: string; code: number; reasonCode: number | null }) {
    const body = JSON.stringify({
      status: 'success',
      verification: {
        id: sessionId,
        attemptId: randomUUID(),
        vendorData,
        endUserId: null,
        status: decision.status,
        code: decision.code,
        reason: decision.reasonCode ? 'See reasonCode' : null,
        reasonCode: decision.reasonCode,
        decisionTime: new Date().toISOString(),
        acceptanceTime: new Date().toISOString(),
        person: { firstName: person.firstName?.toUpperCase(), lastName: person.lastName?.toUpperCase(), dateOfBirth: person.dateOfBirth, idNumber: null },
        document: { number: 'X1234', type: 'PASSPORT', country: 'GB', validUntil: '2031-05-01' },
      },
      technicalData: { ip: '192.0.2.1' },
    });
    const signature = createHmac('sha256', fake.sharedSecret).update(body).digest('hex');
    // Delivered twice: a retried webhook must change nothing.
    for (let i = 0; i < 2; i++) {
      const res = await fetch(fake.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-auth-client': fake.apiKey, 'x-hmac-signature': signature }, body });
      fake.deliveries.push({ sessionId, status: res.status, body: await res.json().catch(() => null) });
    }
  }

  const server: Server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.headers['x-auth-client'] !== fake.apiKey) return send(401, { status: 'fail', code: '1801', message: 'Mandatory X-AUTH-CLIENT header containing the API key is missing from the request.' });
    if (req.method !== 'POST' || req.url !== '/v1/sessions') return send(404, { status: 'fail', code: '1104', message: 'Not found' });
    const body = JSON.parse(raw || '{}');
    const person = body.verification?.person;
    if (!person?.firstName || !body.verification?.vendorData) return send(400, { status: 'fail', code: '1102', message: 'Mandatory parameters are missing from the request.' });
    const id = randomUUID();
    fake.sessions.push({ id, body });
    send(201, {
      status: 'success',
      verification: { id, url: `https://alchemy.veriff.com/v/${id}`, vendorData: body.verification.vendorData, host: 'https://alchemy.veriff.com', status: 'created', sessionToken: 'eyJhbGciOi.fake' },
    });
    setTimeout(async () => {
      for (const decision of decisionFor(person.lastName ?? '')) await deliver(id, body.verification.vendorData, person, decision).catch(() => undefined);
    }, 150);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.stop = () => new Promise((r) => server.close(() => r()));
  return fake;
}
