/** Operations an admin runs by hand: a performance-review cycle or a re-screening now, as the schedules would. */
import { Router } from 'express';
import { z } from 'zod';
import { isoDate } from '../../domain/onboarding/application';
import { hasPrefix, newId } from '../../domain/shared/ids';
import { performanceReviewWorkflowId } from '../../temporal/workflow-ids';
import { verifyAuditChain } from '../../db/shared/audit';
import { iso } from '../onboarding/application-view';
import { requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { notFound, parseOrThrow } from '../shared/problem';
import { callWorkflow } from '../shared/workflow-calls';

export const performanceReviewRequestSchema = z.strictObject({ asOf: isoDate.optional() });

export function adminRouter({ config, db, temporal }: ApiDeps): Router {
  const router = Router();

  router.post('/performance-reviews', requirePermission('operations:run'), async (req, res) => {
    const { asOf } = parseOrThrow(performanceReviewRequestSchema, req.body ?? {});
    const reviewId = newId('performanceReview');
    await callWorkflow(temporal, () =>
      temporal.workflow.start('performanceReview', { workflowId: performanceReviewWorkflowId(reviewId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [{ reviewId, asOf, trigger: 'admin' }] }),
    );
    res.status(202).location(`/v1/admin/performance-reviews/${reviewId}`).json({ id: reviewId, object: 'performance_review', status: 'running' });
  });

  /** Walks the audit trail's hash chain and names the first broken link, if any. */
  router.get('/audit/verify', requirePermission('audit:verify'), async (_req, res) => {
    res.json({ object: 'audit_verification', ...(await verifyAuditChain(db)), checkedAt: new Date().toISOString() });
  });

  router.post('/rescreenings', requirePermission('operations:run'), async (req, res) => {
    parseOrThrow(z.strictObject({}), req.body ?? {});
    const runId = newId('screeningRun');
    await callWorkflow(temporal, () =>
      temporal.workflow.start('rescreening', { workflowId: `rescreening:admin:${runId}`, taskQueue: config.TEMPORAL_TASK_QUEUE, args: [{ runId, trigger: 'admin' }] }),
    );
    res.status(202).location(`/v1/admin/rescreenings/${runId}`).json({ id: runId, object: 'rescreening', status: 'running' });
  });

  router.get('/rescreenings/:id', requirePermission('operations:run'), async (req, res) => {
    const id = String(req.params.id);
    const row = hasPrefix(id, 'screeningRun') ? await db('screening_runs').where({ id }).first() : undefined;
    if (!row) throw notFound('The re-screening');
    res.json({
      id: row.id,
      object: 'rescreening',
      status: row.status,
      trigger: row.trigger,
      listVersion: row.list_version,
      subjectsScreened: row.subjects_screened,
      newMatches: row.new_matches,
      startedAt: iso(row.started_at),
      finishedAt: iso(row.finished_at),
    });
  });

  router.get('/performance-reviews/:id', requirePermission('operations:run'), async (req, res) => {
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
