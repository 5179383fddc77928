/**
 * Makes Express routes from the route table: authentication, rate limit and permission before the
 * body is read (an anonymous caller learns nothing about what the body should be), then the body
 * reader, then each request part checked against its schema, then the handler and its reply.
 *
 * With `checkContract` (the tests), every answer is held to its route's declaration: a status or
 * body the route does not declare, or a problem code it does not list, is logged and answered 500.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { actorOf } from '../access/auth';
import { allows } from '../access/authorization';
import { requestGuards } from '../access/limits';
import type { ApiDeps } from '../deps';
import { multipartBody, notMultipart } from './multipart';
import { invalidFields, parseOrThrow, Problem, problemFor, sendProblem } from './problem';
import { unstorableText } from './storable-text';
import type { ProblemCode } from './problem-types';
import { implicitProblems, type Route } from './route';

export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

export interface MountOptions {
  checkContract?: boolean;
}

/** A contract breach found while answering: logged, and answered as a 500. */
class ContractBreach extends Error {}

export function mountRoutes(router: Router, routes: readonly Route[], deps: ApiDeps, options: MountOptions = {}): void {
  const { authenticate, limit } = requestGuards(deps);
  // Invalid UTF-8 is refused, not turned into replacement characters: what is stored is what was sent.
  const json = express.json({ limit: '1mb', strict: true, verify: assertUtf8 });
  const raw = express.raw({ type: () => true, limit: '256kb' });

  for (const r of routes) {
    const chain: RequestHandler[] = [];
    if (r.access !== 'open' && r.access !== 'signed') chain.push(authenticate, limit);
    if (typeof r.access === 'object') chain.push(requires(r.access.permission));
    if (r.body && 'json' in r.body) chain.push(json);
    if (r.body && 'signedJson' in r.body) chain.push(raw);
    if (r.body && 'multipart' in r.body) chain.push(multipartBody(r.body.file, deps.config.DOCUMENT_MAX_BYTES));
    const declared = new Set<ProblemCode>([...implicitProblems(r), ...r.problems]);

    router[r.method](expressPath(r.path), ...chain, async (req: Request, res: Response, next: NextFunction) => {
      try {
        const call = {
          params: r.params ? parseOrThrow(r.params, req.params, 'path') : undefined,
          query: r.query ? (refuseUnstorable(req.query, 'query'), parseOrThrow(r.query, req.query, 'query')) : undefined,
          headers: r.headers ? parseOrThrow(r.headers, headersNamedIn(r.headers.shape, req), 'header') : undefined,
          body: readBody(r, req),
          req,
          res,
        };
        const reply = await r.handle(call, deps);
        if (options.checkContract) checkReply(r, reply);
        for (const [name, value] of Object.entries(reply.headers ?? {})) res.set(name, value);
        if (reply.location) res.location(reply.location);
        res.status(reply.status).json(reply.body);
      } catch (err) {
        if (options.checkContract && breaksContract(r, declared, err, req, res, deps)) return;
        next(err);
      }
    });
  }
}

/**
 * A known path asked with a method it does not take: 405 with the methods it does take in Allow
 * (RFC 9110 section 15.5.6), not the 404 of an unknown path. Mounted after every route.
 */
export function mountMethodNotAllowed(router: Router, routes: readonly Route[], extra: Record<string, string[]> = {}): void {
  const methods = new Map<string, Set<string>>();
  for (const r of routes) methods.set(expressPath(r.path), (methods.get(expressPath(r.path)) ?? new Set()).add(r.method.toUpperCase()));
  for (const [path, more] of Object.entries(extra)) methods.set(path, new Set([...(methods.get(path) ?? []), ...more]));
  for (const [path, allowed] of methods) {
    // GET answers HEAD too (Express does).
    const allow = [...allowed, ...(allowed.has('GET') ? ['HEAD'] : [])].sort().join(', ');
    router.all(path, (req, res) => {
      res.set('Allow', allow);
      throw new Problem('method_not_allowed', `${req.method} is not allowed here: ${allow}`);
    });
  }
}

function requires(permission: Parameters<typeof allows>[1]): RequestHandler {
  return (req, _res, next) => {
    if (!allows(req.apiKey!.role, permission)) throw new Problem('forbidden', `The role ${req.apiKey!.role} may not do this (${permission})`);
    next();
  };
}

/** Header names as the route documents them (`Idempotency-Key`), read case-insensitively. */
function headersNamedIn(shape: Record<string, unknown>, req: Request): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(shape).map((name) => [name, req.header(name)]));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function assertUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  try {
    utf8.decode(buf);
  } catch {
    throw new Problem('malformed_body', 'The body is not valid UTF-8');
  }
}

/** Text that could not be stored is refused before anything is accepted, naming each field. */
function refuseUnstorable(value: unknown, where: 'body' | 'query'): void {
  const errors = unstorableText(value, where === 'query' ? 'query' : '');
  if (errors.length > 0) throw invalidFields(errors, where);
}

function readBody(r: Route, req: Request): unknown {
  if (!r.body) return undefined;
  if ('json' in r.body) refuseUnstorable(req.body, 'body');
  if ('json' in r.body) return r.body.checkedBy === 'handler' ? (req.body ?? {}) : parseOrThrow(r.body.json, req.body ?? {});
  if ('signedJson' in r.body) return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (!req.is('multipart/form-data')) throw notMultipart();
  return parseOrThrow(r.body.multipart, { ...req.body });
}

function checkReply(r: Route, reply: { status: number; body: unknown }): void {
  const spec = r.responses[reply.status];
  if (!spec) throw new ContractBreach(`${r.method.toUpperCase()} ${r.path} answered ${reply.status}, which it does not declare`);
  const checked = spec.schema.safeParse(reply.body);
  if (!checked.success)
    throw new ContractBreach(
      `${r.method.toUpperCase()} ${r.path} answered ${reply.status} with a body its schema refuses: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
}

/** In tests: a problem the route does not list, or an answer it does not declare, is a breach (answered 500). */
function breaksContract(r: Route, declared: Set<ProblemCode>, err: unknown, req: Request, res: Response, deps: ApiDeps): boolean {
  const problem = err instanceof ContractBreach ? undefined : problemFor(err, () => undefined);
  if (problem && declared.has(problem.code)) return false;
  const breach = err instanceof ContractBreach ? err.message : `${r.method.toUpperCase()} ${r.path} answered ${problem!.code}, which it does not list`;
  deps.logger.error({ breach, requestId: req.requestId, keyId: req.apiKey ? actorOf(req).id : undefined }, 'API contract breach');
  sendProblem(res, new Problem('internal_error', breach), req.originalUrl);
  return true;
}
