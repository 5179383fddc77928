/**
 * Sellers: who they are to the marketplace, their status, what they may do now (narrowed by the
 * enforcement actions in effect), their standing, applications and enforcement actions. The daily
 * metrics (api/performance/metrics.ts) and appeals (api/appeals/filing.ts) live in their components.
 */
import { activeRestrictions, listEnforcements } from '../../db/enforcement/enforcements';
import { findSellerRequest, openSellerRequests } from '../../db/onboarding/seller-requests';
import { capabilitiesUnder } from '../../domain/enforcement/enforcement';
import { informCertificationSchema } from '../../domain/inform/schemas';
import { informView } from './inform-view';
import { personSchema } from '../../domain/onboarding/application';
import { z } from 'zod';
import { countDisputeRate } from '../../db/disputes/disputes';
import { DISPUTE_WARNING } from '../../domain/disputes/rules';
import { documentRenewalWorkflowId, eventuallyDueWorkflowId, informWorkflowId } from '../../temporal/workflow-ids';
import { answersRequirement } from '../../domain/onboarding/eventually-due';
import { informationAnswerSchema } from '../../domain/onboarding/information-answer';
import { informCertifiedSignal } from '../../workflows/inform/messages';
import { answerEventuallyDueUpdate, answerSellerRequestUpdate } from '../../workflows/onboarding/document-renewal-messages';
import { iso } from '../onboarding/application-view';
import { applicationStatuses } from '../../domain/onboarding/onboarding';
import { actorOf } from '../access/auth';
import { invalidField, invalidFields, Problem } from '../shared/problem';
import { route } from '../shared/route';
import { idParam, list, timestamp } from '../shared/schemas';
import { callWorkflow } from '../shared/workflow-calls';
import { sellerOr404 } from './seller-access';
import { retentionResponse, retentionView } from '../retention/retention';
import { enforcementResponse, enforcementView } from '../enforcement/enforcements';

/** An answer to a request to the seller: a new identity document (a renewal), or what was eventually due (business and person fields). */
const sellerInformationSchema = z.strictObject({
  requestId: z.string().regex(/^req_[0-9a-z]{20}$/, 'must be the ID of an open request to this seller'),
  idDocument: personSchema.shape.idDocument.unwrap().optional(),
  business: informationAnswerSchema.shape.business,
  persons: z
    .array(informationAnswerSchema.shape.persons.unwrap().element.omit({ firstName: true, lastName: true, dateOfBirth: true }))
    .max(20)
    .optional(),
});

const sellerResponse = z.object({
  id: z.string(),
  object: z.literal('seller'),
  externalRef: z.string(),
  status: z.string(),
  capabilities: z.object({ listing: z.boolean(), selling: z.boolean(), payouts: z.boolean(), visibility: z.string(), restrictedFeatures: z.array(z.string()) }),
  standing: z.object({ level: z.string(), points: z.number(), asOf: z.string().nullable(), policyVersion: z.string().nullable() }),
  /** After-sales disputes over the last 30 days against the orders reported (the early warning's figures, domain/disputes/rules.ts). */
  disputes: z.object({
    windowDays: z.number().int(),
    orders: z.number().int(),
    disputes: z.number().int(),
    sellerFault: z.number().int(),
    disputeRate: z.number().nullable(),
    sellerFaultRate: z.number().nullable(),
  }),
  requirements: z.object({
    currentlyDue: z.array(z.string()),
    currentDeadline: timestamp,
    requests: z.array(z.object({ id: z.string(), kind: z.string(), items: z.array(z.string()), dueAt: timestamp })),
  }),
  retention: retentionResponse,
  inform: z
    .object({
      status: z.string(),
      /** individual or business (15 U.S.C. § 45f(a)(1)(A)): what the seller must give depends on it. */
      sellerKind: z.enum(['individual', 'business']).nullable(),
      highVolumeSince: z.string().nullable(),
      missing: z.array(z.string()),
      dueAt: timestamp,
      certifiedAt: timestamp,
      verifiedAt: timestamp,
      /** Item by item: verified, failed (with the provider's answer) or not verifiable by any provider we have. */
      verification: z.record(z.string(), z.object({ status: z.enum(['verified', 'failed', 'not_verifiable']), provider: z.string(), result: z.string().optional() })).nullable(),
      /** 15 U.S.C. § 45f(b): at $20,000 or more, what the marketplace must show buyers of this seller. */
      buyerDisclosure: z
        .object({
          required: z.boolean(),
          peakRevenueUsd: z.number().nullable(),
          show: z.object({ name: z.boolean(), address: z.enum(['full', 'country_and_state']), phone: z.boolean(), email: z.boolean() }).nullable(),
        })
        .nullable(),
    })
    .nullable(),
  openEnforcements: z.array(z.object({ id: z.string(), type: z.string(), status: z.string(), effectiveAt: timestamp })),
  applications: z.array(z.object({ id: z.string(), status: z.enum(applicationStatuses), submittedAt: timestamp, decidedAt: timestamp })),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const sellerRoutes = [
  route({
    method: 'get',
    path: '/v1/sellers/{id}',
    summary: 'A seller: status, capabilities, standing, what is due, retention, INFORM, open enforcement and applications',
    access: { permission: 'sellers:read' },
    params: idParam,
    responses: { 200: { description: 'the seller', schema: sellerResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const seller = await sellerOr404(db, req, id);
    const [applications, restrictions, standing, open, inform, requests, retention, disputes] = await Promise.all([
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
      retentionView(db, seller.id),
      countDisputeRate(db, seller.id, DISPUTE_WARNING.windowDays),
    ]);
    const rate = (n: number) => (disputes.orders > 0 ? n / disputes.orders : null);
    return {
      status: 200,
      body: {
        id: seller.id,
        object: 'seller' as const,
        externalRef: seller.external_ref,
        status: seller.status,
        capabilities: capabilitiesUnder(seller.status, restrictions),
        standing: standing
          ? { level: standing.level, points: standing.points, asOf: standing.as_of, policyVersion: standing.policy_version }
          : { level: 'good', points: 0, asOf: null, policyVersion: null },
        disputes: { windowDays: DISPUTE_WARNING.windowDays, ...disputes, disputeRate: rate(disputes.disputes), sellerFaultRate: rate(disputes.sellerFault) },
        // What the seller must still give, and by when (as an application's requirements say it).
        requirements: {
          currentlyDue: requests.flatMap((r) => r.items),
          currentDeadline: iso(requests[0]?.due_at),
          requests: requests.map((r) => ({ id: r.id, kind: r.kind, items: r.items, dueAt: iso(r.due_at) })),
        },
        retention,
        inform: inform ? informView(inform) : null,
        openEnforcements: open.map((e) => ({ id: e.id, type: e.type, status: e.status, effectiveAt: iso(e.effective_at) })),
        applications: applications.map((a) => ({ id: a.id, status: a.status, submittedAt: iso(a.submitted_at), decidedAt: iso(a.decided_at) })),
        createdAt: iso(seller.created_at),
        updatedAt: iso(seller.updated_at),
      },
    };
  }),

  route({
    method: 'post',
    path: '/v1/sellers/{id}/inform-certification',
    summary: "INFORM Act: the high-volume seller's certification, with any data it adds",
    access: { permission: 'sellers:certify' },
    params: idParam,
    body: { json: informCertificationSchema },
    responses: { 202: { description: 'certified; recorded by the INFORM process', schema: z.object({ object: z.literal('inform_certification'), sellerId: z.string(), certifiedAt: z.string() }) } },
    problems: ['resource_not_found', 'no_certification_due', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { db, temporal }) => {
    const seller = await sellerOr404(db, req, id);
    const record = await db('inform_compliance').where({ seller_id: seller.id }).first();
    if (!record || !['collecting', 'recertifying', 'noticed', 'suspension_proposed', 'verification_failed'].includes(record.status)) throw new Problem('no_certification_due');
    // What the certification itself can carry; the rest (a bank account, an identity document) comes by its own way and is verified after.
    const certifiable = ['business.taxId', 'business.email', 'business.phone'];
    const stillMissing = (record.missing as string[]).filter(
      (item) => certifiable.includes(item) && !(item === 'business.taxId' && body.taxId) && !(item === 'business.email' && body.email) && !(item === 'business.phone' && body.phone),
    );
    if (stillMissing.length > 0) throw invalidFields(stillMissing.map((item) => ({ path: item.replace('business.', ''), code: 'required', message: 'is required: the seller record lacks it' })));
    const certifiedAt = new Date().toISOString();
    // The INFORM workflow records the certification (one writer per fact).
    await callWorkflow(
      temporal,
      () => temporal.workflow.getHandle(informWorkflowId(seller.id)).signal(informCertifiedSignal, { certifiedAt, certification: body, actor: actorOf(req), requestId: req.requestId }),
      'no_certification_due',
    );
    return { status: 202, body: { object: 'inform_certification' as const, sellerId: seller.id, certifiedAt } };
  }),

  /** The seller answers a request (a new identity document before the old one expires). */
  route({
    method: 'post',
    path: '/v1/sellers/{id}/information',
    summary: 'Answer a request to the seller: a new identity document before the old one expires, or what was eventually due at approval',
    access: { permission: 'sellers:certify' },
    params: idParam,
    body: { json: sellerInformationSchema },
    responses: { 202: { description: 'answered (a new document is then verified)', schema: z.object({ object: z.literal('seller_request'), id: z.string(), status: z.literal('answered') }) } },
    problems: ['resource_not_found', 'request_not_open', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { db, temporal }) => {
    const seller = await sellerOr404(db, req, id);
    const request = await findSellerRequest(db, body.requestId);
    if (!request || request.seller_id !== seller.id) throw invalidField('requestId', 'unknown_request', 'is not a request to this seller');
    if (request.status !== 'open') throw new Problem('request_not_open', `The request is ${request.status}`);
    if (request.kind === 'eventually_due') {
      const missing = request.items.filter((item) => !answersRequirement(item, body));
      if (missing.length > 0) throw invalidFields(missing.map((item) => ({ path: item, code: 'required', message: 'is asked for in this request' })));
      // The workflow that asked records the answer (one writer per fact).
      await callWorkflow(
        temporal,
        () =>
          temporal.workflow
            .getHandle(eventuallyDueWorkflowId(request.id))
            .executeUpdate(answerEventuallyDueUpdate, { args: [{ requestId: request.id, business: body.business, persons: body.persons, actor: actorOf(req), apiRequestId: req.requestId }] }),
        'request_not_open',
      );
      return { status: 202, body: { object: 'seller_request' as const, id: request.id, status: 'answered' as const } };
    }
    if (!body.idDocument) throw invalidField('idDocument', 'required', 'is required: this request is for a new identity document');
    const idDocument = body.idDocument;
    if (idDocument.expiresOn && idDocument.expiresOn <= new Date(request.due_at).toISOString().slice(0, 10))
      throw invalidField('idDocument.expiresOn', 'not_renewed', 'must be after the expiring document');
    // The renewal workflow records the new document before it has it verified (one writer per fact).
    await callWorkflow(
      temporal,
      () =>
        temporal.workflow
          .getHandle(documentRenewalWorkflowId(request.id))
          .executeUpdate(answerSellerRequestUpdate, { args: [{ requestId: request.id, idDocument, actor: actorOf(req), apiRequestId: req.requestId }] }),
      'request_not_open',
    );
    return { status: 202, body: { object: 'seller_request' as const, id: request.id, status: 'answered' as const } };
  }),

  route({
    method: 'get',
    path: '/v1/sellers/{id}/enforcements',
    summary: "The seller's enforcement actions with their statements of reasons",
    access: { permission: 'enforcements:read' },
    params: idParam,
    responses: { 200: { description: 'the actions', schema: list(enforcementResponse) } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const seller = await sellerOr404(db, req, id);
    return { status: 200, body: { object: 'list' as const, data: (await listEnforcements(db, seller.id)).map(enforcementView) } };
  }),
];
