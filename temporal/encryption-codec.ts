/**
 * Every Temporal payload (workflow inputs, results, signals, updates, activity arguments) and, with
 * the failure converter below, every failure message is encrypted before it leaves the process, so
 * the Temporal server, its database and `temporal workflow show` hold no personal data. The Temporal
 * UI decodes through the API's codec endpoint, for authorised operators.
 */
import { temporal } from '@temporalio/proto';
import { METADATA_ENCODING_KEY, type Payload, type PayloadCodec } from '@temporalio/common';
import { open, seal, type Keyring } from '../domain/shared/keyring';

const ENCODING = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const text = (s: string) => new TextEncoder().encode(s);
const read = (b: Uint8Array | null | undefined) => (b ? new TextDecoder().decode(b) : undefined);

export class EncryptionCodec implements PayloadCodec {
  constructor(private readonly keyring: Keyring) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const { keyId, sealed } = seal(this.keyring, Buffer.from(temporal.api.common.v1.Payload.encode(payload).finish()));
      return { metadata: { [METADATA_ENCODING_KEY]: text(ENCODING), [KEY_ID]: text(keyId) }, data: sealed };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (read(payload.metadata?.[METADATA_ENCODING_KEY]) !== ENCODING) return payload;
      const plain = open(this.keyring, read(payload.metadata?.[KEY_ID])!, Buffer.from(payload.data ?? []));
      return temporal.api.common.v1.Payload.decode(plain);
    });
  }
}
