/** Enforcement actions with their statements of reasons, and the Transparency Database export. */
import type { Request } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/knex';
import { findEnforcement, type EnforcementRow } from '../../db/enforcement/enforcements';
import type { EnforcementStatus } from '../../domain/enforcement/enforcement';
import { listingActionTypes } from '../../domain/notices/codes';
import { findTransparencyExport, findTransparencyStatement, type TransparencyStatementRow } from '../../db/enforcement/transparency-statements';
import { hasPrefix } from '../../domain/shared/ids';
import { iso } from '../onboarding/application-view';
import { assertSellerVisible } from '../access/auth';
import { notFound, Problem } from '../shared/problem';
import { route } from '../shared/route';
import { actorRef, idParam, timestamp } from '../shared/schemas';

const restrictionsResponse = z.object({
  listing: z.literal(false).optional(),
  selling: z.literal(false).optional(),
  payouts: z.literal(false).optional(),
  visibility: z.enum(['reduced', 'hidden']).optional(),
  features: z.array(z.string()).optional(),
});
const enforcementType = z.enum(['warning', 'feature_restriction', 'reduced_visibility', 'suspension', 'deactivation', 'sanctions_hold', ...listingActionTypes]);

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
  reasons: z.array(z.string()).optional(),
  source: z.object({ type: z.enum(['notice', 'trusted_flagger', 'own_initiative']) }).optional(),
  listedEntries: z.array(z.string()).optional(),
  /** An action on one listing: the marketplace's listing ID. */
  listing: z.object({ id: z.string(), listedAt: z.string().optional() }).optional(),
});

/**
 * The body of one statement of the Transparency Database's create-statements call, in its field names
 * (domain/enforcement/transparency-statement.ts); the fields it does not always carry stay open.
 */
const transparencyStatementResponse = z.looseObject({
  puid: z.string(),
  decision_ground: z.enum(['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT']),
  category: z.string(),
  content_type: z.array(z.string()),
  content_date: z.string(),
  application_date: z.string(),
  decision_facts: z.string(),
  source_type: z.enum(['SOURCE_ARTICLE_16', 'SOURCE_TRUSTED_FLAGGER', 'SOURCE_VOLUNTARY']),
  automated_detection: z.enum(['Yes', 'No']),
  automated_decision: z.enum(['AUTOMATED_DECISION_FULLY', 'AUTOMATED_DECISION_PARTIALLY', 'AUTOMATED_DECISION_NOT_AUTOMATED']),
  territorial_scope: z.array(z.string()),
});

/** Where the statement stands with the Transparency Database: queued, sent, accepted (with its UUID there) or refused (with its errors). */
const transparencySubmissionResponse = z.object({
  status: z.enum(['queued', 'sent', 'accepted', 'refused']),
  attempts: z.number().int(),
  uuid: z.string().nullable(),
  errors: z.record(z.string(), z.array(z.string())).nullable(),
  queuedAt: z.string(),
  sentAt: timestamp,
  resolvedAt: timestamp,
});

export function transparencySubmissionView(t: TransparencyStatementRow): z.input<typeof transparencySubmissionResponse> {
  return { status: t.status, attempts: t.attempts, uuid: t.tdb_uuid, errors: t.errors, queuedAt: t.queued_at.toISOString(), sentAt: iso(t.sent_at), resolvedAt: iso(t.resolved_at) };
}

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
  /** The listing it acts on, for an action on one listing (DSA Art. 17(1)(a)). */
  listingId: z.string().nullable(),
  createdAt: timestamp,
  /** Only on a single action: its statement's submission to the Transparency Database, null until it is in effect (and for a warning). */
  transparencyDatabase: transparencySubmissionResponse.nullable().optional(),
});

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
    listingId: e.listing_id ?? null,
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
  }).handle(async ({ params: { id }, req }, { db }) => {
    const action = await actionOr404(db, req, id);
    const submission = await findTransparencyStatement(db, action.id);
    return { status: 200, body: { ...enforcementView(action), transparencyDatabase: submission ? transparencySubmissionView(submission) : null } };
  }),

  route({
    method: 'get',
    path: '/v1/enforcements/{id}/transparency-database',
    summary: "The statement of reasons as the body of the EU DSA Transparency Database's create-statement call, without personal data",
    access: { permission: 'enforcements:export' },
    params: idParam,
    responses: { 200: { description: 'the statement', schema: transparencyStatementResponse } },
    problems: ['resource_not_found', 'not_a_restriction'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const e = await actionOr404(db, req, id);
    const statement = await findTransparencyExport(db, e);
    if (!statement) throw new Problem('not_a_restriction', `A ${e.type} restricts nothing; DSA Art. 24(5) asks for statements of restrictions only.`);
    return { status: 200, body: statement };
  }),
];
