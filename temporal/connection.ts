/** The Temporal client used by the API and the command line. */
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { Keyring } from '../domain/shared/keyring';
import type { ClusterConnection } from './cluster-connection';
import { EncryptionCodec } from './encryption-codec';

export interface TemporalSettings extends ClusterConnection {
  namespace: string;
  /** Encrypts every payload and failure (temporal/encryption-codec.ts); omitted only by tools that read raw history. */
  keyring?: Keyring;
}

export const FAILURE_CONVERTER_PATH = require.resolve('./failure-converter');

/** The same data converter for clients and workers: payloads and failures encrypted with the keyring. */
export function dataConverterFor(keyring: Keyring): DataConverter {
  return { payloadCodecs: [new EncryptionCodec(keyring)], failureConverterPath: FAILURE_CONVERTER_PATH };
}

/**
 * A lazy connection: the API starts (and reports not-ready) while Temporal is away, and the first
 * call after Temporal is back connects.
 */
export function createTemporalClient(settings: TemporalSettings): Client {
  const connection = Connection.lazy({ address: settings.address, tls: settings.tls, apiKey: settings.apiKey });
  return new Client({ connection, namespace: settings.namespace, ...(settings.keyring ? { dataConverter: dataConverterFor(settings.keyring) } : {}) });
}
