/**
 * The console's one way to the API, typed by the API's own contract (api-schema.ts, generated from
 * /openapi.json): a path names its route template, and the answer has that route's type. The key
 * lives in this closure only (never in storage), so a reload or a closed tab signs the reviewer out.
 * Errors arrive as problem+json and are kept whole, so forms can show each field's message.
 */
import type { components, paths } from './api-schema';

export type Problem = components['schemas']['Problem'];
export type FieldError = NonNullable<Problem['errors']>[number];

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

type Json<R> = R extends { content: { 'application/json': infer T } } ? T : never;
/** The JSON a route answers with on success (any 2xx it declares). */
export type Answer<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends { responses: infer R } ? Json<R[keyof R & (200 | 201 | 202)]> : never;
export type RequestBody<P extends keyof paths> = paths[P]['post'] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

type GetPath = { [P in keyof paths]: paths[P]['get'] extends { responses: unknown } ? P : never }[keyof paths];
type PostPath = { [P in keyof paths]: paths[P]['post'] extends { responses: unknown } ? P : never }[keyof paths];
type PathParams = Record<string, string>;
type Query = Record<string, string | undefined> | URLSearchParams;

export type Me = Answer<'/v1/me', 'get'>;
export type ReviewTask = Answer<'/v1/review-tasks/{id}', 'get'>;
/** An application as recorded (GET answers a bare status for one accepted a moment ago). */
export type Application = Extract<Answer<'/v1/applications/{id}', 'get'>, { requirements: unknown }>;
export type Check = Application['checks'][number];

export interface Api {
  get<P extends GetPath>(path: P, params?: PathParams, query?: Query): Promise<Answer<P, 'get'>>;
  post<P extends PostPath>(path: P, params?: PathParams, body?: RequestBody<P>): Promise<Answer<P, 'post'>>;
}

/** `/v1/review-tasks/{id}` with `{ id }` and a query: the URL, each part encoded. */
export function urlOf(template: string, params: PathParams = {}, query?: Query): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = query instanceof URLSearchParams ? query : new URLSearchParams(Object.entries(query ?? {}).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
  return search.toString() ? `${path}?${search}` : path;
}

export function createApi(key: string): Api {
  async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
    const res = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (!res.ok)
      throw new ApiError(
        parsed?.code ? parsed : { type: 'about:blank', title: `${res.status} ${res.statusText}`, detail: `${res.status} ${res.statusText}`, status: res.status, code: 'internal_error' },
      );
    return parsed as T;
  }
  return {
    get: (path, params, query) => request('GET', urlOf(path, params, query)),
    post: (path, params, body) => request('POST', urlOf(path, params), body ?? {}),
  };
}

export const can = (me: Me, permission: Me['permissions'][number]) => me.permissions.includes(permission);
