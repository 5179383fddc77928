/**
 * Regulator inquiries. A regulator key acts for its authority and jurisdiction: it may ask about
 * sellers in that jurisdiction only (another seller looks the same as an unknown one), it sees only
 * its authority's inquiries, and reads the response once a compliance officer approved it. Every
 * read of a response is audited.
 */
import type { Request } from 'express';
import type { Db } from '../../db/knex';
import { z } from 'zod';
import { findInquiry, listInquiries, type InquiryRow } from '../../db/inquiries/inquiries';
import { appendAudit } from '../../db/shared/audit';
import { derivedId, hasPrefix } from '../../domain/shared/ids';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { withinReach } from '../../domain/inquiries/inquiries';
import { sellingCountries } from '../../domain/onboarding/selling-regions';
import { inquiryCategories, legalBases } from '../../domain/inquiries/codes';
import { inquirySchema } from '../../domain/inquiries/schemas';
import { inquiryWorkflowId } from '../../temporal/workflow-ids';
import type { InquiryInput } from '../../workflows/inquiries/inquiry';
import { iso } from '../onboarding/application-view';
import { actorOf } from '../access/auth';
import { invalidField, invalidFields, notFound, Problem } from '../shared/problem';
import { route } from '../shared/route';
import { idParam, page, pageQuery, timestamp } from '../shared/schemas';
import { startRecorded } from '../shared/workflow-calls';
import { keysetCursor, keysetPage } from '../shared/cursor';

const cursor = keysetCursor('dueAt');
const inquiryStatus = z.enum(['received', 'awaiting_approval', 'answered', 'declined']);
const listQuery = z.strictObject({ status: inquiryStatus.optional(), ...pageQuery });

const inquiryResponse = z.object({
  id: z.string(),
  object: z.literal('inquiry'),
  authority: z.string(),
  reference: z.string(),
  legalBasis: z.object({ code: z.string(), citation: z.string().nullable(), detail: z.string().nullable() }),
  sellers: z.array(z.string()),
  categories: z.array(z.enum(inquiryCategories)),
  status: inquiryStatus,
  dueAt: timestamp,
  acknowledgedAt: timestamp,
  escalatedAt: timestamp,
  actedOnAt: timestamp,
  declineReason: z.string().nullable(),
  approvedBy: z.array(z.object({ name: z.string(), at: z.string() })),
  /** api: the authority's own key; email, post or in_person: logged by a compliance officer. */
  receivedVia: z.enum(['api', 'email', 'post', 'in_person']),
  receivedAt: timestamp,
  /** The seller told of the order and its effect (DSA Art. 9(5)/10(5)): withheld when the order says so, and never for AML. */
  sellerNotice: z.object({ withheld: z.boolean(), until: z.string().nullable(), notifiedAt: timestamp }),
  /** The package is erased after this; the audit trail of what was sent stays. */
  responseKeptUntil: timestamp,
});

const inquiryPackage = z
  .looseObject({
    object: z.literal('inquiry_response'),
    inquiryId: z.string(),
    status: inquiryStatus,
  })
  .meta({ description: 'The approved package: for each seller, the categories of data the legal basis reaches, and nothing more' });

function inquiryView(q: InquiryRow): z.input<typeof inquiryResponse> {
  return {
    id: q.id,
    object: 'inquiry' as const,
    authority: q.authority,
    reference: q.reference,
    legalBasis: { code: q.legal_basis, citation: legalBases[q.legal_basis as keyof typeof legalBases]?.citation ?? null, detail: q.legal_basis_detail },
    sellers: q.seller_ids,
    categories: q.categories,
    status: q.status,
    dueAt: iso(q.due_at),
    acknowledgedAt: iso(q.acknowledged_at),
    escalatedAt: iso(q.escalated_at),
    // When it was acted on: answered (approved) or declined, with the reason for a decline.
    actedOnAt: iso(q.acted_on_at),
    declineReason: q.status === 'declined' ? q.note : null,
    approvedBy: q.status === 'answered' ? q.approvals.map((a) => ({ name: a.name, at: a.at })) : [],
    receivedVia: q.received_via,
    receivedAt: iso(q.received_at ?? q.acknowledged_at),
    sellerNotice: { withheld: q.legal_basis === 'aml_record_request' || Boolean(q.seller_notice?.withhold), until: q.seller_notice?.until ?? null, notifiedAt: iso(q.seller_notified_at) },
    responseKeptUntil: iso(q.response_erase_after),
  };
}

/** A regulator sees its own authority's inquiries; to it, others do not exist. */
async function inquiryOr404(db: Db, req: Request, id: string): Promise<InquiryRow> {
  const q = hasPrefix(id, 'inquiry') ? await findInquiry(db, id) : undefined;
  const key = req.apiKey!;
  if (!q || (key.role === 'regulator' && q.authority !== key.authority)) throw notFound('The inquiry');
  return q;
}

export const inquiryRoutes = [
  route({
    method: 'post',
    path: '/v1/inquiries',
    summary: "A regulator's inquiry about sellers within its reach: legal basis, categories of data, deadline; acknowledged at once",
    description:
      'The same order sent again is the same inquiry. A DSA Art. 10 or INFORM order reaches sellers offering to consumers in the authority’s territory; an AML request, customers established there. A compliance officer logs an order that arrived by email or post with `receivedFrom`.',
    access: { permission: 'inquiries:create' },
    body: { json: inquirySchema },
    responses: { 202: { description: 'acknowledged (DSA Art. 10(1)): the time of receipt is in the answer', schema: inquiryResponse, headers: { Location: 'the inquiry' } } },
    problems: ['temporal_unavailable'],
  }).handle(async ({ body, req }, { config, db, temporal }) => {
    const key = req.apiKey!;
    // A regulator's key acts for its own authority; a compliance officer logs an order that came another way, naming who sent it.
    if (key.role === 'regulator' && body.receivedFrom) throw invalidField('receivedFrom', 'not_allowed', 'is for orders a compliance officer logs; your key names your authority');
    if (key.role !== 'regulator' && !body.receivedFrom) throw invalidField('receivedFrom', 'required', 'is required: say which authority sent the order, how and when it arrived');
    const authority = key.role === 'regulator' ? key.authority : body.receivedFrom!.authority;
    const jurisdiction = key.role === 'regulator' ? key.jurisdiction : body.receivedFrom!.jurisdiction;
    if (!authority || !jurisdiction) throw new Problem('forbidden', 'This regulator key names no authority and jurisdiction');
    const errors = [];
    for (const [i, { sellerId }] of body.sellers.entries()) {
      const app = await db('applications').where({ seller_id: sellerId }).orderBy('submitted_at', 'desc').first('country', 'selling_regions');
      const reachable = app && withinReach(body.legalBasis, jurisdiction, { country: app.country, offersIn: sellingCountries(app.selling_regions, app.country) });
      // Unknown and out-of-reach read the same: a regulator cannot probe for other sellers.
      if (!reachable) errors.push({ path: `sellers[${i}].sellerId`, code: 'unknown_seller', message: 'is not a seller within your jurisdiction' });
    }
    if (errors.length > 0) throw invalidFields(errors);

    // The same order sent again (a retry) is the same inquiry: its ID derives from the authority and the body.
    const inquiryId = derivedId('inquiry', authority, canonicalJson(body));
    const receivedBy = { ...actorOf(req), authority, jurisdiction };
    const input: InquiryInput = { inquiryId, dueAt: body.dueAt, categories: body.categories, filing: { request: body, receivedBy, receivedAt: new Date().toISOString(), requestId: req.requestId } };
    await startRecorded(temporal, 'inquiry', { workflowId: inquiryWorkflowId(inquiryId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [input] });
    const recorded = (await findInquiry(db, inquiryId))!;
    return { status: 202, body: inquiryView(recorded), location: `/v1/inquiries/${inquiryId}` };
  }),

  /** By deadline, the most urgent first; a regulator lists its own authority's only. */
  route({
    method: 'get',
    path: '/v1/inquiries',
    summary: "Inquiries by deadline, the most urgent first (a regulator sees its own authority's), cursor-paged",
    access: { permission: 'inquiries:read' },
    query: listQuery,
    responses: { 200: { description: 'a page', schema: page(inquiryResponse) } },
    problems: [],
  }).handle(async ({ query: q, req }, { db }) => {
    const key = req.apiKey!;
    const after = q.cursor ? cursor.decode(q.cursor) : undefined;
    const rows = await listInquiries(db, {
      authority: key.role === 'regulator' ? (key.authority ?? '\u0000') : undefined,
      status: q.status,
      after: after && { dueAt: after.at, id: after.id },
      limit: q.limit + 1,
    });
    return { status: 200, body: keysetPage(rows, q.limit, inquiryView, (last) => cursor.encode(last.due_at, last.id)) };
  }),

  route({
    method: 'get',
    path: '/v1/inquiries/{id}',
    summary: 'An inquiry: status, deadline, who approved the answer',
    access: { permission: 'inquiries:read' },
    params: idParam,
    responses: { 200: { description: 'the inquiry', schema: inquiryResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => ({ status: 200, body: inquiryView(await inquiryOr404(db, req, id)) })),

  route({
    method: 'get',
    path: '/v1/inquiries/{id}/response',
    summary: 'The approved, minimal response package (regulators once approved; compliance officers to approve it); every read is audited',
    access: { permission: 'inquiries:response' },
    params: idParam,
    responses: { 200: { description: 'the package', schema: inquiryPackage } },
    problems: ['resource_not_found', 'response_not_approved', 'response_not_assembled', 'response_erased'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const q = await inquiryOr404(db, req, id);
    // The regulator reads it once approved; a compliance officer reads it to approve it.
    if (req.apiKey!.role === 'regulator' && q.status !== 'answered') throw new Problem('response_not_approved', `The response is not approved yet (the inquiry is ${q.status})`);
    if (q.response_erased_at) throw new Problem('response_erased', `The package was erased on ${q.response_erased_at.toISOString().slice(0, 10)}; the audit trail keeps the record of what was sent`);
    if (!q.response) throw new Problem('response_not_assembled');
    await appendAudit(db, { actor: actorOf(req), action: 'inquiry.response_read', subjectType: 'inquiry', subjectId: q.id, data: { status: q.status }, requestId: req.requestId });
    return { status: 200, body: { ...q.response, object: 'inquiry_response' as const, inquiryId: q.id, status: q.status } };
  }),
];
