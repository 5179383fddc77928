/**
 * A small HTTP load balancer in front of several API processes, as production has one: requests go
 * round-robin to the backends; a backend that refuses the connection is skipped (the request never
 * reached it, so trying the next is safe); a backend that dies mid-request gives 502, and the client
 * retries with its Idempotency-Key, as a real client of a real load balancer must.
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoadBalancer {
  url: string;
  /** The backends' base URLs: may be added once they are up (their PUBLIC_URL is this balancer's). */
  backends: string[];
  /** Requests each backend answered, by its base URL. */
  answered: Map<string, number>;
  close(): Promise<void>;
}

function forward(backend: string, method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = request(`${backend}${path}`, { method, headers: { ...headers, host: new URL(backend).host, connection: 'close' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    out.on('error', reject);
    out.end(body);
  });
}

export async function startLoadBalancer(backends: string[] = []): Promise<LoadBalancer> {
  const answered = new Map<string, number>();
  let next = 0;
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const start = next++;
    for (let i = 0; i < backends.length; i++) {
      const backend = backends[(start + i) % backends.length];
      try {
        const reply = await forward(backend, req.method ?? 'GET', req.url ?? '/', req.headers, body);
        answered.set(backend, (answered.get(backend) ?? 0) + 1);
        const { connection: _c, 'transfer-encoding': _t, 'keep-alive': _k, ...headers } = reply.headers;
        res.writeHead(reply.status, headers).end(reply.body);
        return;
      } catch (err) {
        // Refused: this backend is down, and the request never reached it.
        if ((err as NodeJS.ErrnoException).code === 'ECONNREFUSED') continue;
        res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'backend failed mid-request' }));
        return;
      }
    }
    res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'no backend' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    backends,
    answered,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
