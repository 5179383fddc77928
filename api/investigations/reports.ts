/**
 * POST /v1/reports: suspicious activity about a seller, from buyers (through the frontend) or
 * internal teams. Stored, then added to the seller's open investigation or a new one. The same
 * report sent again (Idempotency-Key or identical body) is one report.
 */
import { Router } from 'express';
import { recordReport } from '../../db/investigations/investigations';
import { derivedId } from '../../domain/shared/ids';
import { reportSchema } from '../../domain/investigations/schemas';
import { signalInvestigation } from '../../temporal/investigations';
import { actorOf, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { notFound, parseOrThrow } from '../shared/problem';
import { callWorkflow } from '../shared/workflow-calls';

export function reportsRouter({ config, db, temporal }: ApiDeps): Router {
  const router = Router();
  router.post('/', requirePermission('reports:create'), async (req, res) => {
    const report = parseOrThrow(reportSchema, req.body);
    if (!(await db('sellers').where({ id: report.sellerId }).first('id'))) throw notFound('The seller');
    const actor = actorOf(req);
    const reportId = derivedId('report', actor.id, req.header('idempotency-key') ?? canonicalJson(report));
    await recordReport(db, reportId, report, actor, req.requestId);
    await callWorkflow(temporal, () => signalInvestigation({ client: temporal, taskQueue: config.TEMPORAL_TASK_QUEUE }, report.sellerId, { source: 'report', reportId, category: report.category }));
    res.status(202).location(`/v1/reports/${reportId}`).json({ id: reportId, object: 'report', sellerId: report.sellerId, category: report.category, status: 'received' });
  });
  return router;
}
