/**
 * Regulator inquiries. A regulator key acts for its authority and jurisdiction: it may ask about
 * sellers in that jurisdiction only (another seller looks the same as an unknown one), it sees only
 * its authority's inquiries, and reads the response once a compliance officer approved it. Every
 * read of a response is audited.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { findInquiry, listInquiries, type InquiryRow } from '../../db/inquiries/inquiries';
import { appendAudit } from '../../db/shared/audit';
import { derivedId, hasPrefix } from '../../domain/shared/ids';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { coveredCountries } from '../../domain/inquiries/inquiries';
import { legalBases } from '../../domain/inquiries/codes';
import { inquirySchema } from '../../domain/inquiries/schemas';
import { inquiryWorkflowId } from '../../temporal/workflow-ids';
import type { InquiryInput } from '../../workflows/inquiries/inquiry';
import { iso } from '../onboarding/application-view';
import { actorOf, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { notFound, parseOrThrow, Problem } from '../shared/problem';
import { startRecorded } from '../shared/workflow-calls';
import { keysetCursor, keysetPage } from '../shared/cursor';

const cursor = keysetCursor('dueAt');
const listQuery = z.strictObject({
  status: z.enum(['received', 'awaiting_approval', 'answered', 'declined']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

function inquiryView(q: InquiryRow) {
  return {
    id: q.id,
    object: 'inquiry',
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
  };
}

export function inquiriesRouter({ config, db, temporal }: ApiDeps): Router {
  const router = Router();

  /** A regulator sees its own authority's inquiries; to it, others do not exist. */
  async function inquiryOr404(req: Request, id: string): Promise<InquiryRow> {
    const q = hasPrefix(id, 'inquiry') ? await findInquiry(db, id) : undefined;
    const key = req.apiKey!;
    if (!q || (key.role === 'regulator' && q.authority !== key.authority)) throw notFound('The inquiry');
    return q;
  }

  router.post('/', requirePermission('inquiries:create'), async (req, res) => {
    const body = parseOrThrow(inquirySchema, req.body);
    const key = req.apiKey!;
    if (!key.authority || !key.jurisdiction) throw new Problem(403, 'forbidden', 'This regulator key names no authority and jurisdiction');
    const countries = coveredCountries(key.jurisdiction);
    const errors = [];
    for (const [i, { sellerId }] of body.sellers.entries()) {
      const app = await db('applications').where({ seller_id: sellerId }).orderBy('submitted_at', 'desc').first('country');
      // Unknown and out-of-jurisdiction read the same: a regulator cannot probe for other sellers.
      if (!app || !countries.includes(app.country)) errors.push({ path: `sellers[${i}].sellerId`, code: 'unknown_seller', message: 'is not a seller within your jurisdiction' });
    }
    if (errors.length > 0) throw new Problem(400, 'validation_error', `The request body is not valid: ${errors.length} field(s) to fix`, { errors });

    // The same order sent again (a retry) is the same inquiry: its ID derives from the authority and the body.
    const inquiryId = derivedId('inquiry', key.authority, canonicalJson(body));
    const receivedBy = { ...actorOf(req), authority: key.authority, jurisdiction: key.jurisdiction };
    const input: InquiryInput = { inquiryId, dueAt: body.dueAt, categories: body.categories, filing: { request: body, receivedBy, receivedAt: new Date().toISOString(), requestId: req.requestId } };
    await startRecorded(temporal, 'inquiry', { workflowId: inquiryWorkflowId(inquiryId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [input] });
    // Acknowledged at once (DSA Art. 10(1)): the time of receipt is in the answer.
    const recorded = (await findInquiry(db, inquiryId))!;
    res.status(202).location(`/v1/inquiries/${inquiryId}`).json(inquiryView(recorded));
  });

  /** By deadline, the most urgent first; a regulator lists its own authority's only. */
  router.get('/', requirePermission('inquiries:read'), async (req, res) => {
    const q = parseOrThrow(listQuery, req.query, 'query');
    const key = req.apiKey!;
    const after = q.cursor ? cursor.decode(q.cursor) : undefined;
    const rows = await listInquiries(db, {
      authority: key.role === 'regulator' ? (key.authority ?? '\u0000') : undefined,
      status: q.status,
      after: after && { dueAt: after.at, id: after.id },
      limit: q.limit + 1,
    });
    res.json(keysetPage(rows, q.limit, inquiryView, (last) => cursor.encode(last.due_at, last.id)));
  });

  router.get('/:id', requirePermission('inquiries:read'), async (req, res) => {
    res.json(inquiryView(await inquiryOr404(req, String(req.params.id))));
  });

  router.get('/:id/response', requirePermission('inquiries:response'), async (req, res) => {
    const q = await inquiryOr404(req, String(req.params.id));
    // The regulator reads it once approved; a compliance officer reads it to approve it.
    if (req.apiKey!.role === 'regulator' && q.status !== 'answered') throw new Problem(409, 'response_not_approved', `The response is not approved yet (the inquiry is ${q.status})`);
    if (!q.response) throw new Problem(409, 'response_not_assembled', 'The response is being assembled');
    await appendAudit(db, { actor: actorOf(req), action: 'inquiry.response_read', subjectType: 'inquiry', subjectId: q.id, data: { status: q.status }, requestId: req.requestId });
    res.json({ object: 'inquiry_response', inquiryId: q.id, status: q.status, ...q.response });
  });
  return router;
}
