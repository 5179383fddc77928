/** Enforcement actions with their statements of reasons, and the Transparency Database export. */
import type { Request } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/knex';
import { findEnforcement, type EnforcementRow } from '../../db/enforcement/enforcements';
import { EEA_COUNTRIES, transparencyDatabaseStatement, type EnforcementStatus } from '../../domain/enforcement/enforcement';
import { hasPrefix } from '../../domain/shared/ids';
import { iso } from '../onboarding/application-view';
import { assertSellerVisible } from '../access/auth';
import { notFound } from '../shared/problem';
import { route } from '../shared/route';
import { actorRef, idParam, timestamp } from '../shared/schemas';

const restrictionsResponse = z.object({
  listing: z.literal(false).optional(),
  selling: z.literal(false).optional(),
  payouts: z.literal(false).optional(),
  visibility: z.enum(['reduced', 'hidden']).optional(),
  features: z.array(z.string()).optional(),
});
const enforcementType = z.enum(['warning', 'feature_restriction', 'reduced_visibility', 'suspension', 'deactivation', 'sanctions_hold']);

/** The statement of reasons (DSA Art. 17(3)): facts, ground, automation, scope, duration, redress. */
const statementOfReasonsResponse = z.object({
  facts: z.array(z.string()),
  ground: z.object({ type: z.enum(['terms', 'law']), references: z.array(z.string()), explanation: z.string() }),
  automatedDetection: z.boolean(),
  automatedDecision: z.enum(['fully', 'partially', 'not_automated']),
  scope: z.object({ type: enforcementType, restrictions: restrictionsResponse }),
  duration: z.object({ noticeHours: z.number(), durationDays: z.number().nullable() }),
  redress: z.object({ appeal: z.string(), outOfCourt: z.string(), judicial: z.string() }),
  policyVersion: z.string(),
});

export const enforcementResponse = z.object({
  id: z.string(),
  object: z.literal('enforcement'),
  sellerId: z.string(),
  type: enforcementType,
  status: z.enum(['awaiting_decision', 'notice', 'active', 'ended', 'cancelled', 'declined', 'reversed']),
  statementOfReasons: statementOfReasonsResponse,
  restrictions: restrictionsResponse,
  automatedDetection: z.boolean(),
  automatedDecision: z.boolean(),
  decidedBy: actorRef.nullable(),
  decidedAt: timestamp,
  effectiveAt: timestamp,
  endsAt: timestamp,
  endedAt: timestamp,
  appealableUntil: timestamp,
  source: z.object({ type: z.string(), id: z.string().nullable() }),
  createdAt: timestamp,
});

/** The body of the Transparency Database's create-statement call (its field names). */
const transparencyStatementResponse = z.looseObject({ puid: z.string(), decision_ground: z.string(), category: z.string(), platform_name: z.string().optional() });

export function enforcementView(e: EnforcementRow): z.input<typeof enforcementResponse> {
  return {
    id: e.id,
    object: 'enforcement' as const,
    sellerId: e.seller_id,
    type: e.type,
    // Proposals are never shown (the reads exclude them); a cancellation in progress is still a notice.
    status: e.status === 'cancelling' ? 'notice' : (e.status as EnforcementStatus),
    statementOfReasons: e.statement,
    restrictions: e.restrictions,
    automatedDetection: e.automated_detection,
    automatedDecision: e.automated_decision,
    decidedBy: e.decided_by ? { id: e.decided_by, name: e.decided_by_name } : null,
    decidedAt: iso(e.decided_at),
    effectiveAt: iso(e.effective_at),
    endsAt: iso(e.ends_at),
    endedAt: iso(e.ended_at),
    appealableUntil: iso(e.appealable_until),
    source: { type: e.source, id: e.source_id },
    createdAt: iso(e.created_at),
  };
}

async function actionOr404(db: Db, req: Request, id: string) {
  const action = hasPrefix(id, 'enforcement') ? await findEnforcement(db, id) : undefined;
  // A proposal not yet decided is the reviewers' business, not an action.
  if (!action || action.status === 'proposed') throw notFound('The enforcement action');
  await assertSellerVisible(db, req, action.seller_id, 'The enforcement action');
  return action;
}

export const enforcementRoutes = [
  route({
    method: 'get',
    path: '/v1/enforcements/{id}',
    summary: 'One enforcement action with its statement of reasons',
    access: { permission: 'enforcements:read' },
    params: idParam,
    responses: { 200: { description: 'the action', schema: enforcementResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => ({ status: 200, body: enforcementView(await actionOr404(db, req, id)) })),

  route({
    method: 'get',
    path: '/v1/enforcements/{id}/transparency-database',
    summary: "The statement of reasons as the body of the EU DSA Transparency Database's create-statement call, without personal data",
    access: { permission: 'enforcements:export' },
    params: idParam,
    responses: { 200: { description: 'the statement', schema: transparencyStatementResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const e = await actionOr404(db, req, id);
    const statement = transparencyDatabaseStatement({
      id: e.id,
      type: e.type,
      statement: e.statement,
      effectiveAt: iso(e.effective_at),
      endsAt: iso(e.ends_at),
      decidedAt: iso(e.decided_at),
      territorialScope: EEA_COUNTRIES,
    });
    return { status: 200, body: statement };
  }),
];
