/** API keys as Bearer tokens: 401 without a known key, 403 for a role without the permission. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { authenticate, type ApiKey } from '../../db/access/api-keys';
import type { Db } from '../../db/knex';
import type { Actor } from '../../domain/shared/actor';
import { allows, type Permission } from './authorization';
import { cachedKeyLookup } from './key-cache';
import { authenticationFailures, type Allowance } from './rate-limit';
import { notFound, Problem } from '../shared/problem';

declare module 'express-serve-static-core' {
  interface Request {
    apiKey?: ApiKey;
    requestId: string;
  }
}

/** `failureAllowance`: wrong or missing keys a source address may send before it is refused (429) unlooked-up. */
/** `cacheSeconds`: how long a process trusts a key it looked up (api/access/key-cache.ts). */
export function authentication(db: Db, failureAllowance: Allowance, bucketOf: (address: string) => string, cacheSeconds = 0): RequestHandler {
  const failures = authenticationFailures(failureAllowance, bucketOf);
  const lookUp = cachedKeyLookup((key) => authenticate(db, key), cacheSeconds);
  return async (req: Request, _res: Response, next: NextFunction) => {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    failures.assertAllowed(address);
    const header = req.header('authorization') ?? '';
    const match = header.match(/^Bearer\s+(\S+)$/i);
    if (!match) {
      await failures.failed(address);
      throw new Problem('authentication_required', 'Send an API key as "Authorization: Bearer <key>"');
    }
    const key = await lookUp(match[1]);
    if (!key) {
      await failures.failed(address);
      throw new Problem('invalid_api_key', 'The API key is not known or has been revoked');
    }
    req.apiKey = key;
    next();
  };
}

export function requirePermission(permission: Permission): RequestHandler {
  return (req, _res, next) => {
    if (!req.apiKey || !allows(req.apiKey.role, permission)) {
      throw new Problem('forbidden', `The role ${req.apiKey?.role ?? 'anonymous'} may not do this (${permission})`);
    }
    next();
  };
}

export function actorOf(req: Request): Actor {
  const key = req.apiKey!;
  return { id: key.id, name: key.name, role: key.role };
}

/**
 * Seller isolation: a frontend key acts only for its own client's sellers. To it another client's
 * seller, and everything of that seller, does not exist (404, the same as an unknown ID), so IDs
 * cannot be probed. Reviewers, regulators and admins are not scoped by client.
 */
export function seesClient(req: Request, clientId: string | null | undefined): boolean {
  const key = req.apiKey!;
  return key.role !== 'onboarding_frontend' || clientId === key.clientId;
}

export async function assertSellerVisible(db: Db, req: Request, sellerId: string, what: string): Promise<void> {
  if (req.apiKey!.role !== 'onboarding_frontend') return;
  const seller = await db('sellers').where({ id: sellerId }).first('client_id');
  if (!seller || !seesClient(req, seller.client_id)) throw notFound(what);
}
