/** Operations an admin runs by hand: a performance-review cycle now, as the schedule would. */
import { Router } from 'express';
import { z } from 'zod';
import { isoDate } from '../../domain/application';
import { hasPrefix, newId } from '../../domain/ids';
import { performanceReviewWorkflowId } from '../../temporal/workflow-ids';
import { iso } from '../application-view';
import { requirePermission } from '../auth';
import type { ApiDeps } from '../deps';
import { notFound, parseOrThrow } from '../problem';
import { callWorkflow } from '../workflow-calls';

export const performanceReviewRequestSchema = z.strictObject({ asOf: isoDate.optional() });

export function adminRouter({ config, db, temporal }: ApiDeps): Router {
  const router = Router();

  router.post('/performance-reviews', requirePermission('performance_reviews:run'), async (req, res) => {
    const { asOf } = parseOrThrow(performanceReviewRequestSchema, req.body ?? {});
    const reviewId = newId('performanceReview');
    await callWorkflow(temporal, () =>
      temporal.workflow.start('performanceReview', { workflowId: performanceReviewWorkflowId(reviewId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [{ reviewId, asOf, trigger: 'admin' }] }),
    );
    res.status(202).location(`/v1/admin/performance-reviews/${reviewId}`).json({ id: reviewId, object: 'performance_review', status: 'running' });
  });

  router.get('/performance-reviews/:id', requirePermission('performance_reviews:run'), async (req, res) => {
    const id = String(req.params.id);
    const row = hasPrefix(id, 'performanceReview') ? await db('performance_reviews').where({ id }).first() : undefined;
    if (!row) throw notFound('The performance review');
    res.json({
      id: row.id,
      object: 'performance_review',
      status: row.status,
      asOf: row.as_of,
      policyVersion: row.policy_version,
      trigger: row.trigger,
      counts: row.status === 'completed' ? { sellersEvaluated: row.sellers_evaluated, violationsRecorded: row.violations_recorded, standingChanges: row.standing_changes } : null,
      startedAt: iso(row.started_at),
      finishedAt: iso(row.finished_at),
    });
  });
  return router;
}
