/** Appeals as the seller and reviewers see them. */
import { Router } from 'express';
import { findAppeal, type AppealRow } from '../../db/appeals/appeals';
import { hasPrefix } from '../../domain/shared/ids';
import { iso } from '../onboarding/application-view';
import { assertSellerVisible, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { notFound } from '../shared/problem';

export function appealView(a: AppealRow) {
  return {
    id: a.id,
    object: 'appeal',
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
    slaDueAt: iso(a.sla_due_at),
    createdAt: iso(a.created_at),
  };
}

export function appealsRouter({ db }: ApiDeps): Router {
  const router = Router();
  router.get('/:id', requirePermission('appeals:read'), async (req, res) => {
    const id = String(req.params.id);
    const appeal = hasPrefix(id, 'appeal') ? await findAppeal(db, id) : undefined;
    if (!appeal) throw notFound('The appeal');
    await assertSellerVisible(db, req, appeal.seller_id, 'The appeal');
    res.json(appealView(appeal));
  });
  return router;
}
