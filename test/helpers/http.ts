/** A small JSON client over real HTTP for the tests. */
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export async function call<T = any>(baseUrl: string, method: string, path: string, options: { key?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let body: string | undefined;
  if (options.raw !== undefined) body = options.raw;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

/**
 * Polls until the check passes; throws when the time is up, with the last value read, so a test
 * that waited for something that never happened fails here rather than on a later, vaguer assertion.
 */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() >= deadline) throw new Error(`waitFor: not done within ${timeoutMs} ms; last value: ${describe(value)}`);
    await new Promise((r) => setTimeout(r, 200));
    value = await read();
  }
  return value;
}

function describe(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_k, v) => (v instanceof Headers ? undefined : v));
    return text && text.length > 600 ? `${text.slice(0, 600)}...` : String(text);
  } catch {
    return String(value);
  }
}
