/** The OpenAPI paths for regulators, retention and the audit trail. */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { inquirySchema } from '../../domain/inquiries/schemas';
import { idParam, json, problemResponses, security } from './common';
import { holdSchema } from '../retention/retention';

const inquiry = z.object({ id: z.string(), object: z.literal('inquiry'), status: z.string(), dueAt: z.string() }).passthrough();

export function registerTrustPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'post',
    path: '/v1/inquiries',
    summary: "A regulator's inquiry about sellers in its jurisdiction: legal basis, categories of data, deadline; acknowledged at once",
    security,
    request: { body: { content: { 'application/json': { schema: inquirySchema } } } },
    responses: { 202: json(inquiry, 'acknowledged'), ...problemResponses(400, 401, 403, 503) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/inquiries',
    summary: "Inquiries by deadline, the most urgent first (a regulator sees its own authority's), cursor-paged",
    security,
    request: {
      query: z.object({ status: z.enum(['received', 'awaiting_approval', 'answered', 'declined']).optional(), limit: z.number().int().min(1).max(200).optional(), cursor: z.string().optional() }),
    },
    responses: { 200: json(z.object({ data: z.array(inquiry), nextCursor: z.string().nullable() }), 'a page'), ...problemResponses(400, 401, 403) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/inquiries/{id}',
    summary: 'An inquiry: status, deadline, who approved the answer',
    security,
    request: { params: idParam },
    responses: { 200: json(inquiry, 'the inquiry'), ...problemResponses(401, 403, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/inquiries/{id}/response',
    summary: 'The approved, minimal response package (regulators once approved; compliance officers to approve it); every read is audited',
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ object: z.literal('inquiry_response'), inquiryId: z.string(), status: z.string() }).passthrough(), 'the package'), ...problemResponses(401, 403, 404, 409) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/sellers/{id}/legal-holds',
    summary: "Place a legal hold: the seller's records are kept past their retention period until it is released",
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: holdSchema } } } },
    responses: { 201: json(z.object({ id: z.string(), object: z.literal('legal_hold'), status: z.string() }).passthrough(), 'placed'), ...problemResponses(400, 401, 403, 404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/legal-holds/{id}/release',
    summary: 'Release a legal hold',
    security,
    request: { params: idParam },
    responses: { 200: json(z.object({ id: z.string(), object: z.literal('legal_hold'), status: z.string() }).passthrough(), 'released'), ...problemResponses(401, 403, 404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/sellers/{id}/erasure-requests',
    summary: 'Ask for erasure: answered with what was erased now and what is kept, until when and why',
    security,
    request: { params: idParam, body: { content: { 'application/json': { schema: z.strictObject({}) } } } },
    responses: { 201: json(z.object({ id: z.string(), object: z.literal('erasure_request') }).passthrough(), 'answered'), ...problemResponses(400, 401, 403, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/admin/audit/verify',
    summary: "Walk the audit trail's hash chain and name the first broken link, if any",
    security,
    responses: { 200: json(z.object({ object: z.literal('audit_verification') }).passthrough(), 'the verification'), ...problemResponses(401, 403) },
  });
}
