/**
 * Sellers: who they are to the marketplace, their status, what they may do now (narrowed by the
 * enforcement actions in effect), their standing, applications and enforcement actions. The daily
 * metrics (api/performance/metrics.ts) and appeals (api/appeals/filing.ts) live in their components.
 */
import { Router, type Request } from 'express';
import { activeRestrictions, listEnforcements } from '../../db/enforcement/enforcements';
import { findSellerRequest, openSellerRequests } from '../../db/onboarding/seller-requests';
import { capabilitiesUnder } from '../../domain/enforcement/enforcement';
import { informCertificationSchema } from '../../domain/inform/schemas';
import { personSchema } from '../../domain/onboarding/application';
import { z } from 'zod';
import { documentRenewalWorkflowId, informWorkflowId } from '../../temporal/workflow-ids';
import { informCertifiedSignal } from '../../workflows/inform/messages';
import { answerSellerRequestUpdate } from '../../workflows/onboarding/document-renewal-messages';
import { iso } from '../onboarding/application-view';
import { actorOf, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { parseOrThrow, Problem } from '../shared/problem';
import { callWorkflow } from '../shared/workflow-calls';
import { sellerOr404 as findVisibleSeller } from './seller-access';
import { retentionView } from '../retention/retention';
import { enforcementView } from '../enforcement/enforcements';

export function sellersRouter({ db, temporal }: ApiDeps): Router {
  const router = Router();

  const sellerOr404 = (req: Request, id: string) => findVisibleSeller(db, req, id);

  router.get('/:id', requirePermission('sellers:read'), async (req, res) => {
    const seller = await sellerOr404(req, String(req.params.id));
    const [applications, restrictions, standing, open, inform, requests] = await Promise.all([
      db('applications').where({ seller_id: seller.id }).orderBy('submitted_at', 'desc').select('id', 'status', 'submitted_at', 'decided_at'),
      activeRestrictions(db, seller.id),
      db('seller_standings').where({ seller_id: seller.id }).first(),
      db('enforcement_actions')
        .where({ seller_id: seller.id })
        .whereIn('status', ['awaiting_decision', 'notice', 'active'])
        .orderBy('created_at', 'desc')
        .select('id', 'type', 'status', 'effective_at'),
      db('inform_compliance').where({ seller_id: seller.id }).first(),
      openSellerRequests(db, seller.id),
    ]);
    res.json({
      id: seller.id,
      object: 'seller',
      externalRef: seller.external_ref,
      status: seller.status,
      capabilities: capabilitiesUnder(seller.status, restrictions),
      standing: standing
        ? { level: standing.level, points: standing.points, asOf: standing.as_of, policyVersion: standing.policy_version }
        : { level: 'good', points: 0, asOf: null, policyVersion: null },
      // What the seller must still give, and by when (as an application's requirements say it).
      requirements: {
        currentlyDue: requests.flatMap((r) => r.items),
        currentDeadline: iso(requests[0]?.due_at),
        requests: requests.map((r) => ({ id: r.id, kind: r.kind, items: r.items, dueAt: iso(r.due_at) })),
      },
      retention: await retentionView(db, seller.id),
      inform: inform ? { status: inform.status, highVolumeSince: inform.crossed_on, missing: inform.missing, dueAt: iso(inform.due_at), certifiedAt: iso(inform.certified_at) } : null,
      openEnforcements: open.map((e) => ({ id: e.id, type: e.type, status: e.status, effectiveAt: iso(e.effective_at) })),
      applications: applications.map((a) => ({ id: a.id, status: a.status, submittedAt: iso(a.submitted_at), decidedAt: iso(a.decided_at) })),
      createdAt: iso(seller.created_at),
      updatedAt: iso(seller.updated_at),
    });
  });

  router.post('/:id/inform-certification', requirePermission('sellers:certify'), async (req, res) => {
    const body = parseOrThrow(informCertificationSchema, req.body);
    const seller = await sellerOr404(req, String(req.params.id));
    const record = await db('inform_compliance').where({ seller_id: seller.id }).first();
    if (!record || !['collecting', 'recertifying', 'noticed', 'suspension_proposed'].includes(record.status))
      throw new Problem(409, 'no_certification_due', 'No INFORM certification is due for this seller');
    const stillMissing = (record.missing as string[]).filter(
      (item) => !(item === 'business.taxId' && body.taxId) && !(item === 'business.email' && body.email) && !(item === 'business.phone' && body.phone),
    );
    if (stillMissing.length > 0) {
      throw new Problem(400, 'validation_error', `The request body is not valid: ${stillMissing.length} field(s) to fix`, {
        errors: stillMissing.map((item) => ({ path: item.replace('business.', ''), code: 'required', message: 'is required: the seller record lacks it' })),
      });
    }
    const certifiedAt = new Date().toISOString();
    // The INFORM workflow records the certification (one writer per fact).
    await callWorkflow(
      temporal,
      () => temporal.workflow.getHandle(informWorkflowId(seller.id)).signal(informCertifiedSignal, { certifiedAt, certification: body, actor: actorOf(req), requestId: req.requestId }),
      'no_certification_due',
    );
    res.status(202).json({ object: 'inform_certification', sellerId: seller.id, certifiedAt });
  });

  /** The seller answers a request (a new identity document before the old one expires). */
  router.post('/:id/information', requirePermission('sellers:certify'), async (req, res) => {
    const body = parseOrThrow(sellerInformationSchema, req.body);
    const seller = await sellerOr404(req, String(req.params.id));
    const request = await findSellerRequest(db, body.requestId);
    if (!request || request.seller_id !== seller.id)
      throw new Problem(400, 'validation_error', 'The request body is not valid: 1 field(s) to fix', {
        errors: [{ path: 'requestId', code: 'unknown_request', message: 'is not a request to this seller' }],
      });
    if (request.status !== 'open') throw new Problem(409, 'request_not_open', `The request is ${request.status}`);
    if (body.idDocument.expiresOn && body.idDocument.expiresOn <= new Date(request.due_at).toISOString().slice(0, 10)) {
      throw new Problem(400, 'validation_error', 'The request body is not valid: 1 field(s) to fix', {
        errors: [{ path: 'idDocument.expiresOn', code: 'not_renewed', message: 'must be after the expiring document' }],
      });
    }
    // The renewal workflow records the new document before it has it verified (one writer per fact).
    await callWorkflow(
      temporal,
      () =>
        temporal.workflow
          .getHandle(documentRenewalWorkflowId(request.id))
          .executeUpdate(answerSellerRequestUpdate, { args: [{ requestId: request.id, idDocument: body.idDocument, actor: actorOf(req), apiRequestId: req.requestId }] }),
      'request_not_open',
    );
    res.status(202).json({ object: 'seller_request', id: request.id, status: 'answered' });
  });

  router.get('/:id/enforcements', requirePermission('enforcements:read'), async (req, res) => {
    const seller = await sellerOr404(req, String(req.params.id));
    res.json({ object: 'list', data: (await listEnforcements(db, seller.id)).map(enforcementView) });
  });

  return router;
}

const sellerInformationSchema = z.strictObject({
  requestId: z.string().regex(/^req_[0-9a-z]{20}$/, 'must be the ID of an open request to this seller'),
  idDocument: personSchema.shape.idDocument.unwrap(),
});
