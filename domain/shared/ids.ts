/**
 * Opaque identifiers with a type prefix (Stripe style). Random ones are made outside workflows;
 * derived ones are stable hashes so that a repeated request maps to the same resource.
 */
import { createHash, randomBytes } from 'node:crypto';

import { idPrefixes, type IdKind } from './id-prefixes';

export { idPrefixes, type IdKind };

/** The characters of an ID after its prefix: Crockford base32, lower case, in ascending order. */
export const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const alphabet = ID_ALPHABET;

function encode(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i] % 32];
  return out;
}

export function newId(kind: IdKind): string {
  return `${idPrefixes[kind]}_${encode(randomBytes(20), 20)}`;
}

/** A stable ID for the same inputs: used where a retry must land on the same resource. */
export function derivedId(kind: IdKind, ...parts: string[]): string {
  const digest = createHash('sha256')
    .update(`${kind}\u0000${parts.join('\u0000')}`)
    .digest();
  return `${idPrefixes[kind]}_${encode(digest, 20)}`;
}

export function hasPrefix(id: string, kind: IdKind): boolean {
  return new RegExp(`^${idPrefixes[kind]}_[0-9a-z]{20}$`).test(id);
}
