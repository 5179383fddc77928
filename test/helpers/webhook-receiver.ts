/**
 * A local receiver of the marketplace's webhooks: keeps every event with whether its signature
 * verifies, and can answer the first N with a 503 (to prove redelivery).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verify } from '../../domain/shared/webhook-signature';

export interface ReceivedEvent {
  id: string;
  type: string;
  data: any;
  signature: ReturnType<typeof verify>;
}

export async function startWebhookReceiver(secret: string, options: { failFirst?: number } = {}) {
  const received: ReceivedEvent[] = [];
  let failNext = options.failFirst ?? 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (failNext-- > 0) {
        res.writeHead(503).end();
        return;
      }
      const event = JSON.parse(body);
      received.push({ ...event, signature: verify(secret, body, req.headers[SIGNATURE_HEADER.toLowerCase()] as string, Math.floor(Date.now() / 1000)) });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    received,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    close: () => new Promise((r) => server.close(r)),
  };
}
