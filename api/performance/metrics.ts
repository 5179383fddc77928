/**
 * POST /v1/sellers/{id}/metrics: the daily performance metrics order systems send; a day sent again
 * replaces that day. The batch's own short workflow stores it (workflows/performance/metrics-receipt.ts).
 */
import { Router } from 'express';
import { createHash } from 'node:crypto';
import type { MetricsBatch } from '../../activities/performance/metrics-receipt';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { metricsReceiptWorkflowId } from '../../temporal/workflow-ids';
import { metricsBatchSchema } from '../../domain/performance/metrics';
import { actorOf, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { parseOrThrow } from '../shared/problem';
import { runToCompletion } from '../shared/workflow-calls';
import { sellerOr404 } from '../sellers/seller-access';

export function metricsRouter({ config, db, temporal }: ApiDeps): Router {
  const router = Router();
  router.post('/:id/metrics', requirePermission('sellers:metrics'), async (req, res) => {
    const { days } = parseOrThrow(metricsBatchSchema, req.body);
    const seller = await sellerOr404(db, req, String(req.params.id));
    // Stored by the batch's own short workflow (one writer per fact); the same batch again is stored once.
    const digest = createHash('sha256').update(canonicalJson(days)).digest('hex').slice(0, 32);
    const batch: MetricsBatch = { sellerId: seller.id, days, actor: actorOf(req), requestId: req.requestId };
    const { result } = await runToCompletion<{ stored: number; replaced: number }>(temporal, 'metricsReceipt', {
      workflowId: metricsReceiptWorkflowId(seller.id, digest),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [batch],
    });
    res.status(200).json({ object: 'metrics_receipt', sellerId: seller.id, days: result.stored, replaced: result.replaced });
  });
  return router;
}
