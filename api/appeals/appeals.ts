/** Appeals as the seller and reviewers see them. */
import { z } from 'zod';
import { findAppeal, type AppealRow } from '../../db/appeals/appeals';
import { derivedId, hasPrefix } from '../../domain/shared/ids';
import { APPEAL_REDRESS } from '../../domain/appeals/appeals';
import { iso } from '../onboarding/application-view';
import { assertSellerVisible } from '../access/auth';
import { notFound } from '../shared/problem';
import { route } from '../shared/route';
import { actorRef, idParam, timestamp } from '../shared/schemas';

export const appealResponse = z.object({
  id: z.string(),
  object: z.literal('appeal'),
  sellerId: z.string(),
  subject: z.object({ type: z.enum(['enforcement', 'application']), id: z.string() }),
  statement: z.string(),
  evidence: z.array(z.string()),
  status: z.enum(['open', 'decided']),
  outcome: z.enum(['uphold', 'overturn', 'modify']).nullable(),
  reasons: z.array(z.string()).nullable(),
  note: z.string().nullable(),
  decidedBy: actorRef.nullable(),
  decidedAt: timestamp,
  /** Once decided: the redress still open to the seller (DSA Art. 20(5), Art. 21). */
  redress: z.object({ outOfCourt: z.string(), judicial: z.string() }).nullable(),
  /** An overturned rejection: the application that reconsiders it (same data, checked afresh, decided by a reviewer). */
  reconsiderationApplicationId: z.string().nullable(),
  slaDueAt: timestamp,
  createdAt: timestamp,
});

export function appealView(a: AppealRow): z.input<typeof appealResponse> {
  return {
    id: a.id,
    object: 'appeal' as const,
    sellerId: a.seller_id,
    subject: { type: a.subject_type, id: a.subject_id },
    statement: a.statement,
    evidence: a.evidence,
    status: a.status,
    outcome: a.outcome,
    reasons: a.reasons,
    note: a.note,
    decidedBy: a.decided_by ? { id: a.decided_by, name: a.decided_by_name } : null,
    decidedAt: iso(a.decided_at),
    redress: a.status === 'decided' ? APPEAL_REDRESS : null,
    reconsiderationApplicationId: a.subject_type === 'application' && (a.outcome === 'overturn' || a.outcome === 'modify') ? derivedId('application', 'reconsideration', a.id) : null,
    slaDueAt: iso(a.sla_due_at),
    createdAt: iso(a.created_at),
  };
}

export const appealRoutes = [
  route({
    method: 'get',
    path: '/v1/appeals/{id}',
    summary: 'An appeal and its outcome',
    access: { permission: 'appeals:read' },
    params: idParam,
    responses: { 200: { description: 'the appeal', schema: appealResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const appeal = hasPrefix(id, 'appeal') ? await findAppeal(db, id) : undefined;
    if (!appeal) throw notFound('The appeal');
    await assertSellerVisible(db, req, appeal.seller_id, 'The appeal');
    return { status: 200, body: appealView(appeal) };
  }),
];
