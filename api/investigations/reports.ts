/**
 * POST /v1/reports: suspicious activity about a seller, from buyers (through the frontend) or
 * internal teams. Signalled to the seller's open investigation or a new one, which records it. The
 * same report sent again (Idempotency-Key or identical body) is one report. A frontend may report only
 * its own client's sellers; to it another client's seller does not exist.
 */
import { Router } from 'express';
import { derivedId } from '../../domain/shared/ids';
import { reportSchema } from '../../domain/investigations/schemas';
import { signalInvestigation } from '../../temporal/investigations';
import { actorOf, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { parseOrThrow } from '../shared/problem';
import { sellerOr404 } from '../sellers/seller-access';
import { callWorkflow } from '../shared/workflow-calls';

export function reportsRouter({ config, db, temporal }: ApiDeps): Router {
  const router = Router();
  router.post('/', requirePermission('reports:create'), async (req, res) => {
    const report = parseOrThrow(reportSchema, req.body);
    await sellerOr404(db, req, report.sellerId);
    const actor = actorOf(req);
    const reportId = derivedId('report', actor.id, req.header('idempotency-key') ?? canonicalJson(report));
    const filing = { reportId, report, receivedBy: actor, requestId: req.requestId };
    await callWorkflow(temporal, () =>
      signalInvestigation({ client: temporal, taskQueue: config.TEMPORAL_TASK_QUEUE }, report.sellerId, { source: 'report', reportId, category: report.category }, filing),
    );
    res.status(202).location(`/v1/reports/${reportId}`).json({ id: reportId, object: 'report', sellerId: report.sellerId, category: report.category, status: 'received' });
  });
  return router;
}
