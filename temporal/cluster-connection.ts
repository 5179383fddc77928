/**
 * How every process reaches the Temporal cluster: the same address, TLS and credentials for the
 * API's client, the worker's native connection and the command line, so they never disagree.
 *
 * - TLS: the cluster's CA (TEMPORAL_TLS_CA_FILE; unset, the system's roots, as for Temporal Cloud)
 *   and, when the certificate names another host (a proxy in front), TEMPORAL_TLS_SERVER_NAME.
 * - Mutual TLS: this process's certificate and key (TEMPORAL_TLS_CERT_FILE, TEMPORAL_TLS_KEY_FILE),
 *   for a self-hosted cluster that authenticates its clients by certificate.
 * - API key (TEMPORAL_API_KEY): sent as `Authorization: Bearer` on every call, as Temporal Cloud
 *   expects; only ever over TLS (config.ts refuses TEMPORAL_TLS=off with a key).
 * The embedded dev server is reached in plain text (devServerConnection).
 */
import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/common/lib/internal-non-workflow';
import { ConfigError, type Config } from '../config';

export interface ClusterConnection {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

type TlsSettings = Pick<Config, 'TEMPORAL_TLS' | 'TEMPORAL_TLS_CA_FILE' | 'TEMPORAL_TLS_CERT_FILE' | 'TEMPORAL_TLS_KEY_FILE' | 'TEMPORAL_TLS_SERVER_NAME' | 'TEMPORAL_API_KEY'>;

function read(variable: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new ConfigError(`invalid configuration:\n  ${variable}: cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The connection to the cluster at `address` with the configured TLS and credentials. */
export function clusterConnection(address: string, c: TlsSettings): ClusterConnection {
  const wanted = c.TEMPORAL_TLS ?? (c.TEMPORAL_TLS_CA_FILE || c.TEMPORAL_TLS_CERT_FILE || c.TEMPORAL_API_KEY || c.TEMPORAL_TLS_SERVER_NAME ? 'on' : 'off');
  if (wanted === 'off') return { address };
  const tls: TLSConfig = {};
  if (c.TEMPORAL_TLS_CA_FILE) tls.serverRootCACertificate = read('TEMPORAL_TLS_CA_FILE', c.TEMPORAL_TLS_CA_FILE);
  if (c.TEMPORAL_TLS_SERVER_NAME) tls.serverNameOverride = c.TEMPORAL_TLS_SERVER_NAME;
  if (c.TEMPORAL_TLS_CERT_FILE && c.TEMPORAL_TLS_KEY_FILE)
    tls.clientCertPair = { crt: read('TEMPORAL_TLS_CERT_FILE', c.TEMPORAL_TLS_CERT_FILE), key: read('TEMPORAL_TLS_KEY_FILE', c.TEMPORAL_TLS_KEY_FILE) };
  return { address, tls, ...(c.TEMPORAL_API_KEY ? { apiKey: c.TEMPORAL_API_KEY } : {}) };
}

/** The configured cluster (TEMPORAL_ADDRESS); for processes that are only ever run against one. */
export function configuredCluster(config: Config): ClusterConnection {
  if (!config.TEMPORAL_ADDRESS) throw new ConfigError('invalid configuration:\n  TEMPORAL_ADDRESS: is required (the Temporal cluster, host:port)');
  return clusterConnection(config.TEMPORAL_ADDRESS, config);
}

/** The local dev server `npm start` runs: plain text on the loopback. */
export function devServerConnection(address: string): ClusterConnection {
  return { address };
}
