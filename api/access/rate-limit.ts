/**
 * Rate limiting per API key: a token bucket of RATE_LIMIT_PER_MINUTE requests that refills
 * continuously, so a burst up to the limit passes and a sustained flood is held to the rate. Over
 * it: 429 with Retry-After (seconds until a token is back). Per API process: replicas each allow the
 * limit, which an operator sets with that in mind.
 */
import type { RequestHandler } from 'express';
import { Problem } from '../shared/problem';

export function rateLimit(perMinute: number): RequestHandler {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  return (req, res, next) => {
    const id = req.apiKey!.id;
    const now = Date.now();
    const bucket = buckets.get(id) ?? { tokens: perMinute, at: now };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    buckets.set(id, bucket);
    res.set('RateLimit-Limit', String(perMinute));
    if (bucket.tokens < 1) {
      const seconds = Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
      throw new Problem('rate_limited', `Too many requests for this API key: at most ${perMinute} a minute`, { retryAfterSeconds: seconds });
    }
    bucket.tokens -= 1;
    res.set('RateLimit-Remaining', String(Math.floor(bucket.tokens)));
    next();
  };
}
