/**
 * Errors as RFC 9457 problem+json with a stable `code` (and `type` derived from it). Validation
 * errors list every field. Infrastructure outages are 503 with Retry-After; anything unexpected is
 * a 500 that says nothing about internals (the log has the detail, without personal data).
 */
import type { ErrorRequestHandler, Response } from 'express';
import { z } from 'zod';

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new Problem(404, 'resource_not_found', `${what} was not found`);

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

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, where: 'body' | 'query' | 'path' | 'header' = 'body'): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = fieldErrors(result.error, where === 'body' ? [] : [where]);
  throw new Problem(400, 'validation_error', `The request ${where} is not valid: ${errors.length} field(s) to fix`, { errors });
}

export function sendProblem(res: Response, problem: Problem, instance?: string): void {
  if (problem.extra.retryAfterSeconds) res.set('Retry-After', String(problem.extra.retryAfterSeconds));
  res
    .status(problem.status)
    .type('application/problem+json')
    .json({
      type: `urn:sellergate:problem:${problem.code}`,
      title: problem.message,
      status: problem.status,
      code: problem.code,
      ...(instance ? { instance } : {}),
      ...(problem.extra.errors ? { errors: problem.extra.errors } : {}),
    });
}

const databaseErrorCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; name?: string; message?: string };
  return e?.name === 'KnexTimeoutError' || (e?.code !== undefined && databaseErrorCodes.has(e.code)) || /Connection terminated|connect ECONNREFUSED/.test(e?.message ?? '');
}

export const databaseUnavailable = () => new Problem(503, 'database_unavailable', 'The database is unavailable; retry later', { retryAfterSeconds: 5 });
export const temporalUnavailable = () => new Problem(503, 'temporal_unavailable', 'The workflow service is unavailable; retry later', { retryAfterSeconds: 5 });

export function errorHandler(log: (err: unknown, req: { method: string; path: string }) => void): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let problem: Problem;
    if (err instanceof Problem) problem = err;
    else if (err?.type === 'entity.parse.failed') problem = new Problem(400, 'malformed_json', 'The request body is not valid JSON');
    else if (err?.type === 'entity.too.large') problem = new Problem(413, 'payload_too_large', 'The request body is too large');
    else if (isDatabaseUnavailable(err)) problem = databaseUnavailable();
    else {
      log(err, req);
      problem = new Problem(500, 'internal_error', 'Something went wrong on our side');
    }
    sendProblem(res, problem, req.originalUrl);
  };
}
