/**
 * A TLS-terminating gRPC proxy in front of the plain-text Temporal test server, as a real cluster's
 * front end would be: it demands a client certificate signed by its CA (mutual TLS) and, when told
 * to, an `Authorization: Bearer` API key, and forwards each HTTP/2 stream, trailers included (gRPC
 * puts its status in them). It also notes what each call presented, so a test can see it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';

export interface Certificates {
  dir: string;
  /** The CA that signed the server's and the client's certificate. */
  caFile: string;
  serverCert: Buffer;
  serverKey: Buffer;
  clientCertFile: string;
  clientKeyFile: string;
  /** A client certificate from another CA, which the proxy must refuse. */
  strangerCertFile: string;
  strangerKeyFile: string;
}

/** A CA, a server certificate for 127.0.0.1 and "temporal.test", and client certificates, made with openssl. */
export function makeCertificates(): Certificates {
  const dir = mkdtempSync(join(tmpdir(), 'sellergate-tls-'));
  const f = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ca = (name: string) => openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${name}`, '-keyout', f(`${name}.key`), '-out', f(`${name}.crt`));
  const leaf = (name: string, issuer: string, extensions: string) => {
    writeFileSync(f(`${name}.ext`), extensions);
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${name}`, '-keyout', f(`${name}.key`), '-out', f(`${name}.csr`));
    openssl('x509', '-req', '-in', f(`${name}.csr`), '-CA', f(`${issuer}.crt`), '-CAkey', f(`${issuer}.key`), '-CAcreateserial', '-days', '2', '-extfile', f(`${name}.ext`), '-out', f(`${name}.crt`));
  };
  ca('test-ca');
  ca('stranger-ca');
  leaf('server', 'test-ca', 'subjectAltName=DNS:temporal.test,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  leaf('worker', 'test-ca', 'extendedKeyUsage=clientAuth\n');
  leaf('stranger', 'stranger-ca', 'extendedKeyUsage=clientAuth\n');
  return {
    dir,
    caFile: f('test-ca.crt'),
    serverCert: readFileSync(f('server.crt')),
    serverKey: readFileSync(f('server.key')),
    clientCertFile: f('worker.crt'),
    clientKeyFile: f('worker.key'),
    strangerCertFile: f('stranger.crt'),
    strangerKeyFile: f('stranger.key'),
  };
}

export interface TlsProxy {
  address: string;
  /** The client certificate subject and the authorization header of each call that got through. */
  calls: { clientSubject: string; authorization?: string; path: string }[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host']);

export async function startTlsProxy(target: string, certs: Certificates, options: { apiKey?: string } = {}): Promise<TlsProxy> {
  const calls: TlsProxy['calls'] = [];
  const upstream = http2.connect(`http://${target}`);
  upstream.on('error', () => undefined);
  const server = http2.createSecureServer({ cert: certs.serverCert, key: certs.serverKey, ca: readFileSync(certs.caFile), requestCert: true, rejectUnauthorized: true, allowHTTP1: false });
  server.on('stream', (stream, headers) => {
    const authorization = headers.authorization as string | undefined;
    if (options.apiKey && authorization !== `Bearer ${options.apiKey}`) {
      // gRPC's UNAUTHENTICATED (16), trailers-only, as a cluster's front end answers a missing key.
      stream.respond({ ':status': 200, 'content-type': 'application/grpc', 'grpc-status': '16', 'grpc-message': 'API key required' }, { endStream: true });
      return;
    }
    const peer = (stream.session?.socket as TLSSocket).getPeerCertificate();
    calls.push({ clientSubject: String(peer.subject?.CN ?? ''), authorization, path: String(headers[':path']) });
    const forwarded = Object.fromEntries(Object.entries(headers).filter(([k]) => !HOP_BY_HOP.has(k) && (!k.startsWith(':') || k === ':method' || k === ':path')));
    const request = upstream.request(forwarded);
    let trailers: http2.OutgoingHttpHeaders = {};
    request.on('response', (responseHeaders, flags) => {
      const endsHere = (flags & http2.constants.NGHTTP2_FLAG_END_STREAM) !== 0;
      stream.respond(responseHeaders, endsHere ? { endStream: true } : { waitForTrailers: true });
    });
    request.on('trailers', (t) => (trailers = t));
    stream.on('wantTrailers', () => stream.sendTrailers(trailers));
    request.on('data', (chunk) => stream.write(chunk));
    request.on('end', () => {
      if (!stream.closed && !stream.writableEnded) stream.end();
    });
    stream.on('data', (chunk) => request.write(chunk));
    stream.on('end', () => request.end());
    stream.on('close', () => request.close());
    request.on('error', () => stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR));
    stream.on('error', () => request.close());
  });
  // A refused handshake (no or a stranger's certificate) is the point of some tests, not a crash.
  server.on('tlsClientError', () => undefined);
  // server.close() waits for every open HTTP/2 session; clients that failed or forgot to close keep one.
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    address: `127.0.0.1:${port}`,
    calls,
    close: async () => {
      const closed = new Promise<void>((r) => server.close(() => r()));
      for (const session of sessions) session.destroy();
      upstream.destroy();
      await closed;
    },
  };
}
