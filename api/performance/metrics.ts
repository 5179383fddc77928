/** POST /v1/sellers/{id}/metrics: the daily performance metrics order systems send; a day sent again replaces that day. */
import { Router } from 'express';
import { storeMetrics } from '../../db/performance/metrics';
import { metricsBatchSchema } from '../../domain/performance/metrics';
import { actorOf, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { parseOrThrow } from '../shared/problem';
import { sellerOr404 } from '../sellers/seller-access';

export function metricsRouter({ db }: ApiDeps): Router {
  const router = Router();
  router.post('/:id/metrics', requirePermission('sellers:metrics'), async (req, res) => {
    const { days } = parseOrThrow(metricsBatchSchema, req.body);
    const seller = await sellerOr404(db, req, String(req.params.id));
    const result = await storeMetrics(db, seller.id, days, actorOf(req), req.requestId);
    res.status(200).json({ object: 'metrics_receipt', sellerId: seller.id, days: result.stored, replaced: result.replaced });
  });
  return router;
}
