/** Investigation cases as reviewers see them: what joined the case, and how it ended. */
import { z } from 'zod';
import { findInvestigation, listGroupEnforcementIds } from '../../db/investigations/investigations';
import { reportCategories } from '../../domain/investigations/codes';
import { hasPrefix } from '../../domain/shared/ids';
import { iso } from '../onboarding/application-view';
import { notFound } from '../shared/problem';
import { auditRead } from '../shared/read-audit';
import { route } from '../shared/route';
import { actorRef, idParam, timestamp } from '../shared/schemas';

const signalResponse = z.discriminatedUnion('source', [
  z.object({ source: z.literal('report'), reportId: z.string(), category: z.enum(reportCategories) }),
  z.object({ source: z.literal('anomaly'), rule: z.string(), recentRate: z.number(), baselineRate: z.number() }),
  z.object({ source: z.literal('screening_hit'), applicationId: z.string(), checkId: z.string(), entryIds: z.array(z.string()), listVersion: z.string().optional(), slaHours: z.number().optional() }),
  z.object({ source: z.literal('document_lapsed'), requestId: z.string(), personId: z.string(), outcome: z.enum(['not_renewed', 'not_verified']) }),
  z.object({ source: z.literal('requirements_lapsed'), requestId: z.string(), items: z.array(z.string()) }),
  z.object({ source: z.literal('registry_change'), applicationId: z.string(), checkId: z.string(), code: z.string().optional(), changes: z.array(z.string()) }),
  z.object({ source: z.literal('dispute'), disputeId: z.string(), scenario: z.string() }),
  z.object({ source: z.literal('dispute_rate'), sellerFault: z.number().int(), orders: z.number().int() }),
  z.object({ source: z.literal('account_group'), memberIds: z.array(z.string()) }),
]);

const investigationResponse = z.object({
  id: z.string(),
  object: z.literal('investigation'),
  sellerId: z.string(),
  status: z.enum(['open', 'closed']),
  signals: z.array(signalResponse),
  reports: z.array(z.object({ id: z.string(), category: z.enum(reportCategories), description: z.string(), evidence: z.array(z.string()), reporterType: z.string(), createdAt: timestamp })),
  outcome: z.string().nullable(),
  reasons: z.array(z.string()).nullable(),
  note: z.string().nullable(),
  enforcementId: z.string().nullable(),
  /** An enforcement on the account group: one action per member, each with its own statement of reasons. */
  groupEnforcementIds: z.array(z.string()),
  decidedBy: actorRef.nullable(),
  decidedAt: timestamp,
  createdAt: timestamp,
});

export const investigationRoutes = [
  route({
    method: 'get',
    path: '/v1/investigations/{id}',
    summary: 'An investigation: the reports, anomalies and screening hits that joined it, and its outcome',
    access: { permission: 'investigations:read' },
    params: idParam,
    responses: { 200: { description: 'the case', schema: investigationResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const row = hasPrefix(id, 'investigation') ? await findInvestigation(db, id) : undefined;
    if (!row) throw notFound('The investigation');
    await auditRead(db, req, 'investigation', id);
    const reports = await db('reports').where({ investigation_id: id }).orderBy('created_at').select('id', 'category', 'description', 'evidence', 'reporter_type', 'created_at');
    return {
      status: 200,
      body: {
        id: row.id,
        object: 'investigation' as const,
        sellerId: row.seller_id,
        status: row.status,
        signals: row.signals,
        reports: reports.map((r) => ({ id: r.id, category: r.category, description: r.description, evidence: r.evidence, reporterType: r.reporter_type, createdAt: iso(r.created_at) })),
        outcome: row.outcome,
        reasons: row.reasons,
        note: row.note,
        enforcementId: row.enforcement_id,
        groupEnforcementIds: row.enforcement_id ? await listGroupEnforcementIds(db, id, row.enforcement_id) : [],
        decidedBy: row.decided_by ? { id: row.decided_by, name: row.decided_by_name } : null,
        decidedAt: iso(row.decided_at),
        createdAt: iso(row.created_at),
      },
    };
  }),
];
