/**
 * One vendor's HTTP API as the provider adapters use it: a base URL, an API key (bearer, or HTTP
 * basic as Companies House asks), a timeout per call, an Idempotency-Key on every POST (so that
 * Temporal's retry of a call the vendor already did is not a second, billable or side-effecting,
 * verification) and, where the vendor publishes one, its rate limit.
 *
 * Outages, timeouts, 5xx and answers that do not parse are retryable: Temporal retries with backoff,
 * then the check goes to a reviewer. A 429 is retried after the vendor's Retry-After (Temporal's
 * `nextRetryDelay`), and so is a call our own limit holds back. A 4xx means our request is wrong, and
 * asking again will not help; a GET's 404 is an answer ("no such record"), given back as `null`.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';
import { RateWindow } from './rate-window';
import { callSignal } from './call-signal';

export interface VendorEndpoint {
  /** The provider's name in evidence and callbacks, e.g. "http-identity". */
  name: string;
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  /** `basic`: the key is the user name of HTTP basic auth, with no password (Companies House); `none`: a public API (VIES). */
  auth?: 'bearer' | 'basic' | 'none' | { header: string };
  /** The vendor's published limit, kept per worker process. */
  rateLimit?: { requests: number; windowMs: number };
}

export class VendorUnavailableError extends Error {
  constructor(vendor: string, detail: string) {
    super(`${vendor}: ${detail}`);
    this.name = 'VendorUnavailableError';
  }
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 section 10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Companies House: `X-Ratelimit-Reset` is when the window ends, in Unix seconds. */
export function rateLimitResetMs(header: string | null, now = Date.now()): number | undefined {
  const at = Number(header);
  return header && Number.isFinite(at) && at > 0 ? Math.max(0, at * 1000 - now) : undefined;
}

const rateLimited = (vendor: string, detail: string, delayMs: number) =>
  ApplicationFailure.create({ type: 'VendorRateLimited', message: `${vendor}: ${detail}`, nextRetryDelay: Math.max(1000, Math.ceil(delayMs)) });

export class VendorClient {
  private readonly window?: RateWindow;

  constructor(private readonly endpoint: VendorEndpoint) {
    if (endpoint.rateLimit) this.window = new RateWindow(endpoint.rateLimit.requests, endpoint.rateLimit.windowMs);
  }

  get name(): string {
    return this.endpoint.name;
  }

  async post<T extends z.ZodType>(path: string, body: unknown, idempotencyKey: string, answer: T): Promise<z.infer<T>> {
    return (await this.call('POST', path, answer, { body, idempotencyKey }))!;
  }

  /** A record by its path; `null` when the vendor answers 404 (it has no such record). */
  async get<T extends z.ZodType>(path: string, answer: T): Promise<z.infer<T> | null> {
    return this.call('GET', path, answer, { notFoundIsAnswer: true });
  }

  private authorization(): Record<string, string> {
    const { auth = 'bearer', apiKey } = this.endpoint;
    if (auth === 'none') return {};
    if (typeof auth === 'object') return { [auth.header]: apiKey };
    return { authorization: auth === 'basic' ? `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}` : `Bearer ${apiKey}` };
  }

  private async call<T extends z.ZodType>(
    method: 'GET' | 'POST',
    path: string,
    answer: T,
    options: { body?: unknown; idempotencyKey?: string; notFoundIsAnswer?: boolean },
  ): Promise<z.infer<T> | null> {
    const { name, baseUrl, timeoutMs } = this.endpoint;
    const wait = this.window?.take();
    if (wait) throw rateLimited(name, 'our share of its rate limit is used up', wait);
    let res: Response;
    try {
      res = await fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, {
        method,
        headers: {
          ...this.authorization(),
          accept: 'application/json',
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: callSignal(timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      const abandoned = (err as Error).name === 'AbortError';
      throw new VendorUnavailableError(name, timedOut ? `no answer within ${timeoutMs} ms` : abandoned ? 'call abandoned: the activity was cancelled' : `unreachable (${(err as Error).message})`);
    }
    // Vendor error bodies may echo what we sent (personal data): only the status is kept.
    if (res.status === 429) {
      const delay = retryAfterMs(res.headers.get('retry-after')) ?? rateLimitResetMs(res.headers.get('x-ratelimit-reset'));
      throw delay === undefined ? new VendorUnavailableError(name, 'answered 429') : rateLimited(name, 'answered 429', delay);
    }
    if (res.status >= 500) throw new VendorUnavailableError(name, `answered ${res.status}`);
    if (res.status === 404 && options.notFoundIsAnswer) return null;
    if (!res.ok) {
      throw ApplicationFailure.create({ nonRetryable: true, type: 'VendorRejectedRequest', message: `${name}: refused the request with ${res.status}` });
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new VendorUnavailableError(name, 'answered with something that is not JSON');
    }
    const parsed = answer.safeParse(json);
    if (!parsed.success) throw new VendorUnavailableError(name, `answered in an unexpected shape (${parsed.error.issues.map((i) => i.path.join('.') || '(body)').join(', ')})`);
    return parsed.data;
  }
}
