/**
 * Webhook signatures (Stripe style): `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. The
 * timestamp is signed too, so a captured request cannot be replayed outside the tolerance.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Sellergate-Signature';

export function sign(secret: string, body: string, timestampSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

export type SignatureCheck = { valid: true } | { valid: false; reason: 'malformed' | 'timestamp_outside_tolerance' | 'signature_mismatch' };

export function verify(secret: string, body: string, header: string | undefined, nowSeconds: number, toleranceSeconds = 300): SignatureCheck {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) return { valid: false, reason: 'malformed' };
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return { valid: false, reason: 'timestamp_outside_tolerance' };
  const expected = Buffer.from(sign(secret, body, t).split('v1=')[1], 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return timingSafeEqual(expected, given) ? { valid: true } : { valid: false, reason: 'signature_mismatch' };
}
