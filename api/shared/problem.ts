/**
 * Errors as RFC 9457 problem+json: `type` and `code` name the problem (api/shared/problem-types.ts),
 * `title` is the type's, `detail` says what this occurrence is about. Validation errors list every
 * field. Only a database or Temporal that cannot be reached is a 503 with Retry-After; anything
 * unexpected is a 500 that says nothing about internals (the log has the detail, without personal data).
 */
import type { ErrorRequestHandler, Response } from 'express';
import { z } from 'zod';
import type { Refusal } from '../../domain/shared/refusals';
import { problemTypes, type ProblemCode } from './problem-types';

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

// Every refusal a workflow can answer is a registered problem (a compile-time check).
const _refusalsAreProblems: Record<Refusal, unknown> = problemTypes;
void _refusalsAreProblems;

export class Problem extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    readonly detail: string = problemTypes[code].title,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(detail);
    this.status = problemTypes[code].status;
  }
}

export const notFound = (what: string) => new Problem('resource_not_found', `${what} was not found`);

/** One or more fields of the request are wrong, each named with what to fix. */
export const invalidFields = (errors: FieldError[], where = 'body') => new Problem('validation_error', `The request ${where} is not valid: ${errors.length} field(s) to fix`, { errors });
export const invalidField = (path: string, code: string, message: string) => invalidFields([{ path, code, message }]);

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
}

export function fieldErrors(error: z.ZodError, prefix: PropertyKey[] = []): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [...prefix, ...issue.path];
    // An unknown field is reported at the field itself, not at the object around it.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ path: pathOf([...base, k]), code: 'unknown_field', message: 'is not a known field' }));
    }
    return [{ path: pathOf(base) || '(body)', code: issue.code, message: issue.message }];
  });
}

export type RequestPart = 'body' | 'query' | 'path' | 'header';

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: RequestPart = 'body'): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw invalidFields(fieldErrors(result.error, where === 'body' ? [] : [where]), where);
}

export function problemBody(problem: Problem, instance?: string) {
  return {
    type: `urn:sellergate:problem:${problem.code}`,
    title: problemTypes[problem.code].title,
    status: problem.status,
    code: problem.code,
    detail: problem.detail,
    ...(instance ? { instance } : {}),
    ...(problem.extra.errors ? { errors: problem.extra.errors } : {}),
  };
}

export function sendProblem(res: Response, problem: Problem, instance?: string): void {
  if (problem.extra.retryAfterSeconds) res.set('Retry-After', String(problem.extra.retryAfterSeconds));
  res.status(problem.status).type('application/problem+json').json(problemBody(problem, instance));
}

// Connection refused, reset or timed out, and Postgres's "cannot connect now" / connection-exception classes.
const databaseErrorCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; name?: string; message?: string };
  return e?.name === 'KnexTimeoutError' || (e?.code !== undefined && databaseErrorCodes.has(e.code)) || /Connection terminated|connect ECONNREFUSED/.test(e?.message ?? '');
}

export const databaseUnavailable = () => new Problem('database_unavailable', undefined, { retryAfterSeconds: 5 });
export const temporalUnavailable = () => new Problem('temporal_unavailable', undefined, { retryAfterSeconds: 5 });

/** What an error thrown while handling a request answers; `unexpected` is called for a 500, to log it. */
export function problemFor(err: unknown, unexpected: (err: unknown) => void): Problem {
  if (err instanceof Problem) return err;
  const e = err as { type?: string; cause?: unknown };
  if (e?.type === 'entity.parse.failed') return new Problem('malformed_json');
  if (e?.type === 'entity.too.large') return new Problem('payload_too_large');
  // body-parser: an encoding it does not know (415), or a body its encoding does not decode (zlib's errors).
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported')
    return new Problem('unsupported_content_encoding', `The Content-Encoding or charset is not supported: use identity, gzip, deflate or br, and UTF-8`);
  if (typeof (e as { code?: unknown })?.code === 'string' && /^Z_/.test((e as { code: string }).code)) return new Problem('malformed_body', 'The body does not decode with its Content-Encoding');
  if (isDatabaseUnavailable(err) || isDatabaseUnavailable(e?.cause)) return databaseUnavailable();
  unexpected(err);
  return new Problem('internal_error');
}

export function errorHandler(log: (err: unknown, req: { method: string; path: string }) => void): ErrorRequestHandler {
  return (err, req, res, _next) => {
    sendProblem(
      res,
      problemFor(err, (e) => log(e, req)),
      req.originalUrl,
    );
  };
}
