/**
 * Rate limiting as token buckets that refill continuously: a burst up to the limit passes and a
 * sustained flood is held to the rate. Over it: 429 with Retry-After (seconds until a token is back).
 *
 * - Per API key: RATE_LIMIT_PER_MINUTE requests.
 * - Per source address, for failed authentication: AUTH_FAILURES_PER_MINUTE wrong or missing keys;
 *   past it, the address is refused before its key is even looked up, so guessing keys costs the
 *   database nothing.
 *
 * The buckets live where RATE_LIMIT_STORE says: `database` (Postgres, shared by every API process,
 * so N processes allow the limit once, not N times) or `memory` (one process: the embedded mode).
 * To spare the database a statement per request, a process reserves a tenth of a second's refill
 * at a time and spends it locally; a key refused once is refused locally until its Retry-After.
 * Tokens a process holds are spent by no other, so across processes the limit errs on the strict
 * side by at most that tenth of a second per process, and never lets more through.
 */
import type { RequestHandler } from 'express';
import type { Db } from '../../db/knex';
import { forgetFullBuckets, reserveTokens, type Reservation } from '../../db/access/rate-limit-buckets';
import { Problem } from '../shared/problem';

/** Takes up to `wanted` tokens from a bucket of `capacity` that refills `perSecond`. */
export type BucketStore = (bucket: string, wanted: number, capacity: number, perSecond: number) => Promise<Reservation>;

/** Buckets in this process's memory; `now` is injectable for tests. */
export function memoryBuckets(now: () => number = Date.now): BucketStore {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (id, wanted, capacity, perSecond) => {
    const at = now();
    const bucket = buckets.get(id) ?? { tokens: capacity, at };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((at - bucket.at) / 1000) * perSecond);
    bucket.at = at;
    const granted = Math.max(0, Math.min(wanted, Math.floor(bucket.tokens)));
    bucket.tokens -= granted;
    buckets.set(id, bucket);
    // Idle buckets refill to full, the same as none: dropped, so idle addresses do not accumulate.
    if (buckets.size > 100_000) for (const [k, b] of buckets) if (b.tokens + ((at - b.at) / 1000) * perSecond >= capacity) buckets.delete(k);
    return { granted, tokens: bucket.tokens };
  };
}

/**
 * Buckets in Postgres, shared by every process on the database. Now and then (one reservation in
 * 5,000) the buckets untouched for an hour are dropped: refilled, they are the same as none.
 */
export function databaseBuckets(db: Db, onError: (err: unknown) => void = () => undefined): BucketStore {
  let reservations = 0;
  return (bucket, wanted, capacity, perSecond) => {
    if (++reservations % 5000 === 0) forgetFullBuckets(db, 3600).catch(onError);
    return reserveTokens(db, bucket, wanted, capacity, perSecond);
  };
}

export interface Admission {
  allowed: boolean;
  /** Tokens left that this process knows of (its own reserve and the bucket's last count). */
  remaining: number;
  /** When refused: seconds until a token is back. */
  retryAfterSeconds: number;
}

/** One kind of allowance (per key, per address): reserves from the store and spends locally. */
export class Allowance {
  private readonly perSecond: number;
  private readonly batch: number;
  private readonly reserved = new Map<string, number>();
  private readonly refusedUntil = new Map<string, number>();
  private lastSeen = new Map<string, number>();

  constructor(
    private readonly store: BucketStore,
    readonly perMinute: number,
    /** Tokens reserved at a time: 1 is exact; more spares the store. */
    batch: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perSecond = perMinute / 60;
    this.batch = Math.max(1, Math.floor(batch));
  }

  /** Refused locally (no store call) while an earlier refusal's Retry-After runs. */
  refusal(id: string): number {
    const until = this.refusedUntil.get(id);
    if (until === undefined) return 0;
    const left = until - this.now();
    if (left <= 0) this.refusedUntil.delete(id);
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  /** Spends one token, reserving more from the store when this process holds none. */
  async take(id: string): Promise<Admission> {
    const waiting = this.refusal(id);
    if (waiting > 0) return { allowed: false, remaining: 0, retryAfterSeconds: waiting };
    let held = this.reserved.get(id) ?? 0;
    if (held < 1) {
      const r = await this.store(id, this.batch, this.perMinute, this.perSecond);
      held = r.granted;
      this.lastSeen.set(id, r.tokens);
      if (held < 1) return this.refuse(id, r.tokens);
    }
    held -= 1;
    if (held > 0) this.reserved.set(id, held);
    else this.reserved.delete(id);
    if (this.reserved.size > 100_000) this.reserved.clear();
    if (this.lastSeen.size > 100_000) this.lastSeen = new Map();
    const remaining = Math.floor(held + (this.lastSeen.get(id) ?? 0));
    // The last token is spent: the next request would be refused, so refuse it without asking the store.
    if (held < 1 && (this.lastSeen.get(id) ?? 0) < 1) this.refuseFrom(id, this.lastSeen.get(id) ?? 0);
    return { allowed: true, remaining, retryAfterSeconds: 0 };
  }

  private refuse(id: string, tokens: number): Admission {
    return { allowed: false, remaining: 0, retryAfterSeconds: this.refuseFrom(id, tokens) };
  }

  private refuseFrom(id: string, tokens: number): number {
    const seconds = Math.max(1, Math.ceil((1 - tokens) / this.perSecond));
    this.refusedUntil.set(id, this.now() + ((1 - tokens) / this.perSecond) * 1000);
    if (this.refusedUntil.size > 100_000) this.refusedUntil.clear();
    return seconds;
  }
}

/** A tenth of a second's refill per reservation from a shared store; exact (one) in memory. */
export const reservationBatch = (store: 'memory' | 'database', perMinute: number) => (store === 'memory' ? 1 : Math.min(100, perMinute / 600));

export function rateLimit(allowance: Allowance): RequestHandler {
  return async (req, res, next) => {
    const id = `key:${req.apiKey!.id}`;
    res.set('RateLimit-Limit', String(allowance.perMinute));
    const admission = await allowance.take(id);
    if (!admission.allowed) throw new Problem('rate_limited', `Too many requests for this API key: at most ${allowance.perMinute} a minute`, { retryAfterSeconds: admission.retryAfterSeconds });
    res.set('RateLimit-Remaining', String(admission.remaining));
    next();
  };
}

/**
 * The failed-authentication allowance of each source address, keyed by `bucketOf(address)` (a keyed
 * fingerprint: no address is stored). Only failures reach the store; a refused address is refused
 * locally until its Retry-After, so across N processes a guesser gets at most N more lookups.
 */
export function authenticationFailures(allowance: Allowance, bucketOf: (address: string) => string) {
  const perMinute = allowance.perMinute;
  const refused = (wait: number) => new Problem('rate_limited', `Too many failed authentications from this address: at most ${perMinute} a minute`, { retryAfterSeconds: wait });
  return {
    /** Refuses an address that has used up its failures, before anything is looked up. */
    assertAllowed(address: string): void {
      const wait = allowance.refusal(bucketOf(address));
      if (wait > 0) throw refused(wait);
    },
    async failed(address: string): Promise<void> {
      await allowance.take(bucketOf(address));
    },
  };
}
