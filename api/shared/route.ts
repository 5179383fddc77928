/**
 * A route, declared once: its path, who may call it, its request parts, its responses and the
 * problems it may answer, all as zod schemas, and its handler. The Express routes
 * (api/shared/mount.ts) and /openapi.json (api/openapi/document.ts) are both made from these
 * declarations, so the contract cannot drift from the code: the compiler holds each handler to its
 * response schemas, and in tests every answer is checked against them.
 */
import type { Request, Response } from 'express';
import type { z } from 'zod';
import type { Permission } from '../access/authorization';
import type { ApiDeps } from '../deps';
import type { ProblemCode } from './problem-types';

/**
 * Who may call: an API key holding a permission; `key` any valid API key; `signed` a vendor that
 * signs the body (the handler checks the signature); `open` anyone (operations endpoints).
 */
export type Access = { permission: Permission } | 'key' | 'signed' | 'open';

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/**
 * How the body arrives: JSON, checked before the handler (or, with `checkedBy: 'handler'`, checked
 * by the handler against the one of the documented shapes the resource calls for); multipart; or the
 * raw bytes of a signed JSON body, which the handler checks once the signature holds.
 */
export type BodySpec = { json: z.ZodType; checkedBy?: 'handler' } | { multipart: ObjectSchema; file: string } | { signedJson: z.ZodType };

export interface ResponseSpec {
  description: string;
  schema: z.ZodType;
  /** Response headers worth documenting (Location, Retry-After). */
  headers?: Record<string, string>;
}

type Responses = Record<number, ResponseSpec>;

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;
type BodyOut<B> = B extends { checkedBy: 'handler' }
  ? unknown
  : B extends { json: infer S }
    ? Out<S>
    : B extends { multipart: infer S }
      ? Out<S>
      : B extends { signedJson: z.ZodType }
        ? Buffer
        : undefined;

export interface Call<P, Q, H, B> {
  params: Out<P>;
  query: Out<Q>;
  headers: Out<H>;
  body: BodyOut<B>;
  req: Request;
  res: Response;
}

/** A reply in one of the declared responses, typed by its schema. */
export type Reply<R extends Responses> = {
  [S in keyof R & number]: { status: S; body: z.input<R[S]['schema']>; location?: string; headers?: Record<string, string> };
}[keyof R & number];

export interface RouteSpec<P, Q, H, B, R extends Responses> {
  method: 'get' | 'post';
  /** The OpenAPI form, e.g. `/v1/applications/{id}`. */
  path: string;
  summary: string;
  description?: string;
  access: Access;
  params?: P;
  query?: Q;
  headers?: H;
  body?: B;
  responses: R;
  /** The problems this route answers beyond those every route of its kind may (authentication, validation, outages). */
  problems: readonly ProblemCode[];
}

export type Handler<P, Q, H, B, R extends Responses> = (call: Call<P, Q, H, B>, deps: ApiDeps) => Promise<Reply<R>>;

/** A route as the table holds it, its types erased. */
export interface Route {
  method: 'get' | 'post';
  path: string;
  summary: string;
  description?: string;
  access: Access;
  params?: ObjectSchema;
  /** An object schema, or one piped through a transform (its input object is what OpenAPI shows). */
  query?: z.ZodType;
  headers?: ObjectSchema;
  body?: BodySpec;
  responses: Responses;
  problems: readonly ProblemCode[];
  /** Called by the mount with the request parts its schemas checked. */
  handle(
    call: { params: unknown; query: unknown; headers: unknown; body: unknown; req: Request; res: Response },
    deps: ApiDeps,
  ): Promise<{ status: number; body: unknown; location?: string; headers?: Record<string, string> }>;
}

/**
 * `route({ ...declaration }).handle(async (call, deps) => reply)`: declared first, so the handler is
 * typed by the declaration (its parsed request parts, and one of its declared replies).
 */
export function route<
  P extends ObjectSchema | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  H extends ObjectSchema | undefined = undefined,
  B extends BodySpec | undefined = undefined,
  const R extends Responses = Responses,
>(spec: RouteSpec<P, Q, H, B, R>): { handle(handler: Handler<P, Q, H, B, R>): Route } {
  return { handle: (handler) => ({ ...spec, handle: handler }) as unknown as Route };
}

/** The problems a route answers whatever it does, from how it is called. */
export function implicitProblems(r: Route): ProblemCode[] {
  const codes: ProblemCode[] = ['internal_error', 'database_unavailable'];
  if (r.access !== 'open' && r.access !== 'signed') codes.push('authentication_required', 'invalid_api_key', 'rate_limited');
  if (typeof r.access === 'object') codes.push('forbidden');
  if (r.params || r.query || r.headers || r.body) codes.push('validation_error');
  if (r.body && ('json' in r.body || 'signedJson' in r.body)) codes.push('malformed_json', 'malformed_body', 'unsupported_content_encoding', 'payload_too_large');
  return codes;
}
