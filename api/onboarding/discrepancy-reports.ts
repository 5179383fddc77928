/**
 * Register discrepancy reports (MLR 2017 reg. 30A), for compliance officers: the registry check
 * opens one when the beneficial owners a UK seller declared differ from the PSC register's. An
 * officer reads the package (audited), approves it or dismisses it with the reason, files the
 * approved report with Companies House through its "Report a discrepancy about a beneficial owner"
 * service (which has no public API), and records the filing's reference here.
 */
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import { findDiscrepancyReport, listDiscrepancyReports, type DiscrepancyReportRow } from '../../db/onboarding/discrepancy-reports';
import { appendAudit } from '../../db/shared/audit';
import { hasPrefix } from '../../domain/shared/ids';
import { discrepancyReportStepWorkflowId } from '../../temporal/workflow-ids';
import type { DiscrepancyReportAction } from '../../activities/onboarding/discrepancy-reports';
import { actorOf } from '../access/auth';
import { iso } from './application-view';
import { invalidField, notFound, Problem } from '../shared/problem';
import { route } from '../shared/route';
import { idParam, list, timestamp } from '../shared/schemas';
import { runToCompletion } from '../shared/workflow-calls';

const statuses = ['awaiting_approval', 'approved', 'dismissed', 'filed'] as const;

const discrepancyReportResponse = z.object({
  id: z.string(),
  object: z.literal('discrepancy_report'),
  applicationId: z.string(),
  checkId: z.string(),
  registrar: z.string(),
  companyNumber: z.string(),
  status: z.enum(statuses),
  decision: z.object({ by: z.string(), at: z.string(), reason: z.string().nullable() }).nullable(),
  filing: z.object({ reference: z.string(), filedAt: z.string(), filedBy: z.string() }).nullable(),
  createdAt: timestamp,
});

const withPackage = discrepancyReportResponse.extend({
  /** The company, the obliged entity, and each discrepancy with what was declared and what the register holds. */
  package: z.record(z.string(), z.unknown()),
});

function view(r: DiscrepancyReportRow): z.input<typeof discrepancyReportResponse> {
  return {
    id: r.id,
    object: 'discrepancy_report' as const,
    applicationId: r.application_id,
    checkId: r.check_id,
    registrar: r.registrar,
    companyNumber: r.company_number,
    status: r.status,
    decision: r.decided_by ? { by: r.decided_by, at: iso(r.decided_at)!, reason: r.decision_reason } : null,
    filing: r.status === 'filed' ? { reference: r.reference!, filedAt: iso(r.filed_at)!, filedBy: r.filed_by! } : null,
    createdAt: iso(r.created_at),
  };
}

const decisionSchema = z.strictObject({
  decision: z.enum(['approve', 'dismiss']),
  /** Required to dismiss: why the discrepancy is not material, or was an error of ours. */
  reason: z.string().trim().min(3).max(2000).optional(),
});

const filingSchema = z.strictObject({
  /** The registrar's reference for the report. */
  reference: z.string().trim().min(3).max(200),
  filedAt: z.iso.datetime({ offset: true }).refine((d) => Date.parse(d) <= Date.now() + 60_000, 'cannot be in the future'),
});

const reportOr404 = async (db: Parameters<typeof findDiscrepancyReport>[0], id: string) => {
  const r = hasPrefix(id, 'discrepancyReport') ? await findDiscrepancyReport(db, id) : undefined;
  if (!r) throw notFound('The discrepancy report');
  return r;
};

/** One step, recorded by its short workflow (one writer per fact), and the report as it is after it. */
async function runStep(temporal: Client, taskQueue: string, db: Parameters<typeof findDiscrepancyReport>[0], action: DiscrepancyReportAction) {
  const { result } = await runToCompletion<{ changed: boolean }>(temporal, 'discrepancyReportStep', {
    workflowId: discrepancyReportStepWorkflowId(action.reportId, action.action),
    taskQueue,
    args: [action],
  });
  return { result, now: (await findDiscrepancyReport(db, action.reportId))! };
}

export const discrepancyReportRoutes = [
  route({
    method: 'get',
    path: '/v1/discrepancy-reports',
    summary: 'Register discrepancy reports (MLR 2017 reg. 30A), oldest first',
    access: { permission: 'discrepancy_reports:read' },
    query: z.strictObject({ status: z.enum(statuses).optional(), applicationId: z.string().max(64).optional() }),
    responses: { 200: { description: 'the reports', schema: list(discrepancyReportResponse) } },
    problems: [],
  }).handle(async ({ query }, { db }) => ({ status: 200, body: { object: 'list' as const, data: (await listDiscrepancyReports(db, query)).map(view) } })),

  route({
    method: 'get',
    path: '/v1/discrepancy-reports/{id}',
    summary: 'A register discrepancy report with its package; the read is audited',
    access: { permission: 'discrepancy_reports:read' },
    params: idParam,
    responses: { 200: { description: 'the report', schema: withPackage } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const r = await reportOr404(db, id);
    await appendAudit(db, {
      actor: actorOf(req),
      action: 'discrepancy_report.read',
      subjectType: 'application',
      subjectId: r.application_id,
      data: { discrepancyReportId: r.id },
      requestId: req.requestId,
    });
    return { status: 200, body: { ...view(r), package: r.package } };
  }),

  route({
    method: 'post',
    path: '/v1/discrepancy-reports/{id}/decision',
    summary: 'A compliance officer approves the report for filing, or dismisses it with the reason',
    access: { permission: 'discrepancy_reports:decide' },
    params: idParam,
    body: { json: decisionSchema },
    responses: { 200: { description: 'the report as decided', schema: discrepancyReportResponse } },
    problems: ['resource_not_found', 'discrepancy_report_decided', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { config, db, temporal }) => {
    const r = await reportOr404(db, id);
    if (body.decision === 'dismiss' && !body.reason) throw invalidField('reason', 'required', 'is required to dismiss a report');
    const action: DiscrepancyReportAction = { reportId: r.id, action: body.decision, reason: body.reason, actor: actorOf(req), requestId: req.requestId };
    const { result, now } = await runStep(temporal, config.TEMPORAL_TASK_QUEUE, db, action);
    // The same decision again is answered as it was; another decision after one is refused.
    if (!result.changed && now.status !== (body.decision === 'approve' ? 'approved' : 'dismissed') && !(body.decision === 'approve' && now.status === 'filed'))
      throw new Problem('discrepancy_report_decided');
    return { status: 200, body: view(now) };
  }),

  route({
    method: 'post',
    path: '/v1/discrepancy-reports/{id}/filing',
    summary: 'A compliance officer records that the approved report was filed with the registrar, with its reference',
    access: { permission: 'discrepancy_reports:decide' },
    params: idParam,
    body: { json: filingSchema },
    responses: { 200: { description: 'the report as filed', schema: discrepancyReportResponse } },
    problems: ['resource_not_found', 'discrepancy_report_not_approved', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { config, db, temporal }) => {
    const r = await reportOr404(db, id);
    if (r.status !== 'approved' && r.status !== 'filed') throw new Problem('discrepancy_report_not_approved');
    const action: DiscrepancyReportAction = { reportId: r.id, action: 'file', reference: body.reference, filedAt: body.filedAt, actor: actorOf(req), requestId: req.requestId };
    const { now } = await runStep(temporal, config.TEMPORAL_TASK_QUEUE, db, action);
    if (now.status !== 'filed') throw new Problem('discrepancy_report_not_approved');
    return { status: 200, body: view(now) };
  }),
];
