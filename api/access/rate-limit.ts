/**
 * Rate limiting, per API process (replicas each allow the limit, which an operator sets with that
 * in mind), as token buckets that refill continuously: a burst up to the limit passes and a
 * sustained flood is held to the rate. Over it: 429 with Retry-After (seconds until a token is back).
 *
 * - Per API key: RATE_LIMIT_PER_MINUTE requests.
 * - Per source address, for failed authentication: AUTH_FAILURES_PER_MINUTE wrong or missing keys;
 *   past it, the address is refused before its key is even looked up, so guessing keys costs the
 *   database nothing.
 */
import type { RequestHandler } from 'express';
import { Problem } from '../shared/problem';

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  private refill(id: string) {
    const now = this.now();
    const bucket = this.buckets.get(id) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    this.buckets.set(id, bucket);
    // A full bucket is the same as none: dropped, so idle addresses do not accumulate.
    if (bucket.tokens >= this.perMinute) this.buckets.delete(id);
    return bucket;
  }

  /** Seconds until a token is back, or 0 when one is there (without taking it). */
  waitSeconds(id: string): number {
    const bucket = this.refill(id);
    return bucket.tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Takes a token; answers the tokens left. */
  take(id: string): number {
    const bucket = this.refill(id);
    bucket.tokens -= 1;
    this.buckets.set(id, bucket);
    return Math.floor(bucket.tokens);
  }
}

export function rateLimit(perMinute: number): RequestHandler {
  const buckets = new TokenBuckets(perMinute);
  return (req, res, next) => {
    const id = req.apiKey!.id;
    res.set('RateLimit-Limit', String(perMinute));
    const wait = buckets.waitSeconds(id);
    if (wait > 0) throw new Problem('rate_limited', `Too many requests for this API key: at most ${perMinute} a minute`, { retryAfterSeconds: wait });
    res.set('RateLimit-Remaining', String(buckets.take(id)));
    next();
  };
}

/** The failed-authentication allowance of each source address. */
export function authenticationFailures(perMinute: number) {
  const buckets = new TokenBuckets(perMinute);
  return {
    /** Refuses an address that has used up its failures, before anything is looked up. */
    assertAllowed(address: string): void {
      const wait = buckets.waitSeconds(address);
      if (wait > 0) throw new Problem('rate_limited', `Too many failed authentications from this address: at most ${perMinute} a minute`, { retryAfterSeconds: wait });
    },
    failed(address: string): void {
      buckets.take(address);
    },
  };
}
