/**
 * Sellers: who they are to the marketplace, their status, what they may do now (narrowed by the
 * enforcement actions in effect), their standing, applications and enforcement actions; the daily
 * performance metrics order systems send; and the appeals sellers file.
 */
import { Router, type Request } from 'express';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { findAppeal, openAppealOn, recordAppeal } from '../../db/appeals/appeals';
import { activeRestrictions, findEnforcement, listEnforcements } from '../../db/enforcement/enforcements';
import { recordCertification } from '../../db/inform/inform';
import { storeMetrics } from '../../db/performance/metrics';
import { answerRenewal, findSellerRequest, openSellerRequests } from '../../db/onboarding/seller-requests';
import { APPEAL_SLA_DAYS } from '../../domain/appeals/appeals';
import { appealRequestSchema } from '../../domain/appeals/schemas';
import { APPEAL_WINDOW_DAYS, capabilitiesUnder } from '../../domain/enforcement/enforcement';
import { derivedId, hasPrefix } from '../../domain/shared/ids';
import { informCertificationSchema } from '../../domain/inform/schemas';
import { metricsBatchSchema } from '../../domain/performance/metrics';
import { personSchema } from '../../domain/onboarding/application';
import { z } from 'zod';
import { appealWorkflowId, documentRenewalWorkflowId, informWorkflowId } from '../../temporal/workflow-ids';
import { informCertifiedSignal } from '../../workflows/inform/messages';
import { sellerInformationSignal } from '../../workflows/onboarding/document-renewal-messages';
import { iso } from '../onboarding/application-view';
import { actorOf, requirePermission, seesClient } from '../access/auth';
import type { ApiDeps } from '../deps';
import { notFound, parseOrThrow, Problem } from '../shared/problem';
import { callWorkflow } from '../shared/workflow-calls';
import { appealView } from '../appeals/appeals';
import { retentionView } from '../retention/retention';
import { enforcementView } from '../enforcement/enforcements';

const DAY = 86_400_000;

export function sellersRouter({ config, db, temporal }: ApiDeps): Router {
  const router = Router();

  async function sellerOr404(req: Request, id: string) {
    const seller = hasPrefix(id, 'seller') ? await db('sellers').where({ id }).first() : undefined;
    if (!seller || !seesClient(req, seller.client_id)) throw notFound('The seller');
    return seller;
  }

  router.get('/:id', requirePermission('sellers:read'), async (req, res) => {
    const seller = await sellerOr404(req, String(req.params.id));
    const [applications, restrictions, standing, open, inform, requests] = await Promise.all([
      db('applications').where({ seller_id: seller.id }).orderBy('submitted_at', 'desc').select('id', 'status', 'submitted_at', 'decided_at'),
      activeRestrictions(db, seller.id),
      db('seller_standings').where({ seller_id: seller.id }).first(),
      db('enforcement_actions').where({ seller_id: seller.id }).whereIn('status', ['awaiting_decision', 'notice', 'active']).orderBy('created_at', 'desc').select('id', 'type', 'status', 'effective_at'),
      db('inform_compliance').where({ seller_id: seller.id }).first(),
      openSellerRequests(db, seller.id),
    ]);
    res.json({
      id: seller.id,
      object: 'seller',
      externalRef: seller.external_ref,
      status: seller.status,
      capabilities: capabilitiesUnder(seller.status, restrictions),
      standing: standing ? { level: standing.level, points: standing.points, asOf: standing.as_of, policyVersion: standing.policy_version } : { level: 'good', points: 0, asOf: null, policyVersion: null },
      // What the seller must still give, and by when (as an application's requirements say it).
      requirements: { currentlyDue: requests.flatMap((r) => r.items), currentDeadline: iso(requests[0]?.due_at), requests: requests.map((r) => ({ id: r.id, kind: r.kind, items: r.items, dueAt: iso(r.due_at) })) },
      retention: await retentionView(db, seller.id),
      inform: inform ? { status: inform.status, highVolumeSince: inform.crossed_on, missing: inform.missing, dueAt: iso(inform.due_at), certifiedAt: iso(inform.certified_at) } : null,
      openEnforcements: open.map((e) => ({ id: e.id, type: e.type, status: e.status, effectiveAt: iso(e.effective_at) })),
      applications: applications.map((a) => ({ id: a.id, status: a.status, submittedAt: iso(a.submitted_at), decidedAt: iso(a.decided_at) })),
      createdAt: iso(seller.created_at),
      updatedAt: iso(seller.updated_at),
    });
  });

  router.post('/:id/metrics', requirePermission('sellers:metrics'), async (req, res) => {
    const { days } = parseOrThrow(metricsBatchSchema, req.body);
    const seller = await sellerOr404(req, String(req.params.id));
    const result = await storeMetrics(db, seller.id, days, actorOf(req), req.requestId);
    res.status(200).json({ object: 'metrics_receipt', sellerId: seller.id, days: result.stored, replaced: result.replaced });
  });

  /** INFORM Act: the high-volume seller certifies its information, adding what was missing. */
  router.post('/:id/inform-certification', requirePermission('sellers:certify'), async (req, res) => {
    const body = parseOrThrow(informCertificationSchema, req.body);
    const seller = await sellerOr404(req, String(req.params.id));
    const record = await db('inform_compliance').where({ seller_id: seller.id }).first();
    if (!record || !['collecting', 'recertifying', 'noticed', 'suspension_proposed'].includes(record.status)) throw new Problem(409, 'no_certification_due', 'No INFORM certification is due for this seller');
    const stillMissing = (record.missing as string[]).filter((item) => !(item === 'business.taxId' && body.taxId) && !(item === 'business.email' && body.email) && !(item === 'business.phone' && body.phone));
    if (stillMissing.length > 0) {
      throw new Problem(400, 'validation_error', `The request body is not valid: ${stillMissing.length} field(s) to fix`, { errors: stillMissing.map((item) => ({ path: item.replace('business.', ''), code: 'required', message: 'is required: the seller record lacks it' })) });
    }
    await recordCertification(db, seller.id, body, actorOf(req), req.requestId);
    const certifiedAt = new Date().toISOString();
    await callWorkflow(temporal, () => temporal.workflow.getHandle(informWorkflowId(seller.id)).signal(informCertifiedSignal, { certifiedAt }), 'no_certification_due');
    res.status(202).json({ object: 'inform_certification', sellerId: seller.id, certifiedAt });
  });

  /** The seller answers a request (a new identity document before the old one expires). */
  router.post('/:id/information', requirePermission('sellers:certify'), async (req, res) => {
    const body = parseOrThrow(sellerInformationSchema, req.body);
    const seller = await sellerOr404(req, String(req.params.id));
    const request = await findSellerRequest(db, body.requestId);
    if (!request || request.seller_id !== seller.id) throw new Problem(400, 'validation_error', 'The request body is not valid: 1 field(s) to fix', { errors: [{ path: 'requestId', code: 'unknown_request', message: 'is not a request to this seller' }] });
    if (request.status !== 'open') throw new Problem(409, 'request_not_open', `The request is ${request.status}`);
    if (body.idDocument.expiresOn && body.idDocument.expiresOn <= new Date(request.due_at).toISOString().slice(0, 10)) {
      throw new Problem(400, 'validation_error', 'The request body is not valid: 1 field(s) to fix', { errors: [{ path: 'idDocument.expiresOn', code: 'not_renewed', message: 'must be after the expiring document' }] });
    }
    await answerRenewal(db, request, body.idDocument, actorOf(req), req.requestId);
    await callWorkflow(temporal, () => temporal.workflow.getHandle(documentRenewalWorkflowId(request.id)).signal(sellerInformationSignal, { requestId: request.id }), 'request_not_open');
    res.status(202).json({ object: 'seller_request', id: request.id, status: 'answered' });
  });

  router.get('/:id/enforcements', requirePermission('enforcements:read'), async (req, res) => {
    const seller = await sellerOr404(req, String(req.params.id));
    res.json({ object: 'list', data: (await listEnforcements(db, seller.id)).map(enforcementView) });
  });

  router.post('/:id/appeals', requirePermission('appeals:create'), async (req, res) => {
    const body = parseOrThrow(appealRequestSchema, req.body);
    const seller = await sellerOr404(req, String(req.params.id));
    const contested = await contestedDecision(seller.id, body.subject);
    if (Date.now() > contested.appealableUntil) throw new Problem(409, 'appeal_window_closed', `Appeals against this decision closed on ${new Date(contested.appealableUntil).toISOString()}`);
    if (await openAppealOn(db, body.subject.type, body.subject.id)) throw new Problem(409, 'appeal_already_open', 'An appeal against this decision is already open');

    // The same appeal sent again (a retry) is the same appeal: its ID derives from what it contests and says.
    const appealId = derivedId('appeal', seller.id, body.subject.type, body.subject.id, body.statement);
    const slaDueAt = new Date(Date.now() + APPEAL_SLA_DAYS * DAY);
    const appeal = await recordAppeal(db, { id: appealId, seller_id: seller.id, subject_type: body.subject.type, subject_id: body.subject.id, statement: body.statement, evidence: body.evidence, sla_due_at: slaDueAt }, actorOf(req), req.requestId);
    await callWorkflow(temporal, async () => {
      try {
        await temporal.workflow.start('appeal', {
          workflowId: appealWorkflowId(appealId),
          taskQueue: config.TEMPORAL_TASK_QUEUE,
          args: [{ appealId, sellerId: seller.id, subject: body.subject, excludedReviewers: contested.deciders }],
          workflowIdConflictPolicy: 'USE_EXISTING',
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    });
    res.status(202).location(`/v1/appeals/${appealId}`).json(appealView((await findAppeal(db, appeal.id))!));
  });

  /** The decision an appeal contests: it must be this seller's, decided, and still within the appeal window. */
  async function contestedDecision(sellerId: string, subject: { type: 'enforcement' | 'application'; id: string }) {
    if (subject.type === 'enforcement') {
      const action = await findEnforcement(db, subject.id);
      if (!action || action.seller_id !== sellerId) throw subjectProblem('is not an enforcement action of this seller');
      if (!['notice', 'active', 'ended'].includes(action.status)) throw new Problem(409, 'not_appealable', `An action that is ${action.status} cannot be appealed`);
      return { appealableUntil: new Date(action.appealable_until!).getTime(), deciders: action.decided_by && action.decided_by !== 'system' ? [action.decided_by] : [] };
    }
    const app = await db('applications').where({ id: subject.id, seller_id: sellerId }).first();
    if (!app) throw subjectProblem('is not an application of this seller');
    if (app.status !== 'rejected') throw new Problem(409, 'not_appealable', 'Only a rejected application can be appealed');
    const decision = app.decision as { decidedBy?: { id: string }; confirmedBy?: { id: string } | null };
    return {
      appealableUntil: new Date(app.decided_at).getTime() + APPEAL_WINDOW_DAYS * DAY,
      deciders: [decision.decidedBy?.id, decision.confirmedBy?.id].filter((id): id is string => Boolean(id)),
    };
  }

  return router;
}

const sellerInformationSchema = z.strictObject({
  requestId: z.string().regex(/^req_[0-9a-z]{20}$/, 'must be the ID of an open request to this seller'),
  idDocument: personSchema.shape.idDocument.unwrap(),
});

const subjectProblem = (message: string) => new Problem(400, 'validation_error', 'The request body is not valid: 1 field(s) to fix', { errors: [{ path: 'subject.id', code: 'unknown_subject', message }] });
