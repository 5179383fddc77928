/**
 * The EU DSA Transparency Database's API, as its documentation describes it (transparency-database
 * repository, resources/views/api.blade.php): a bearer token; POST /api/v1/statements creates 1 to
 * 100 statements, all or none, and answers 201 with them; a 422 carries the errors indexed per
 * statement ("statement_<i>"), or {puid, existing_puids} when a puid is taken; GET
 * /api/v1/statement/existing-puid/{puid} answers 302 when a statement has the puid and 404 when none
 * does. 401 is a token the database does not accept. Outages, timeouts, 429 and 5xx are retryable
 * (a 429's Retry-After sets the next attempt); a 4xx other than 422 is our mistake and is not.
 */
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import type { TdbErrors } from '../../domain/enforcement/transparency-validation';
import { callSignal } from '../http/call-signal';

export interface TransparencyDatabaseEndpoint {
  baseUrl: string;
  token: string;
  timeoutMs: number;
}

export type SubmissionAnswer = { kind: 'created'; uuids: Record<string, string | null> } | { kind: 'invalid'; errors: Record<number, TdbErrors> } | { kind: 'puids_taken'; puids: string[] };

export class TransparencyDatabaseUnavailableError extends Error {
  constructor(detail: string) {
    super(`transparency database: ${detail}`);
    this.name = 'TransparencyDatabaseUnavailableError';
  }
}

const created = z.object({ statements: z.array(z.looseObject({ puid: z.string(), uuid: z.string().optional() })) });
const refused = z.object({
  message: z.string().optional(),
  errors: z.record(z.string(), z.unknown()),
});
const fieldErrors = z.record(z.string(), z.array(z.string()));

export class TransparencyDatabaseClient {
  constructor(private readonly endpoint: TransparencyDatabaseEndpoint) {}

  private async call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const { baseUrl, token, timeoutMs } = this.endpoint;
    let res: Response;
    try {
      res = await fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        // The existing-puid answer is a 302 without a Location: it is the answer, not a redirect.
        redirect: 'manual',
        signal: callSignal(timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new TransparencyDatabaseUnavailableError(timedOut ? `no answer within ${timeoutMs} ms` : `unreachable (${(err as Error).message})`);
    }
    const text = await res.text();
    if (res.status === 429) {
      const after = Number(res.headers.get('retry-after'));
      throw ApplicationFailure.create({
        type: 'TransparencyDatabaseRateLimited',
        message: 'transparency database: rate limited (429)',
        nextRetryDelay: Number.isFinite(after) && after > 0 ? `${after} seconds` : undefined,
      });
    }
    if (res.status >= 500) throw new TransparencyDatabaseUnavailableError(`answered ${res.status}`);
    if (res.status === 401 || res.status === 403)
      throw ApplicationFailure.create({ nonRetryable: true, type: 'TransparencyDatabaseUnauthorised', message: `transparency database: the token was refused (${res.status})` });
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json };
  }

  /** Sends one batch (1 to 100 statements). */
  async submit(statements: Array<Record<string, unknown> & { puid: string }>): Promise<SubmissionAnswer> {
    const { status, json } = await this.call('POST', '/api/v1/statements', { statements });
    if (status === 201 || status === 200) {
      // Created: a body we cannot read changes nothing about that, only the UUIDs are unknown.
      const parsed = created.safeParse(json);
      const uuids: Record<string, string | null> = Object.fromEntries(statements.map((s) => [s.puid, null]));
      if (parsed.success) for (const s of parsed.data.statements) if (s.puid in uuids) uuids[s.puid] = s.uuid ?? null;
      return { kind: 'created', uuids };
    }
    if (status === 422) {
      const body = refused.safeParse(json);
      if (!body.success) throw new TransparencyDatabaseUnavailableError('answered 422 in an unexpected shape');
      const { errors } = body.data;
      if (Array.isArray(errors.existing_puids)) return { kind: 'puids_taken', puids: errors.existing_puids.map(String) };
      const perStatement: Record<number, TdbErrors> = {};
      for (const [key, value] of Object.entries(errors)) {
        const index = /^statement_(\d+)$/.exec(key);
        const fields = fieldErrors.safeParse(value);
        if (index && fields.success) perStatement[Number(index[1])] = fields.data;
      }
      if (Object.keys(perStatement).length > 0) return { kind: 'invalid', errors: perStatement };
      throw ApplicationFailure.create({
        nonRetryable: true,
        type: 'TransparencyDatabaseRefusedBatch',
        message: `transparency database: refused the batch (${body.data.message ?? Object.keys(errors).join(', ')})`,
      });
    }
    throw ApplicationFailure.create({ nonRetryable: true, type: 'TransparencyDatabaseRefusedBatch', message: `transparency database: refused the batch with ${status}` });
  }

  /** Whether a statement with this puid is in the database already (an earlier send whose answer was lost). */
  async exists(puid: string): Promise<boolean> {
    const { status } = await this.call('GET', `/api/v1/statement/existing-puid/${encodeURIComponent(puid)}`);
    if (status === 302) return true;
    if (status === 404) return false;
    throw new TransparencyDatabaseUnavailableError(`answered ${status} to the puid lookup`);
  }
}
