/**
 * POST /v1/sellers/{id}/metrics: the daily performance metrics order systems send; a day sent again
 * replaces that day. The batch's own short workflow stores it (workflows/performance/metrics-receipt.ts).
 */
import { z } from 'zod';
import { createHash } from 'node:crypto';
import type { MetricsBatch } from '../../activities/performance/metrics-receipt';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { metricsReceiptWorkflowId } from '../../temporal/workflow-ids';
import { metricsBatchSchema } from '../../domain/performance/metrics';
import { actorOf } from '../access/auth';
import { route } from '../shared/route';
import { idParam } from '../shared/schemas';
import { runToCompletion } from '../shared/workflow-calls';
import { sellerOr404 } from '../sellers/seller-access';

const metricsReceipt = z.object({ object: z.literal('metrics_receipt'), sellerId: z.string(), days: z.number().int(), replaced: z.number().int() });

export const metricsRoutes = [
  route({
    method: 'post',
    path: '/v1/sellers/{id}/metrics',
    summary: 'Daily performance metrics (order systems); a day sent again replaces that day',
    access: { permission: 'sellers:metrics' },
    params: idParam,
    body: { json: metricsBatchSchema },
    responses: { 200: { description: 'stored: how many days, and how many of them replaced a day sent before', schema: metricsReceipt } },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body: { days }, req }, { config, db, temporal }) => {
    const seller = await sellerOr404(db, req, id);
    // Stored by the batch's own short workflow (one writer per fact); the same batch again is stored once.
    const digest = createHash('sha256').update(canonicalJson(days)).digest('hex').slice(0, 32);
    const batch: MetricsBatch = { sellerId: seller.id, days, actor: actorOf(req), requestId: req.requestId };
    const { result } = await runToCompletion<{ stored: number; replaced: number }>(temporal, 'metricsReceipt', {
      workflowId: metricsReceiptWorkflowId(seller.id, digest),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [batch],
    });
    return { status: 200, body: { object: 'metrics_receipt' as const, sellerId: seller.id, days: result.stored, replaced: result.replaced } };
  }),
];
