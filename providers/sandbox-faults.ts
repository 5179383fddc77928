/**
 * The "fails N times, then succeeds" magic value shared by the sandbox providers: a value that
 * contains FAIL<N>X makes the first N calls for the same idempotency key throw a retryable error.
 */
const attempts = new Map<string, number>();

export class SandboxTransientError extends Error {
  constructor(provider: string, attempt: number) {
    super(`${provider} sandbox: simulated outage (attempt ${attempt})`);
    this.name = 'SandboxTransientError';
  }
}

export function maybeFail(provider: string, value: string, idempotencyKey: string): void {
  const m = value.match(/FAIL(\d)X/i);
  if (!m) return;
  const key = `${provider}:${idempotencyKey}`;
  const attempt = (attempts.get(key) ?? 0) + 1;
  attempts.set(key, attempt);
  if (attempt <= Number(m[1])) throw new SandboxTransientError(provider, attempt);
}
