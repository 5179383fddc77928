/** Operations an admin runs by hand: a performance-review cycle or a re-screening now, as the schedules would. */
import { z } from 'zod';
import { verifyAuditChain } from '../../db/shared/audit';
import { isoDate } from '../../domain/onboarding/application';
import { hasPrefix, newId } from '../../domain/shared/ids';
import { performanceReviewWorkflowId, registryMonitoringWorkflowId } from '../../temporal/workflow-ids';
import { iso } from '../onboarding/application-view';
import { notFound, Problem } from '../shared/problem';
import { route } from '../shared/route';
import { idParam, timestamp } from '../shared/schemas';
import { callWorkflow } from '../shared/workflow-calls';

export const performanceReviewRequestSchema = z.strictObject({ asOf: isoDate.optional() });

const runStatus = z.enum(['running', 'completed', 'failed']);
const performanceReviewResponse = z.object({
  id: z.string(),
  object: z.literal('performance_review'),
  status: runStatus,
  asOf: z.string().nullable().optional(),
  policyVersion: z.string().nullable().optional(),
  trigger: z.string().optional(),
  counts: z.object({ sellersEvaluated: z.number(), violationsRecorded: z.number(), standingChanges: z.number() }).nullable().optional(),
  startedAt: timestamp.optional(),
  finishedAt: timestamp.optional(),
});
const registryMonitoringResponse = z.object({
  id: z.string(),
  object: z.literal('registry_monitoring_run'),
  status: z.enum(['running', 'completed', 'failed']),
  companiesChecked: z.number().int().optional(),
  changed: z.number().int().optional(),
  newRisks: z.number().int().optional(),
  unavailable: z.number().int().optional(),
  sanctionsHits: z.number().int().optional().meta({ description: 'people the registers name now (not declared by the seller) newly found on a sanctions list: each holds the seller' }),
  startedAt: timestamp.optional(),
  finishedAt: timestamp.optional(),
});

const rescreeningResponse = z.object({
  id: z.string(),
  object: z.literal('rescreening'),
  status: runStatus,
  trigger: z.string().optional(),
  listVersion: z.string().nullable().optional(),
  subjectsScreened: z.number().nullable().optional(),
  newMatches: z.number().nullable().optional(),
  /** full: every list entry; delta: only what the list change added or changed. */
  scope: z.enum(['full', 'delta']).nullable().optional(),
  entriesScreened: z.number().nullable().optional(),
  startedAt: timestamp.optional(),
  finishedAt: timestamp.optional(),
});
const auditVerification = z.object({
  object: z.literal('audit_verification'),
  verified: z.number().int(),
  firstBrokenLink: z.object({ seq: z.string(), id: z.string(), reason: z.enum(['content_changed', 'link_broken']) }).nullable(),
  checkpoints: z
    .object({
      verified: z.number().int(),
      latestAt: z.string().nullable(),
      firstBroken: z.object({ seq: z.string(), reason: z.enum(['root_differs', 'signature_invalid', 'previous_missing', 'head_missing', 'head_changed']) }).nullable(),
    })
    .meta({ description: "The signed checkpoints of the chains' heads: a checkpoint whose head is gone or changed names a removal or rewrite the links alone would not show" }),
  checkedAt: z.string(),
});

export const adminRoutes = [
  route({
    method: 'post',
    path: '/v1/admin/performance-reviews',
    summary: 'Run one performance-review cycle now, as the daily schedule would',
    access: { permission: 'operations:run' },
    body: { json: performanceReviewRequestSchema },
    responses: { 202: { description: 'started', schema: performanceReviewResponse, headers: { Location: 'the cycle' } } },
    problems: ['temporal_unavailable'],
  }).handle(async ({ body: { asOf } }, { config, temporal }) => {
    const reviewId = newId('performanceReview');
    await callWorkflow(temporal, () =>
      temporal.workflow.start('performanceReview', { workflowId: performanceReviewWorkflowId(reviewId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [{ reviewId, asOf, trigger: 'admin' }] }),
    );
    return { status: 202, body: { id: reviewId, object: 'performance_review' as const, status: 'running' as const }, location: `/v1/admin/performance-reviews/${reviewId}` };
  }),

  route({
    method: 'get',
    path: '/v1/admin/performance-reviews/{id}',
    summary: 'A performance-review cycle and, when done, its counts',
    access: { permission: 'operations:run' },
    params: idParam,
    responses: { 200: { description: 'the cycle', schema: performanceReviewResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id } }, { db }) => {
    const row = hasPrefix(id, 'performanceReview') ? await db('performance_reviews').where({ id }).first() : undefined;
    if (!row) throw notFound('The performance review');
    return {
      status: 200,
      body: {
        id: row.id,
        object: 'performance_review' as const,
        status: row.status,
        asOf: row.as_of,
        policyVersion: row.policy_version,
        trigger: row.trigger,
        counts: row.status === 'completed' ? { sellersEvaluated: row.sellers_evaluated, violationsRecorded: row.violations_recorded, standingChanges: row.standing_changes } : null,
        startedAt: iso(row.started_at),
        finishedAt: iso(row.finished_at),
      },
    };
  }),

  /** Walks the audit trail's hash chain and names the first broken link, if any. */
  route({
    method: 'get',
    path: '/v1/admin/audit/verify',
    summary: "Walk the audit trail's hash chain and name the first broken link, if any",
    access: { permission: 'audit:verify' },
    responses: { 200: { description: 'the verification', schema: auditVerification } },
    problems: [],
  }).handle(async (_call, { db, config }) => ({
    status: 200,
    body: { object: 'audit_verification' as const, ...(await verifyAuditChain(db, config.auditCheckpointKey)), checkedAt: new Date().toISOString() },
  })),

  route({
    method: 'post',
    path: '/v1/admin/rescreenings',
    summary: 'Screen every approved seller and person again now, as the weekly schedule and each list change do',
    access: { permission: 'operations:run' },
    body: { json: z.strictObject({}) },
    responses: { 202: { description: 'started', schema: rescreeningResponse, headers: { Location: 'the run' } } },
    problems: ['temporal_unavailable'],
  }).handle(async (_call, { config, temporal }) => {
    const runId = newId('screeningRun');
    await callWorkflow(temporal, () =>
      temporal.workflow.start('rescreening', { workflowId: `rescreening:admin:${runId}`, taskQueue: config.TEMPORAL_TASK_QUEUE, args: [{ runId, trigger: 'admin' }] }),
    );
    return { status: 202, body: { id: runId, object: 'rescreening' as const, status: 'running' as const }, location: `/v1/admin/rescreenings/${runId}` };
  }),

  route({
    method: 'get',
    path: '/v1/admin/rescreenings/{id}',
    summary: 'A re-screening run: the list version, subjects screened and new matches',
    access: { permission: 'operations:run' },
    params: idParam,
    responses: { 200: { description: 'the run', schema: rescreeningResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id } }, { db }) => {
    const row = hasPrefix(id, 'screeningRun') ? await db('screening_runs').where({ id }).first() : undefined;
    if (!row) throw notFound('The re-screening');
    return {
      status: 200,
      body: {
        id: row.id,
        object: 'rescreening' as const,
        status: row.status,
        trigger: row.trigger,
        listVersion: row.list_version,
        subjectsScreened: row.subjects_screened,
        newMatches: row.new_matches,
        scope: row.scope,
        entriesScreened: row.entries_screened,
        startedAt: iso(row.started_at),
        finishedAt: iso(row.finished_at),
      },
    };
  }),

  route({
    method: 'post',
    path: '/v1/admin/registry-monitoring-runs',
    summary: 'Look every approved company up again in its register now, as the daily schedule does',
    access: { permission: 'operations:run' },
    body: { json: z.strictObject({}) },
    responses: { 202: { description: 'started', schema: registryMonitoringResponse, headers: { Location: 'the run' } } },
    problems: ['temporal_unavailable'],
  }).handle(async (_call, { config, temporal }) => {
    const runId = newId('screeningRun');
    await callWorkflow(temporal, () =>
      temporal.workflow.start('registryMonitoring', { workflowId: registryMonitoringWorkflowId(runId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [{ runId, trigger: 'admin' }] }),
    );
    return { status: 202, body: { id: runId, object: 'registry_monitoring_run' as const, status: 'running' as const }, location: `/v1/admin/registry-monitoring-runs/${runId}` };
  }),

  route({
    method: 'get',
    path: '/v1/admin/registry-monitoring-runs/{id}',
    summary: 'A registry monitoring run: companies looked up, changes seen, new risks opened as investigations, registers that did not answer',
    access: { permission: 'operations:run' },
    params: idParam,
    responses: { 200: { description: 'the run', schema: registryMonitoringResponse } },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ params: { id } }, { temporal }) => {
    if (!hasPrefix(id, 'screeningRun')) throw notFound('The registry monitoring run');
    const handle = temporal.workflow.getHandle(registryMonitoringWorkflowId(id));
    const described = await callWorkflow(temporal, () => handle.describe(), 'request_not_open').catch((err) => {
      if (err instanceof Problem && err.code === 'request_not_open') throw notFound('The registry monitoring run');
      throw err;
    });
    const status = described.status.name === 'COMPLETED' ? 'completed' : described.status.name === 'RUNNING' ? 'running' : 'failed';
    const counts = status === 'completed' ? ((await callWorkflow(temporal, () => handle.result())) as Record<string, number>) : {};
    return {
      status: 200,
      body: {
        id,
        object: 'registry_monitoring_run' as const,
        status,
        ...(status === 'completed'
          ? { companiesChecked: counts.companiesChecked, changed: counts.changed, newRisks: counts.newRisks, unavailable: counts.unavailable, sanctionsHits: counts.sanctionsHits ?? 0 }
          : {}),
        startedAt: iso(described.startTime),
        finishedAt: iso(described.closeTime ?? null),
      },
    };
  }),
];
