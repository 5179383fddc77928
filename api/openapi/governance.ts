/** The OpenAPI paths for the console: who the caller is, a reviewer's file on an application, governance figures. */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { intervals } from '../../domain/governance/governance';
import { idParam, json, problemResponses, security } from './common';

export function registerGovernancePaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/v1/me',
    summary: "The caller's key: name, role and the permissions the role holds",
    security,
    responses: {
      200: json(z.object({ object: z.literal('api_key'), id: z.string(), name: z.string(), role: z.string(), permissions: z.array(z.string()) }).passthrough(), 'the key'),
      ...problemResponses(401),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/applications/{id}/review-file',
    summary: "A reviewer's file on an application: the business and its people as submitted, and the case's history from the audit trail",
    security,
    request: { params: idParam },
    responses: {
      200: json(z.object({ object: z.literal('review_file'), applicationId: z.string(), history: z.array(z.object({}).passthrough()) }).passthrough(), 'the file'),
      ...problemResponses(401, 403, 404),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/governance/metrics',
    summary:
      'Governance figures over a range: outcomes, time to decision, automated and human decisions, backlog and SLA attainment by queue, screening, enforcement, appeals, inquiries, and a series for charts',
    security,
    request: { query: z.object({ from: z.string().optional(), to: z.string().optional(), interval: z.enum(intervals).optional() }) },
    responses: {
      200: json(z.object({ object: z.literal('governance_metrics'), from: z.string(), to: z.string(), series: z.array(z.object({ bucket: z.string() }).passthrough()) }).passthrough(), 'the figures'),
      ...problemResponses(400, 401, 403),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/governance/transparency-report',
    summary: 'The figures a DSA Art. 24 transparency report needs for a half-year (YYYY-H1 or YYYY-H2)',
    security,
    request: { query: z.object({ period: z.string() }) },
    responses: { 200: json(z.object({ object: z.literal('transparency_report'), period: z.string() }).passthrough(), 'the report'), ...problemResponses(400, 401, 403) },
  });
}
