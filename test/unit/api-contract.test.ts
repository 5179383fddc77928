/**
 * The route table is the API's one contract: each route once, its path parameters declared, its
 * problems registered, /openapi.json made from it, and the console's types made from /openapi.json.
 */
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { z } from 'zod';
import type { ApiDeps } from '../../api/deps';
import { mountRoutes } from '../../api/shared/mount';
import { errorHandler, Problem } from '../../api/shared/problem';
import { route } from '../../api/shared/route';
import { openApiDocument } from '../../api/openapi/document';
import { requestExamples } from '../../api/openapi/request-examples';
import { routes } from '../../api/routes';
import { problemTypes } from '../../api/shared/problem-types';
import { refusals } from '../../domain/shared/refusals';

describe('the route table', () => {
  it('declares each method and path once', () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('shows a valid example body for every JSON body, one its own schema accepts', () => {
    const jsonRoutes = routes.filter((r) => r.body && !('multipart' in r.body));
    expect(Object.keys(requestExamples).sort()).toEqual(jsonRoutes.map((r) => `${r.method} ${r.path}`).sort());
    for (const r of jsonRoutes) {
      const schema = 'json' in r.body! ? r.body.json : 'signedJson' in r.body! ? r.body.signedJson : undefined;
      const parsed = schema!.safeParse(requestExamples[`${r.method} ${r.path}`]);
      expect({ route: `${r.method} ${r.path}`, issues: parsed.error?.issues ?? [] }).toEqual({ route: `${r.method} ${r.path}`, issues: [] });
    }
  });

  it('declares every path parameter its template names, and no other', () => {
    for (const r of routes) {
      const named = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ route: r.path, params: Object.keys(r.params?.shape ?? {}).sort() }).toEqual({ route: r.path, params: named });
    }
  });

  it('answers every workflow refusal as a registered 409 problem', () => {
    for (const refusal of refusals) expect({ refusal, status: problemTypes[refusal]?.status }).toEqual({ refusal, status: 409 });
  });

  it('is what /openapi.json documents, with each problem code under its status', () => {
    const document = openApiDocument() as unknown as { paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>> };
    for (const r of routes) {
      const operation = document.paths[r.path]?.[r.method];
      expect({ route: `${r.method} ${r.path}`, documented: Boolean(operation) }).toEqual({ route: `${r.method} ${r.path}`, documented: true });
      for (const code of r.problems) expect(operation.responses[String(problemTypes[code].status)].description).toContain(`\`${code}\``);
    }
    // Besides the route table: /metrics, whose answer is Prometheus text (api/operations/metrics.ts).
    expect(document.paths['/metrics']?.get).toBeDefined();
    expect(Object.values(document.paths).reduce((n, methods) => n + Object.keys(methods).length, 0)).toBe(routes.length + 3); // and GET /metrics, POST /codec/decode and /codec/encode
  });

  it('gives the console types generated from /openapi.json', () => {
    const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/console-api-types.ts', '--check'], { encoding: 'utf8' });
    expect({ status: check.status, stderr: check.stderr.trim() }).toEqual({ status: 0, stderr: '' });
  });
});

describe('the contract check the tests run under', () => {
  const answer = z.object({ ok: z.literal(true) });
  const probes = [
    route({ method: 'get', path: '/kept', summary: 'keeps its word', access: 'open', responses: { 200: { description: 'ok', schema: answer } }, problems: ['resource_not_found'] }).handle(
      async () => ({
        status: 200,
        body: { ok: true as const },
      }),
    ),
    // Each of these breaks its declaration at run time, as a drifted handler would.
    route({ method: 'get', path: '/wrong-body', summary: 'answers another shape', access: 'open', responses: { 200: { description: 'ok', schema: answer } }, problems: [] }).handle(async () => ({
      status: 200,
      body: { ok: 'yes' } as unknown as { ok: true },
    })),
    route({ method: 'get', path: '/unlisted-problem', summary: 'answers a problem it does not list', access: 'open', responses: { 200: { description: 'ok', schema: answer } }, problems: [] }).handle(
      async () => {
        throw new Problem('appeal_window_closed');
      },
    ),
    route({
      method: 'get',
      path: '/listed-problem',
      summary: 'answers a problem it lists',
      access: 'open',
      responses: { 200: { description: 'ok', schema: answer } },
      problems: ['resource_not_found'],
    }).handle(async () => {
      throw new Problem('resource_not_found', 'The probe was not found');
    }),
  ];
  let base: string;
  let close: () => void;

  beforeAll(async () => {
    const deps = { config: { RATE_LIMIT_PER_MINUTE: 60, DOCUMENT_MAX_BYTES: 1000 }, logger: pino({ level: 'silent' }) } as unknown as ApiDeps;
    const app = express();
    const router = express.Router();
    mountRoutes(router, probes, deps, { checkContract: true });
    app.use(router);
    app.use(errorHandler(() => undefined));
    const server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const get = async (path: string) => {
    const res = await fetch(base + path);
    return { status: res.status, body: await res.json() };
  };

  it('lets a declared answer and a listed problem through', async () => {
    expect(await get('/kept')).toEqual({ status: 200, body: { ok: true } });
    expect(await get('/listed-problem')).toMatchObject({ status: 404, body: { code: 'resource_not_found', title: 'Not found', detail: 'The probe was not found' } });
  });

  it('answers 500 naming the breach for a body its schema refuses', async () => {
    expect(await get('/wrong-body')).toMatchObject({ status: 500, body: { code: 'internal_error', detail: expect.stringContaining('GET /wrong-body answered 200 with a body its schema refuses') } });
  });

  it('answers 500 naming the breach for a problem the route does not list', async () => {
    expect(await get('/unlisted-problem')).toMatchObject({ status: 500, body: { code: 'internal_error', detail: 'GET /unlisted-problem answered appeal_window_closed, which it does not list' } });
  });
});
