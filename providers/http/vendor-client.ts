/**
 * One vendor's HTTP API as the http provider adapters use it: a base URL, a bearer API key, a
 * timeout per call and an Idempotency-Key per call, so that Temporal's retry of a call the vendor
 * already did is not a second (billable, or side-effecting) verification. Outages, timeouts, 5xx,
 * 429 and answers that do not parse are retryable: Temporal retries with backoff, then the check
 * goes to a reviewer. A 4xx means our request is wrong, and asking again will not help.
 */
import { ApplicationFailure } from '@temporalio/common';
import type { z } from 'zod';

export interface VendorEndpoint {
  /** The provider's name in evidence and callbacks, e.g. "http-identity". */
  name: string;
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
}

export class VendorUnavailableError extends Error {
  constructor(vendor: string, detail: string) {
    super(`${vendor}: ${detail}`);
    this.name = 'VendorUnavailableError';
  }
}

export class VendorClient {
  constructor(private readonly endpoint: VendorEndpoint) {}

  get name(): string {
    return this.endpoint.name;
  }

  async post<T extends z.ZodType>(path: string, body: unknown, idempotencyKey: string, answer: T): Promise<z.infer<T>> {
    const { name, baseUrl, apiKey, timeoutMs } = this.endpoint;
    let res: Response;
    try {
      res = await fetch(`${baseUrl.replace(/\/+$/, '')}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new VendorUnavailableError(name, timedOut ? `no answer within ${timeoutMs} ms` : `unreachable (${(err as Error).message})`);
    }
    // Vendor error bodies may echo what we sent (personal data): only the status is kept.
    if (res.status >= 500 || res.status === 429) throw new VendorUnavailableError(name, `answered ${res.status}`);
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
