/**
 * A real cluster's connection: TLS with the cluster's CA, mutual TLS with the process's certificate,
 * and an API key, configured by the TEMPORAL_TLS_* variables and used the same by the client and the
 * worker's native connection. Tested through a TLS-terminating proxy in front of the test server that
 * demands a client certificate (and, in one case, an API key), as a production front end does.
 */
import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { rmSync } from 'node:fs';
import { ConfigError, loadConfig } from '../../config';
import { clusterConnection, configuredCluster } from '../../temporal/cluster-connection';
import { createTemporalClient } from '../../temporal/connection';
import { testEnvironment } from '../helpers/environment';
import { failure } from '../helpers/failure';
import { makeCertificates, startTlsProxy, type Certificates, type TlsProxy } from '../helpers/temporal-tls-proxy';

let certs: Certificates;
let proxy: TlsProxy;
let keyed: TlsProxy;
const API_KEY = 'temporal-cloud-style-key-0123456789';

beforeAll(async () => {
  certs = makeCertificates();
  proxy = await startTlsProxy(testEnvironment().temporalAddress, certs);
  keyed = await startTlsProxy(testEnvironment().temporalAddress, certs, { apiKey: API_KEY });
});
afterAll(async () => {
  await proxy?.close();
  await keyed?.close();
  if (certs) rmSync(certs.dir, { recursive: true, force: true });
});

const mutualTls = () => ({ TEMPORAL_TLS_CA_FILE: certs.caFile, TEMPORAL_TLS_CERT_FILE: certs.clientCertFile, TEMPORAL_TLS_KEY_FILE: certs.clientKeyFile });

it('connects the client and the worker over mutual TLS, configured as a production process is', async () => {
  const config = loadConfig({ TEMPORAL_ADDRESS: proxy.address, ...mutualTls(), TEMPORAL_TLS_SERVER_NAME: 'temporal.test' });
  const cluster = configuredCluster(config);
  expect(cluster.tls?.clientCertPair).toBeDefined();

  const client = createTemporalClient({ ...cluster, namespace: 'default', keyring: config.keyring });
  try {
    // A real call that needs the namespace: start a workflow nobody runs, read it back, end it.
    const handle = await client.workflow.start('tlsProbe', { taskQueue: `tls-probe-${Date.now()}`, workflowId: `tls-probe-${Date.now()}` });
    expect((await handle.describe()).status.name).toBe('RUNNING');
    await handle.terminate('probe done');
  } finally {
    await client.connection.close();
  }

  const native = await NativeConnection.connect(cluster);
  try {
    const info = await native.workflowService.getSystemInfo({});
    expect(info.capabilities).toBeDefined();
  } finally {
    await native.close();
  }
  const subjects = new Set(proxy.calls.map((c) => c.clientSubject));
  expect([...subjects]).toEqual(['worker']);
  expect(proxy.calls.some((c) => c.path.endsWith('/StartWorkflowExecution'))).toBe(true);
});

it('is refused without a client certificate, or with one from another CA', async () => {
  const noCertificate = clusterConnection(proxy.address, { TEMPORAL_TLS_CA_FILE: certs.caFile, TEMPORAL_TLS_SERVER_NAME: 'temporal.test' });
  const before = proxy.calls.length;
  await failure(Connection.connect({ ...noCertificate, connectTimeout: 3000 }));
  await failure(NativeConnection.connect(noCertificate));
  const stranger = clusterConnection(proxy.address, {
    TEMPORAL_TLS_CA_FILE: certs.caFile,
    TEMPORAL_TLS_CERT_FILE: certs.strangerCertFile,
    TEMPORAL_TLS_KEY_FILE: certs.strangerKeyFile,
    TEMPORAL_TLS_SERVER_NAME: 'temporal.test',
  });
  await failure(Connection.connect({ ...stranger, connectTimeout: 3000 }));
  // Nothing got through to the server.
  expect(proxy.calls.length).toBe(before);
});

it('refuses a server whose certificate its CA did not sign', async () => {
  // The system's roots know nothing of the test CA: TLS on without TEMPORAL_TLS_CA_FILE fails the server check.
  const systemRoots = clusterConnection(proxy.address, { TEMPORAL_TLS: 'on', TEMPORAL_TLS_CERT_FILE: certs.clientCertFile, TEMPORAL_TLS_KEY_FILE: certs.clientKeyFile });
  await failure(Connection.connect({ ...systemRoots, connectTimeout: 3000 }));
});

it('sends TEMPORAL_API_KEY as a bearer token on every call, and is refused without it', async () => {
  const withoutKey = clusterConnection(keyed.address, { ...mutualTls(), TEMPORAL_TLS_SERVER_NAME: 'temporal.test' });
  const refused = await failure(Connection.connect({ ...withoutKey, connectTimeout: 3000 }));
  // The SDK wraps the gRPC status in its own "Failed to connect" error.
  expect(String((refused.cause as Error | undefined)?.message)).toMatch(/UNAUTHENTICATED: API key required/);
  const keyedCallsBefore = keyed.calls.length;
  expect(keyedCallsBefore).toBe(0);

  const cluster = configuredCluster(loadConfig({ TEMPORAL_ADDRESS: keyed.address, ...mutualTls(), TEMPORAL_TLS_SERVER_NAME: 'temporal.test', TEMPORAL_API_KEY: API_KEY }));
  const client = await Connection.connect({ ...cluster, connectTimeout: 5000 });
  try {
    await client.workflowService.getSystemInfo({});
  } finally {
    await client.close();
  }
  const native = await NativeConnection.connect(cluster);
  try {
    await native.workflowService.getSystemInfo({});
  } finally {
    await native.close();
  }
  expect(keyed.calls.length).toBeGreaterThanOrEqual(2);
  expect(new Set(keyed.calls.map((c) => c.authorization))).toEqual(new Set([`Bearer ${API_KEY}`]));
});

it('names the variable when the TLS configuration is incomplete or unsafe', () => {
  expect(() => loadConfig({ TEMPORAL_TLS_CERT_FILE: '/x.crt' })).toThrow(
    new ConfigError('invalid configuration:\n  TEMPORAL_TLS_KEY_FILE: is required with TEMPORAL_TLS_CERT_FILE (mutual TLS needs both)'),
  );
  expect(() => loadConfig({ TEMPORAL_TLS: 'off', TEMPORAL_API_KEY: 'k' })).toThrow(/TEMPORAL_API_KEY: is sent only over TLS/);
  expect(() => clusterConnection('127.0.0.1:1', { TEMPORAL_TLS_CA_FILE: '/nonexistent/ca.pem' })).toThrow('TEMPORAL_TLS_CA_FILE: cannot be read (ENOENT)');
  // Nothing set: plain text, as against the embedded dev server.
  expect(clusterConnection('127.0.0.1:7233', {})).toEqual({ address: '127.0.0.1:7233' });
});
