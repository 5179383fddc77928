/**
 * How a sandbox provider "answers later": after a delay it POSTs a signed callback to Sellergate's
 * own /v1/provider-callbacks/{provider}, exactly as a real vendor would, retrying a few times while
 * the API is not reachable. It runs inside the worker process; if that process stops first, the
 * answer is lost like a vendor outage would lose it, and the verification's timeout sends the
 * check to a reviewer.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { sign, SIGNATURE_HEADER } from '../domain/shared/webhook-signature';

export interface CallbackTarget {
  /** The API as providers reach it, e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  secret: string;
  delayMs: number;
}

export function postSignedCallback(target: Pick<CallbackTarget, 'baseUrl' | 'secret'>, provider: string, payload: unknown, nowSeconds = Math.floor(Date.now() / 1000)): Promise<Response> {
  const body = JSON.stringify(payload);
  return fetch(`${target.baseUrl}/v1/provider-callbacks/${provider}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: sign(target.secret, body, nowSeconds) },
    body,
    signal: AbortSignal.timeout(10_000),
  });
}

export function deliverLater(target: CallbackTarget, provider: string, payload: unknown, attempts = 5): void {
  const deliver = async () => {
    await sleep(target.delayMs);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const res = await postSignedCallback(target, provider, payload);
        if (res.ok || (res.status >= 400 && res.status < 500 && res.status !== 429)) return;
      } catch {
        /* the API is not up yet: try again */
      }
      await sleep(1000 * attempt);
    }
  };
  void deliver();
}
