/**
 * The console's one way to the API. The key lives in this closure only (never in storage), so a
 * reload or a closed tab signs the reviewer out. Errors arrive as problem+json and are kept whole,
 * so forms can show each field's message.
 */
export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

export interface Me {
  id: string;
  name: string;
  role: string;
  permissions: string[];
}

export interface Api {
  get<T = any>(path: string): Promise<T>;
  post<T = any>(path: string, body?: unknown): Promise<T>;
}

export function createApi(key: string): Api {
  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(path, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new ApiError(parsed?.code ? parsed : { type: 'about:blank', title: `${res.status} ${res.statusText}`, status: res.status, code: 'http_error' });
    return parsed as T;
  }
  return { get: (path) => request('GET', path), post: (path, body) => request('POST', path, body ?? {}) };
}

export const can = (me: Me, permission: string) => me.permissions.includes(permission);
