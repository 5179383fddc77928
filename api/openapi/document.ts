/** The OpenAPI document, generated from the same zod schemas that validate requests. */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { applicationSubmissionSchema } from '../../domain/onboarding/application';
import { informationAnswerSchema } from '../../domain/onboarding/information-answer';
import { applicationStatuses } from '../../domain/onboarding/onboarding';
import { reviewDecisionSchema } from '../../domain/review/schemas';
import { appealDecisionSchema, appealRequestSchema } from '../../domain/appeals/schemas';
import { enforcementDecisionSchema } from '../../domain/enforcement/schemas';
import { metricsBatchSchema } from '../../domain/performance/metrics';
import { informCertificationSchema } from '../../domain/inform/schemas';
import { reportSchema } from '../../domain/investigations/schemas';
import { performanceReviewRequestSchema } from '../operations/admin';
import { documentFieldsSchema } from '../onboarding/documents';
import { callbackSchema } from '../onboarding/provider-callbacks';
import { adjudicationSchema } from '../review/review-tasks';
import { screeningRequestSchema } from '../screening/screenings';
import { applicationAccepted, idParam, json, problemResponses, security } from './common';
import { registerGovernancePaths } from './governance';
import { registerTrustPaths } from './trust';

export function openApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'API key' });

  registry.registerPath({
    method: 'post',
    path: '/v1/applications',
    summary: 'Submit a seller application',
    security,
    request: {
      headers: z.object({ 'Idempotency-Key': z.string().optional() }),
      body: { content: { 'application/json': { schema: applicationSubmissionSchema } } },
    },
    responses: { 202: json(applicationAccepted, 'accepted'), ...problemResponses(400, 401, 403, 409, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/applications/{id}',
    summary: 'An application with its requirements, checks, risk and decision',
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ id: z.string(), status: z.enum(applicationStatuses) }).passthrough(), 'the application'), ...problemResponses(401, 403, 404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/applications/{id}/information',
    summary: 'Answer a request for information: the changed fields; only the checks they touch run again',
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: informationAnswerSchema } } } },
    responses: { 202: json(applicationAccepted, 'accepted; verifying again'), ...problemResponses(400, 401, 403, 404, 409, 503) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/applications/{id}/withdraw',
    summary: 'Withdraw an application before it is decided',
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: z.object({ reason: z.string().optional() }) } } } },
    responses: { 200: json(applicationAccepted, 'withdrawn'), ...problemResponses(400, 401, 403, 404, 409, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/sellers/{id}',
    summary: 'A seller: status, capabilities and applications',
    security,
    request: { params: idParam },
    responses: {
      200: json(
        z
          .object({ id: z.string(), status: z.string(), capabilities: z.record(z.string(), z.boolean()), applications: z.array(z.object({ id: z.string(), status: z.string() }).passthrough()) })
          .passthrough(),
        'the seller',
      ),
      ...problemResponses(401, 403, 404),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/review-tasks',
    summary: 'Review tasks sorted by SLA due time, cursor-paged',
    security,
    request: {
      query: z.object({
        status: z.enum(['open', 'claimed', 'awaiting_second_review', 'decided', 'cancelled']).optional(),
        queue: z.string().optional(),
        kind: z.enum(['application', 'enforcement', 'appeal', 'investigation', 'inquiry']).optional(),
        assignee: z.string().optional(),
        risk: z.enum(['low', 'medium', 'high']).optional(),
        limit: z.number().int().min(1).max(200).optional(),
        cursor: z.string().optional(),
      }),
    },
    responses: { 200: json(z.object({ data: z.array(z.object({ id: z.string() }).passthrough()), nextCursor: z.string().nullable() }), 'a page'), ...problemResponses(400, 401, 403) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/review-tasks/{id}/claim',
    summary: 'Claim a review task',
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ id: z.string() }).passthrough(), 'claimed'), ...problemResponses(401, 403, 404, 409, 503) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/review-tasks/{id}/decision',
    summary: "Decide a claimed review task: an application's (approve, reject, request_information), an enforcement action's (confirm, decline) or an appeal's (uphold, overturn, modify)",
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: z.union([reviewDecisionSchema, enforcementDecisionSchema, appealDecisionSchema]) } } } },
    responses: {
      200: json(z.object({ id: z.string(), applicationStatus: z.string() }).passthrough(), 'decided'),
      202: json(z.object({ awaitingSecondReview: z.literal(true), applicationStatus: z.string() }).passthrough(), 'recorded as the first review; a second reviewer must confirm (four eyes)'),
      ...problemResponses(400, 401, 403, 404, 409, 503),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/screenings',
    summary: 'Screen a name against the sanctions lists (reviewers)',
    security,
    request: { body: { content: { 'application/json': { schema: screeningRequestSchema } } } },
    responses: {
      200: json(
        z.object({
          listVersion: z.string(),
          threshold: z.number(),
          matches: z.array(z.object({ entryId: z.string(), name: z.string(), score: z.number(), program: z.string() }).passthrough()),
        }),
        'matches sorted by score',
      ),
      ...problemResponses(400, 401, 403),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/review-tasks/{id}/adjudications',
    summary: "A reviewer's verdict on a screening match of a claimed task; a false positive is remembered for the subject and list entry",
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: adjudicationSchema } } } },
    responses: { 201: json(z.object({ id: z.string(), object: z.literal('screening_adjudication'), verdict: z.string() }).passthrough(), 'recorded'), ...problemResponses(400, 401, 403, 404, 409) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/applications/{id}/documents',
    summary: 'Upload a document (PDF, JPEG or PNG); the same file for the same purpose is the same document',
    security,
    request: {
      params: idParam,
      body: { content: { 'multipart/form-data': { schema: documentFieldsSchema.extend({ file: z.string().meta({ format: 'binary' }) }) } } },
    },
    responses: {
      201: json(z.object({ id: z.string(), object: z.literal('document'), sha256: z.string() }).passthrough(), 'stored'),
      200: json(z.object({ id: z.string(), object: z.literal('document') }).passthrough(), 'already stored'),
      ...problemResponses(400, 401, 403, 404, 409, 413, 415),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/provider-callbacks/{provider}',
    summary: "A vendor's later answer, signed in the Sellergate-Signature header (t=<unix seconds>,v1=<HMAC-SHA256 of t.body>)",
    request: {
      params: z.object({ provider: z.string() }),
      headers: z.object({ 'sellergate-signature': z.string() }),
      body: { content: { 'application/json': { schema: callbackSchema } } },
    },
    responses: { 200: json(z.object({ received: z.literal(true) }).passthrough(), 'received'), ...problemResponses(400, 401, 404, 503) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/sellers/{id}/metrics',
    summary: 'Daily performance metrics (order systems); a day sent again replaces that day',
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: metricsBatchSchema } } } },
    responses: { 200: json(z.object({ object: z.literal('metrics_receipt'), days: z.number(), replaced: z.number() }).passthrough(), 'stored'), ...problemResponses(400, 401, 403, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/sellers/{id}/enforcements',
    summary: "The seller's enforcement actions with their statements of reasons",
    security,
    request: { params: idParam },
    responses: {
      200: json(z.object({ data: z.array(z.object({ id: z.string(), type: z.string(), status: z.string(), statementOfReasons: z.object({}).passthrough() }).passthrough()) }), 'actions'),
      ...problemResponses(401, 403, 404),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/enforcements/{id}',
    summary: 'One enforcement action with its statement of reasons',
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ id: z.string(), type: z.string(), status: z.string() }).passthrough(), 'the action'), ...problemResponses(401, 403, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/enforcements/{id}/transparency-database',
    summary: "The statement of reasons as the body of the EU DSA Transparency Database's create-statement call, without personal data",
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ puid: z.string(), decision_ground: z.string() }).passthrough(), 'the statement'), ...problemResponses(401, 403, 404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/sellers/{id}/appeals',
    summary: 'Appeal an enforcement action or a rejected application (within 183 days of the decision)',
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: appealRequestSchema } } } },
    responses: { 202: json(z.object({ id: z.string(), object: z.literal('appeal'), status: z.string() }).passthrough(), 'received'), ...problemResponses(400, 401, 403, 404, 409, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/appeals/{id}',
    summary: 'An appeal and its outcome',
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ id: z.string(), status: z.string(), outcome: z.string().nullable() }).passthrough(), 'the appeal'), ...problemResponses(401, 403, 404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/admin/performance-reviews',
    summary: 'Run one performance-review cycle now, as the daily schedule would',
    security,
    request: { body: { content: { 'application/json': { schema: performanceReviewRequestSchema } } } },
    responses: { 202: json(z.object({ id: z.string(), status: z.string() }).passthrough(), 'started'), ...problemResponses(400, 401, 403, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/admin/performance-reviews/{id}',
    summary: 'A performance-review cycle and, when done, its counts',
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ id: z.string(), status: z.string(), counts: z.object({}).passthrough().nullable() }).passthrough(), 'the cycle'), ...problemResponses(401, 403, 404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/reports',
    summary: "A report of suspicious seller activity; reports about one seller join that seller's open investigation",
    security,
    request: { body: { content: { 'application/json': { schema: reportSchema } } } },
    responses: { 202: json(z.object({ id: z.string(), object: z.literal('report'), status: z.string() }).passthrough(), 'received'), ...problemResponses(400, 401, 403, 404, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/investigations/{id}',
    summary: 'An investigation: the reports, anomalies and screening hits that joined it, and its outcome',
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ id: z.string(), status: z.string(), signals: z.array(z.object({}).passthrough()) }).passthrough(), 'the case'), ...problemResponses(401, 403, 404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/sellers/{id}/inform-certification',
    summary: "INFORM Act: the high-volume seller's certification, with any data it adds",
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: informCertificationSchema } } } },
    responses: { 202: json(z.object({ object: z.literal('inform_certification'), certifiedAt: z.string() }).passthrough(), 'certified'), ...problemResponses(400, 401, 403, 404, 409, 503) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/sellers/{id}/information',
    summary: 'Answer a request to the seller (a new identity document before the old one expires)',
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: z.object({ requestId: z.string(), idDocument: z.object({}).passthrough() }) } } } },
    responses: { 202: json(z.object({ object: z.literal('seller_request'), status: z.string() }).passthrough(), 'answered'), ...problemResponses(400, 401, 403, 404, 409, 503) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/admin/rescreenings',
    summary: 'Screen every approved seller and person again now, as the weekly schedule and each list change do',
    security,
    responses: { 202: json(z.object({ id: z.string(), status: z.string() }).passthrough(), 'started'), ...problemResponses(401, 403, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/admin/rescreenings/{id}',
    summary: 'A re-screening run: the list version, subjects screened and new matches',
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ id: z.string(), status: z.string() }).passthrough(), 'the run'), ...problemResponses(401, 403, 404) },
  });
  registerTrustPaths(registry);
  registerGovernancePaths(registry);
  for (const path of ['/healthz', '/readyz']) {
    registry.registerPath({
      method: 'get',
      path,
      summary: path === '/healthz' ? 'liveness' : 'readiness of the database and Temporal',
      responses: { 200: json(z.object({ status: z.string() }).passthrough(), 'ok'), 503: json(z.object({ status: z.string() }).passthrough(), 'not ready') },
    });
  }

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Sellergate API', version: '1', description: 'Seller onboarding and governance. Errors are application/problem+json.' },
    servers: [{ url: '/' }],
  });
}
