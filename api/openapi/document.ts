/**
 * /openapi.json, generated from the route table: each route's request parts and responses are the
 * zod schemas that check them, and its problems are listed per status from the problem registry.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { routes } from '../routes';
import { problemTypes, type ProblemCode } from '../shared/problem-types';
import { implicitProblems, type Route } from '../shared/route';
import { requestExamples } from './request-examples';
import { codecPayloads } from '../operations/codec';

const problem = z
  .object({
    type: z.string().meta({ description: 'urn:sellergate:problem:<code>' }),
    title: z.string().meta({ description: "the problem type's title, the same for every occurrence" }),
    status: z.number().int(),
    code: z.enum(Object.keys(problemTypes) as [ProblemCode, ...ProblemCode[]]),
    detail: z.string().meta({ description: 'what this occurrence is about' }),
    instance: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'each field to fix (validation_error)' }),
  })
  .meta({ id: 'Problem' });

/** The route's problems grouped by status, each status one response naming its codes. */
function problemResponses(r: Route): RouteConfig['responses'] {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of new Set([...implicitProblems(r), ...r.problems])) {
    const status = problemTypes[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      status,
      {
        description: codes.map((c) => `\`${c}\`: ${problemTypes[c].title}`).join('; '),
        ...(status === 503 || status === 429 ? { headers: { 'Retry-After': { description: 'seconds', schema: { type: 'integer' as const } } } } : {}),
        content: { 'application/problem+json': { schema: problem } },
      },
    ]),
  );
}

function requestBody(r: Route): RouteConfig['request'] {
  const request: NonNullable<RouteConfig['request']> = {};
  if (r.params) request.params = r.params;
  if (r.query) request.query = (r.query instanceof z.ZodPipe ? r.query.in : r.query) as z.ZodObject;
  if (r.headers) request.headers = r.headers;
  // A missing JSON body is read as {} (api/shared/mount.ts), so a body is optional exactly where {} is valid.
  const example = requestExamples[`${r.method} ${r.path}`];
  const json = (schema: z.ZodType, required: boolean) => ({ required, content: { 'application/json': { schema, ...(example === undefined ? {} : { example }) } } });
  if (r.body && 'json' in r.body) request.body = json(r.body.json, !r.body.json.safeParse({}).success);
  if (r.body && 'signedJson' in r.body) request.body = json(r.body.signedJson, true);
  if (r.body && 'multipart' in r.body)
    request.body = { required: true, content: { 'multipart/form-data': { schema: r.body.multipart.extend({ [r.body.file]: z.string().meta({ format: 'binary' }) }) } } };
  return request;
}

export function openApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'API key' });
  for (const r of routes) {
    const access = r.access;
    registry.registerPath({
      method: r.method,
      path: r.path,
      summary: r.summary,
      description: [r.description, typeof access === 'object' ? `Permission: \`${access.permission}\`.` : undefined].filter(Boolean).join(' ') || undefined,
      ...(access === 'open' || access === 'signed' ? {} : { security: [{ apiKey: [] }] }),
      request: requestBody(r),
      responses: {
        ...Object.fromEntries(
          Object.entries(r.responses).map(([status, spec]) => [
            status,
            {
              description: spec.description,
              ...(spec.headers ? { headers: Object.fromEntries(Object.entries(spec.headers).map(([name, description]) => [name, { description, schema: { type: 'string' as const } }])) } : {}),
              content: { 'application/json': { schema: spec.schema } },
            },
          ]),
        ),
        ...problemResponses(r),
      },
    });
  }
  // Not in the route table: its answer is Prometheus text, not JSON (api/operations/metrics.ts).
  registry.registerPath({
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics: request latency by route, review queues and SLAs, failing deliveries, sanctions list age, process figures',
    description: 'With METRICS_TOKEN set, send it as a bearer token.',
    responses: {
      200: { description: 'the Prometheus text exposition format', content: { 'text/plain': { schema: z.string() } } },
      401: { description: '`authentication_required`: METRICS_TOKEN is set and was not sent', content: { 'application/problem+json': { schema: problem } } },
    },
  });
  // Not in the route table either: the Temporal UI's codec server protocol (api/operations/codec.ts), with
  // the problems of an authenticated JSON route that needs a permission.
  const codecRoute = { method: 'post', access: { permission: 'codec:decode' }, body: { json: codecPayloads }, problems: [] } as unknown as Route;
  const codecExample = { payloads: [{ metadata: { encoding: 'anNvbi9wbGFpbg==' }, data: 'eyJoZWxsbyI6IndvcmxkIn0=' }] };
  for (const [op, summary] of [
    ['decode', 'Temporal UI codec server: decrypt payloads for an operator (audited)'],
    ['encode', 'Temporal UI codec server: encrypt payloads'],
  ] as const) {
    registry.registerPath({
      method: 'post',
      path: `/codec/${op}`,
      summary,
      description: 'Permission: `codec:decode`. Payloads not marked `binary/encrypted` come back as sent.',
      security: [{ apiKey: [] }],
      request: { body: { required: true, content: { 'application/json': { schema: codecPayloads, example: codecExample } } } },
      responses: { 200: { description: 'the payloads, decoded or encoded, in the same order', content: { 'application/json': { schema: codecPayloads } } }, ...problemResponses(codecRoute) },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Sellergate API', version: '1', description: 'Seller onboarding and governance. Errors are application/problem+json (RFC 9457), with a stable `code`.' },
    servers: [{ url: '/' }],
  });
}
