/**
 * POST /v1/reports: suspicious activity about a seller, from buyers (through the frontend) or
 * internal teams. Signalled to the seller's open investigation or a new one, which records it. The
 * same report sent again (Idempotency-Key or identical body) is one report. A frontend may report only
 * its own client's sellers; to it another client's seller does not exist.
 */
import { z } from 'zod';
import { reportCategories } from '../../domain/investigations/codes';
import { derivedId } from '../../domain/shared/ids';
import { reportSchema } from '../../domain/investigations/schemas';
import { signalInvestigation } from '../../temporal/investigations';
import { actorOf } from '../access/auth';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { route } from '../shared/route';
import { idempotencyKeyHeader } from '../shared/schemas';
import { sellerOr404 } from '../sellers/seller-access';
import { callWorkflow } from '../shared/workflow-calls';

const reportReceipt = z.object({ id: z.string(), object: z.literal('report'), sellerId: z.string(), category: z.enum(reportCategories), status: z.literal('received') });

export const reportRoutes = [
  route({
    method: 'post',
    path: '/v1/reports',
    summary: "A report of suspicious seller activity; reports about one seller join that seller's open investigation",
    description: 'The same report sent again (Idempotency-Key, or an identical body) is one report.',
    access: { permission: 'reports:create' },
    headers: idempotencyKeyHeader,
    body: { json: reportSchema },
    responses: { 202: { description: 'received', schema: reportReceipt } },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ body: report, headers, req }, { config, db, temporal }) => {
    await sellerOr404(db, req, report.sellerId);
    const actor = actorOf(req);
    const reportId = derivedId('report', actor.id, headers['Idempotency-Key'] ?? canonicalJson(report));
    const filing = { reportId, report, receivedBy: actor, requestId: req.requestId };
    await callWorkflow(temporal, () =>
      signalInvestigation({ client: temporal, taskQueue: config.TEMPORAL_TASK_QUEUE }, report.sellerId, { source: 'report', reportId, category: report.category }, filing),
    );
    return { status: 202, body: { id: reportId, object: 'report' as const, sellerId: report.sellerId, category: report.category, status: 'received' as const } };
  }),
];
