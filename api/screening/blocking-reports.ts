/**
 * Reports of blocked property (31 C.F.R. § 501.603), for compliance officers: what is due by when,
 * the package each needs, and the filing once made. Reads of a package are audited.
 */
import { z } from 'zod';
import { findBlockingReport, listBlockingReports, type BlockingReportRow } from '../../db/screening/blocking-reports';
import { appendAudit } from '../../db/shared/audit';
import { hasPrefix } from '../../domain/shared/ids';
import { blockingReportWorkflowId } from '../../temporal/workflow-ids';
import { fileBlockingReportUpdate } from '../../workflows/screening/blocking-report-messages';
import { actorOf } from '../access/auth';
import { iso } from '../onboarding/application-view';
import { invalidField, notFound } from '../shared/problem';
import { route } from '../shared/route';
import { idParam, list, timestamp } from '../shared/schemas';
import { callWorkflow } from '../shared/workflow-calls';

const blockingReportResponse = z.object({
  id: z.string(),
  object: z.literal('blocking_report'),
  sellerId: z.string(),
  investigationId: z.string(),
  holdId: z.string(),
  authority: z.string(),
  blockedOn: z.string(),
  /** 10 business days after the blocking; the officers are warned two business days before. */
  dueOn: z.string(),
  status: z.enum(['due', 'filed']),
  escalatedAt: timestamp,
  overdueAt: timestamp,
  filing: z.object({ reference: z.string(), filedAt: z.string(), filedBy: z.string() }).nullable(),
  createdAt: timestamp,
});

const withPackage = blockingReportResponse.extend({
  /** What the report needs: the blocked party, the listed entries, the property and when it was blocked. */
  package: z.record(z.string(), z.unknown()),
});

function view(r: BlockingReportRow): z.input<typeof blockingReportResponse> {
  return {
    id: r.id,
    object: 'blocking_report' as const,
    sellerId: r.seller_id,
    investigationId: r.investigation_id,
    holdId: r.hold_id,
    authority: r.authority,
    blockedOn: r.blocked_on,
    dueOn: r.due_on,
    status: r.status,
    escalatedAt: iso(r.escalated_at),
    overdueAt: iso(r.overdue_at),
    filing: r.status === 'filed' ? { reference: r.reference!, filedAt: iso(r.filed_at)!, filedBy: r.filed_by! } : null,
    createdAt: iso(r.created_at),
  };
}

const filingSchema = z.strictObject({
  /** The authority's reference for the report (OFAC Reporting System). */
  reference: z.string().trim().min(3).max(200),
  filedAt: z.iso.datetime({ offset: true }).refine((d) => Date.parse(d) <= Date.now() + 60_000, 'cannot be in the future'),
});

const reportOr404 = async (db: Parameters<typeof findBlockingReport>[0], id: string) => {
  const r = hasPrefix(id, 'blockingReport') ? await findBlockingReport(db, id) : undefined;
  if (!r) throw notFound('The blocking report');
  return r;
};

export const blockingReportRoutes = [
  route({
    method: 'get',
    path: '/v1/blocking-reports',
    summary: 'Reports of blocked property by deadline (31 C.F.R. § 501.603: within 10 business days of the blocking)',
    access: { permission: 'blocking_reports:read' },
    query: z.strictObject({ status: z.enum(['due', 'filed']).optional() }),
    responses: { 200: { description: 'the reports', schema: list(blockingReportResponse) } },
    problems: [],
  }).handle(async ({ query }, { db }) => ({ status: 200, body: { object: 'list' as const, data: (await listBlockingReports(db, query.status)).map(view) } })),

  route({
    method: 'get',
    path: '/v1/blocking-reports/{id}',
    summary: 'A report of blocked property with the package it needs; the read is audited',
    access: { permission: 'blocking_reports:read' },
    params: idParam,
    responses: { 200: { description: 'the report', schema: withPackage } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const r = await reportOr404(db, id);
    await appendAudit(db, { actor: actorOf(req), action: 'blocking_report.read', subjectType: 'seller', subjectId: r.seller_id, data: { blockingReportId: r.id }, requestId: req.requestId });
    return { status: 200, body: { ...view(r), package: r.package } };
  }),

  route({
    method: 'post',
    path: '/v1/blocking-reports/{id}/filing',
    summary: 'A compliance officer records that the report was filed with the authority, with its reference',
    access: { permission: 'blocking_reports:file' },
    params: idParam,
    body: { json: filingSchema },
    responses: { 202: { description: 'recorded by the report’s workflow', schema: blockingReportResponse } },
    problems: ['resource_not_found', 'request_not_open', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { db, temporal }) => {
    const r = await reportOr404(db, id);
    if (r.status === 'filed') throw invalidField('reference', 'already_filed', `was recorded already: ${r.reference}`);
    await callWorkflow(
      temporal,
      () =>
        temporal.workflow
          .getHandle(blockingReportWorkflowId(r.id))
          .executeUpdate(fileBlockingReportUpdate, { args: [{ reportId: r.id, reference: body.reference, filedAt: body.filedAt, actor: actorOf(req), apiRequestId: req.requestId }] }),
      'request_not_open',
    );
    return { status: 202, body: view((await findBlockingReport(db, r.id))!) };
  }),
];
