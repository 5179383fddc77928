/**
 * GET /v1/applications/{id}/review-file: what a reviewer needs beside the checks to decide an
 * application: who the business and its people say they are, and the case's history from the audit
 * trail (every status change, check, claim, decision and read). Staff only; each read is audited.
 */
import { z } from 'zod';
import { findApplication, listPersons } from '../../db/onboarding/applications';
import type { ApplicationSubmission } from '../../domain/onboarding/application';
import { hasPrefix } from '../../domain/shared/ids';
import { iso } from '../onboarding/application-view';
import { notFound } from '../shared/problem';
import { auditRead } from '../shared/read-audit';
import { route } from '../shared/route';
import { idParam, jsonObject, timestamp } from '../shared/schemas';

const HISTORY_LIMIT = 500;

const reviewFileResponse = z.object({
  object: z.literal('review_file'),
  applicationId: z.string(),
  business: z.object({
    legalName: z.string(),
    tradingName: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    country: z.string(),
    businessType: z.string(),
    address: jsonObject,
    website: z.string().nullable(),
    categories: z.array(z.string()),
  }),
  persons: z.array(
    z.object({
      id: z.string(),
      roles: z.array(z.string()),
      ownershipPercent: z.number().nullable(),
      firstName: z.string(),
      lastName: z.string(),
      dateOfBirth: z.string(),
      nationality: z.string().nullable(),
      idDocument: z.object({ type: z.string(), issuingCountry: z.string(), expiresOn: z.string().nullable() }).nullable(),
    }),
  ),
  history: z.array(
    z.object({
      id: z.union([z.string(), z.number()]),
      at: timestamp,
      actor: z.object({ id: z.string(), role: z.string().nullable() }),
      action: z.string(),
      subject: z.object({ type: z.string(), id: z.string() }),
      data: jsonObject.nullable(),
    }),
  ),
});

export const reviewFileRoutes = [
  route({
    method: 'get',
    path: '/v1/applications/{id}/review-file',
    summary: "A reviewer's file on an application: the business and its people as submitted, and the case's history from the audit trail",
    access: { permission: 'review_tasks:read' },
    params: idParam,
    responses: { 200: { description: 'the file', schema: reviewFileResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const app = hasPrefix(id, 'application') ? await findApplication(db, id) : undefined;
    if (!app) throw notFound('The application');
    await auditRead(db, req, 'application', id);
    const business = app.business as ApplicationSubmission['business'];
    const [persons, history] = await Promise.all([
      listPersons(db, id),
      db('audit_events')
        .where((q) =>
          q
            .where({ subject_type: 'application', subject_id: id })
            .orWhereIn('subject_id', db('review_tasks').select('id').where({ application_id: id }))
            .orWhereRaw("data->>'applicationId' = ?", [id]),
        )
        .orderBy('seq')
        .limit(HISTORY_LIMIT)
        .select('id', 'occurred_at', 'actor_id', 'actor_role', 'action', 'subject_type', 'subject_id', 'data'),
    ]);
    return {
      status: 200,
      body: {
        object: 'review_file' as const,
        applicationId: id,
        business: {
          legalName: business.legalName,
          tradingName: business.tradingName ?? null,
          registrationNumber: business.registrationNumber ?? null,
          country: app.country,
          businessType: app.business_type,
          address: business.address,
          website: business.website ?? null,
          categories: business.categories ?? [],
        },
        persons: persons.map((p) => ({
          id: p.id,
          roles: p.roles,
          ownershipPercent: p.ownership_percent === null ? null : Number(p.ownership_percent),
          firstName: p.details.firstName,
          lastName: p.details.lastName,
          dateOfBirth: p.details.dateOfBirth,
          nationality: p.details.nationality ?? null,
          idDocument: p.details.idDocument ? { type: p.details.idDocument.type, issuingCountry: p.details.idDocument.issuingCountry, expiresOn: p.details.idDocument.expiresOn ?? null } : null,
        })),
        history: history.map((e) => ({
          id: e.id,
          at: iso(e.occurred_at),
          actor: { id: e.actor_id, role: e.actor_role },
          action: e.action,
          subject: { type: e.subject_type, id: e.subject_id },
          data: e.data,
        })),
      },
    };
  }),
];
