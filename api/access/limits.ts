/**
 * The request guards every authenticated route shares: authentication with its failed-attempt
 * allowance per source address, and the per-key rate limit. Built once per app (the routes and the
 * codec endpoint draw on the same buckets), on the store RATE_LIMIT_STORE names.
 */
import type { RequestHandler } from 'express';
import { addressFingerprint } from '../../domain/shared/fingerprints';
import type { ApiDeps } from '../deps';
import { authentication } from './auth';
import { Allowance, databaseBuckets, memoryBuckets, rateLimit, reservationBatch } from './rate-limit';

export interface RequestGuards {
  authenticate: RequestHandler;
  limit: RequestHandler;
}

const built = new WeakMap<ApiDeps, RequestGuards>();

export function requestGuards(deps: ApiDeps): RequestGuards {
  const existing = built.get(deps);
  if (existing) return existing;
  const { config } = deps;
  const store =
    config.rateLimitStore === 'database' ? databaseBuckets(deps.db, (err) => deps.logger.warn({ err: (err as Error).message }, 'forgetting idle rate-limit buckets failed')) : memoryBuckets();
  const failures = new Allowance(store, config.AUTH_FAILURES_PER_MINUTE, 1);
  const guards = {
    authenticate: authentication(deps.db, failures, (address) => `auth:${addressFingerprint(config.fingerprintKey, address)}`, config.API_KEY_CACHE_SECONDS),
    limit: rateLimit(new Allowance(store, config.RATE_LIMIT_PER_MINUTE, reservationBatch(config.rateLimitStore, config.RATE_LIMIT_PER_MINUTE))),
  };
  built.set(deps, guards);
  return guards;
}
