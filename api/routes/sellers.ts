/**
 * Sellers: who they are to the marketplace, their status, what they may do, and their applications.
 * Enforcement actions join this view with the post-approval work.
 */
import { Router } from 'express';
import { hasPrefix } from '../../domain/ids';
import { iso } from '../application-view';
import { requirePermission } from '../auth';
import type { ApiDeps } from '../deps';
import { notFound } from '../problem';

export function sellersRouter({ db }: ApiDeps): Router {
  const router = Router();
  router.get('/:id', requirePermission('sellers:read'), async (req, res) => {
    const id = String(req.params.id);
    const seller = hasPrefix(id, 'seller') ? await db('sellers').where({ id }).first() : undefined;
    if (!seller) throw notFound('The seller');
    const applications = await db('applications').where({ seller_id: id }).orderBy('submitted_at', 'desc').select('id', 'status', 'submitted_at', 'decided_at');
    const active = seller.status === 'active';
    res.json({
      id: seller.id,
      object: 'seller',
      externalRef: seller.external_ref,
      status: seller.status,
      // What the marketplace may let the seller do; restrictions from enforcement will narrow these.
      capabilities: { listing: active, selling: active, payouts: active },
      applications: applications.map((a) => ({ id: a.id, status: a.status, submittedAt: iso(a.submitted_at), decidedAt: iso(a.decided_at) })),
      createdAt: iso(seller.created_at),
      updatedAt: iso(seller.updated_at),
    });
  });
  return router;
}
