/** Enforcement actions with their statements of reasons, and the Transparency Database export. */
import { Router, type Request } from 'express';
import { findEnforcement, type EnforcementRow } from '../../db/enforcement/enforcements';
import { EEA_COUNTRIES, transparencyDatabaseStatement } from '../../domain/enforcement/enforcement';
import { hasPrefix } from '../../domain/shared/ids';
import { iso } from '../onboarding/application-view';
import { assertSellerVisible, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { notFound } from '../shared/problem';

export function enforcementView(e: EnforcementRow) {
  return {
    id: e.id,
    object: 'enforcement',
    sellerId: e.seller_id,
    type: e.type,
    status: e.status === 'cancelling' ? 'notice' : e.status,
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

export function enforcementsRouter({ db }: ApiDeps): Router {
  const router = Router();
  const actionOr404 = async (req: Request, id: string) => {
    const action = hasPrefix(id, 'enforcement') ? await findEnforcement(db, id) : undefined;
    if (!action || action.status === 'proposed') throw notFound('The enforcement action');
    await assertSellerVisible(db, req, action.seller_id, 'The enforcement action');
    return action;
  };

  router.get('/:id', requirePermission('enforcements:read'), async (req, res) => {
    res.json(enforcementView(await actionOr404(req, String(req.params.id))));
  });

  router.get('/:id/transparency-database', requirePermission('enforcements:export'), async (req, res) => {
    const e = await actionOr404(req, String(req.params.id));
    res.json(
      transparencyDatabaseStatement({
        id: e.id,
        type: e.type,
        statement: e.statement,
        effectiveAt: iso(e.effective_at),
        endsAt: iso(e.ends_at),
        decidedAt: iso(e.decided_at),
        territorialScope: EEA_COUNTRIES,
      }),
    );
  });
  return router;
}
