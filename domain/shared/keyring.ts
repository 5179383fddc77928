/**
 * Encryption keys with IDs, for AES-256-GCM: the first key encrypts, every key decrypts, so a new
 * key is rolled in by putting it first and the old one stays readable until nothing uses it.
 * Ciphertext carries its key ID, a random 96-bit IV and the 128-bit tag.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface Keyring {
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
}

/** "kid:base64key,kid2:base64key" (each key 32 bytes); the first is the current one. */
export function parseKeyring(spec: string): Keyring {
  const keys = new Map<string, Buffer>();
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [id, material] = part.split(':', 2);
    if (!id || !/^[\w.-]{1,32}$/.test(id) || !material) throw new Error('each key is "id:base64" with an id of letters, digits, dot, dash or underscore');
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32) throw new Error(`key ${id} is ${key.length} bytes; AES-256 needs 32`);
    if (keys.has(id)) throw new Error(`key ${id} is given twice`);
    keys.set(id, key);
  }
  if (keys.size === 0) throw new Error('no keys');
  return { currentId: keys.keys().next().value!, keys };
}

export function seal(keyring: Keyring, plain: Buffer): { keyId: string; sealed: Buffer } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyring.keys.get(keyring.currentId)!, iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { keyId: keyring.currentId, sealed: Buffer.concat([iv, cipher.getAuthTag(), body]) };
}

export function open(keyring: Keyring, keyId: string, sealed: Buffer): Buffer {
  const key = keyring.keys.get(keyId);
  if (!key) throw new Error(`no key ${keyId} in the keyring`);
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
}
