/**
 * A sanctions list publisher over HTTP, as OFAC's or the UN's download servers serve their files: a
 * GET of a file's path answers its bytes. A test replaces a file (a new publication), serves an
 * outage page in its place, or makes it answer an error status.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeListPublisher {
  url: string;
  /** The files by path ("/ofac/SDN.CSV"), as served now. */
  files: Map<string, Buffer | string>;
  /** A status to answer instead of a file, by path. */
  failing: Map<string, number>;
  requests: string[];
  stop(): Promise<void>;
}

export async function startFakeListPublisher(files: Record<string, Buffer | string>): Promise<FakeListPublisher> {
  const served = new Map(Object.entries(files));
  const failing = new Map<string, number>();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://publisher').pathname;
    requests.push(`${req.method} ${path}`);
    const status = failing.get(path);
    if (status) return res.writeHead(status, { 'Content-Type': 'text/html' }).end(`<html><body>${status}</body></html>`);
    const body = served.get(path);
    if (req.method !== 'GET' || body === undefined) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    files: served,
    failing,
    requests,
    stop: () => new Promise((r) => server.close(() => r())),
  };
}
