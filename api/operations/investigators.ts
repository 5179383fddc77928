/**
 * The investigators' operations: their profiles (skills, shift, cap), who is on shift with how many
 * open cases, the agreement of sampled second reviews, and the root causes of closed cases with the
 * mitigations leads recorded.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { listInvestigatorLoads } from '../../db/operations/investigators';
import { listAgreement } from '../../db/operations/quality-reviews';
import { listRootCauseFigures } from '../../db/operations/root-causes';
import { listTargetFigures } from '../../db/operations/targets';
import { twoMonthPeriods } from '../../domain/operations/targets';
import { onShift } from '../../domain/operations/assignment';
import { investigatorSchema, mitigationSchema, rootCauses } from '../../domain/operations/schemas';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { derivedId } from '../../domain/shared/ids';
import { investigatorProfileWorkflowId, mitigationWorkflowId } from '../../temporal/workflow-ids';
import { actorOf } from '../access/auth';
import { route } from '../shared/route';
import { runToCompletion } from '../shared/workflow-calls';

const periodQuery = z.strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional() });
const keyIdParam = z.strictObject({ id: z.string().regex(/^key_[0-9a-z]{20}$/, 'must be the ID of the investigator’s API key') });
const agreement = { sampled: z.number().int(), reviewed: z.number().int(), agreed: z.number().int(), agreementRate: z.number().nullable() };

const investigatorResponse = z.object({
  id: z.string(),
  object: z.literal('investigator'),
  name: z.string(),
  categories: z.array(z.string()),
  languages: z.array(z.string()),
  markets: z.array(z.string()),
  shift: z.object({ days: z.array(z.number()), start: z.string(), end: z.string(), timeZone: z.string() }),
  maxOpenCases: z.number().int(),
  senior: z.boolean(),
  openCases: z.number().int(),
  onShift: z.boolean(),
});

const targetFigures = z.object({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  decided: z.number().int(),
  withinSla: z.number().int(),
  slaAttainment: z.number().nullable(),
  meetsSlaTarget: z.boolean().nullable(),
  openAtEnd: z.number().int(),
  medianBacklogAgeHours: z.number().nullable(),
  meetsBacklogTarget: z.boolean(),
});

export const investigatorRoutes = [
  route({
    method: 'get',
    path: '/v1/operations/targets',
    summary: 'The targets per two-month period (SLA attainment, backlog age) with the figures for the last six periods, oldest first',
    access: { permission: 'governance:read' },
    responses: {
      200: {
        description: 'the targets and their trend',
        schema: z.object({ object: z.literal('operations_targets'), targets: z.object({ slaAttainment: z.number(), backlogAgeHours: z.number() }), periods: z.array(targetFigures) }),
      },
    },
    problems: [],
  }).handle(async (_input, { config, db }) => {
    const targets = { slaAttainment: config.SLA_ATTAINMENT_TARGET, backlogAgeHours: config.BACKLOG_AGE_TARGET_HOURS };
    return { status: 200, body: { object: 'operations_targets' as const, targets, periods: await listTargetFigures(db, twoMonthPeriods(new Date(), 6), targets) } };
  }),
  route({
    method: 'post',
    path: '/v1/investigators/{id}',
    summary: 'Set an investigator’s skills (categories, languages, markets), shift and cap on open cases, by their API key’s ID',
    access: { permission: 'investigators:manage' },
    params: keyIdParam,
    body: { json: investigatorSchema },
    responses: { 200: { description: 'saved', schema: z.object({ id: z.string(), object: z.literal('investigator'), saved: z.literal(true) }) } },
    problems: ['temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { config, temporal }) => {
    const digest = createHash('sha256').update(canonicalJson(body)).digest('hex').slice(0, 32);
    await runToCompletion(temporal, 'investigatorProfile', {
      workflowId: investigatorProfileWorkflowId(id, digest),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [{ investigatorId: id, profile: body, actor: actorOf(req) }],
    });
    return { status: 200, body: { id, object: 'investigator' as const, saved: true as const } };
  }),
  route({
    method: 'get',
    path: '/v1/investigators',
    summary: 'The active investigators: skills, shift, whether on shift now, open cases against their cap',
    access: { permission: 'investigators:read' },
    responses: { 200: { description: 'the investigators', schema: z.object({ object: z.literal('list'), data: z.array(investigatorResponse) }) } },
    problems: [],
  }).handle(async (_input, { db }) => {
    const now = new Date();
    const data = (await listInvestigatorLoads(db)).map(({ email: _email, active: _active, lastAssignedAt: _last, ...i }) => ({
      ...i,
      object: 'investigator' as const,
      onShift: onShift(i.shift, now),
    }));
    return { status: 200, body: { object: 'list' as const, data } };
  }),
  route({
    method: 'get',
    path: '/v1/quality/agreement',
    summary: 'Second-review agreement over the sampled cases, per investigator and per reason code of the first decision',
    access: { permission: 'quality:read' },
    query: periodQuery,
    responses: {
      200: {
        description: 'the figures',
        schema: z.object({
          object: z.literal('quality_agreement'),
          byInvestigator: z.array(z.object({ investigatorId: z.string(), name: z.string().nullable(), ...agreement })),
          byReason: z.array(z.object({ reason: z.string(), ...agreement })),
        }),
      },
    },
    problems: [],
  }).handle(async ({ query }, { db }) => ({ status: 200, body: { object: 'quality_agreement' as const, ...(await listAgreement(db, query.from, query.to)) } })),
  route({
    method: 'get',
    path: '/v1/root-causes/report',
    summary: 'The root causes of closed cases: the leading ones, their monthly trend, and the mitigation last recorded for each',
    access: { permission: 'quality:read' },
    query: periodQuery,
    responses: {
      200: {
        description: 'the figures',
        schema: z.object({
          object: z.literal('root_cause_report'),
          total: z.number().int(),
          months: z.array(z.string()),
          causes: z.array(
            z.object({
              rootCause: z.string(),
              count: z.number().int(),
              share: z.number(),
              trend: z.array(z.object({ month: z.string(), count: z.number().int() })),
              mitigation: z.object({ period: z.string(), text: z.string(), recordedBy: z.object({ id: z.string(), name: z.string().nullable() }), recordedAt: z.string() }).nullable(),
            }),
          ),
        }),
      },
    },
    problems: [],
  }).handle(async ({ query }, { db }) => ({ status: 200, body: { object: 'root_cause_report' as const, ...(await listRootCauseFigures(db, query.from, query.to)) } })),
  route({
    method: 'post',
    path: '/v1/root-causes/{code}/mitigations',
    summary: 'A lead records what is being done about a root cause, from a month on',
    description: 'The same mitigation sent again is one mitigation.',
    access: { permission: 'root_causes:mitigate' },
    params: z.strictObject({ code: z.enum(rootCauses) }),
    body: { json: mitigationSchema },
    responses: { 201: { description: 'recorded', schema: z.object({ id: z.string(), object: z.literal('mitigation'), rootCause: z.enum(rootCauses), period: z.string() }) } },
    problems: ['temporal_unavailable'],
  }).handle(async ({ params: { code }, body, req }, { config, temporal }) => {
    const actor = actorOf(req);
    const mitigationId = derivedId('mitigation', code, actor.id, canonicalJson(body));
    await runToCompletion(temporal, 'rootCauseMitigation', {
      workflowId: mitigationWorkflowId(mitigationId),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [{ mitigationId, rootCause: code, mitigation: body, actor }],
    });
    return { status: 201, body: { id: mitigationId, object: 'mitigation' as const, rootCause: code, period: body.period } };
  }),
];
