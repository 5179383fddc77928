/** Investigation cases as reviewers see them: what joined the case, and how it ended. */
import { Router } from 'express';
import { findInvestigation } from '../../db/investigations/investigations';
import { hasPrefix } from '../../domain/shared/ids';
import { iso } from '../onboarding/application-view';
import { requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { notFound } from '../shared/problem';
import { auditRead } from '../shared/read-audit';

export function investigationsRouter({ db }: ApiDeps): Router {
  const router = Router();
  router.get('/:id', requirePermission('investigations:read'), async (req, res) => {
    const id = String(req.params.id);
    const row = hasPrefix(id, 'investigation') ? await findInvestigation(db, id) : undefined;
    if (!row) throw notFound('The investigation');
    await auditRead(db, req, 'investigation', id);
    const reports = await db('reports').where({ investigation_id: id }).orderBy('created_at').select('id', 'category', 'description', 'evidence', 'reporter_type', 'created_at');
    res.json({
      id: row.id,
      object: 'investigation',
      sellerId: row.seller_id,
      status: row.status,
      signals: row.signals,
      reports: reports.map((r) => ({ id: r.id, category: r.category, description: r.description, evidence: r.evidence, reporterType: r.reporter_type, createdAt: iso(r.created_at) })),
      outcome: row.outcome,
      reasons: row.reasons,
      note: row.note,
      enforcementId: row.enforcement_id,
      decidedBy: row.decided_by ? { id: row.decided_by, name: row.decided_by_name } : null,
      decidedAt: iso(row.decided_at),
      createdAt: iso(row.created_at),
    });
  });
  return router;
}
