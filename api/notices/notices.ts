/**
 * POST /v1/notices: a notice of illegal content about a listing or a seller (DSA Art. 16), from the
 * marketplace's notice form (the frontend relays it) or from a trusted flagger's own key (Art. 22).
 * Incomplete notices are refused with each missing element of Art. 16(2) named. The notice's
 * process records it before the 202, so the receipt names a notice that exists; the same notice
 * sent again (Idempotency-Key, or an identical body from the same key) is one notice.
 * GET /v1/notices/{id}: where it stands; the filer sees its own notices only.
 */
import { z } from 'zod';
import { findNotice, findNoticeDetails, listNotices, type NoticeRow } from '../../db/notices/notices';
import { keysetCursor, keysetPage } from '../shared/cursor';
import { findTrustedFlaggerByClient } from '../../db/notices/trusted-flaggers';
import { noticeCategories } from '../../domain/notices/codes';
import type { NoticeProcessInput } from '../../domain/notices/notices';
import { noticeSchema } from '../../domain/notices/schemas';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { derivedId, hasPrefix } from '../../domain/shared/ids';
import { noticeWorkflowId } from '../../temporal/workflow-ids';
import { actorOf } from '../access/auth';
import { iso } from '../onboarding/application-view';
import { sellerOr404 } from '../sellers/seller-access';
import { notFound } from '../shared/problem';
import { auditRead } from '../shared/read-audit';
import { route } from '../shared/route';
import { actorRef, idempotencyKeyHeader, idParam, page, pageQuery, timestamp } from '../shared/schemas';
import { startRecorded } from '../shared/workflow-calls';

const noticeReceipt = z.object({
  id: z.string(),
  object: z.literal('notice'),
  sellerId: z.string(),
  category: z.enum(noticeCategories),
  status: z.literal('received'),
  /** Set when the notice came from a registered trusted flagger's key: it is decided with priority. */
  trustedFlaggerId: z.string().nullable(),
});

const noticeResponse = z.object({
  id: z.string(),
  object: z.literal('notice'),
  sellerId: z.string(),
  target: z.object({ type: z.enum(['listing', 'seller']), listingId: z.string().nullable() }),
  category: z.enum(noticeCategories),
  trustedFlaggerId: z.string().nullable(),
  status: z.enum(['received', 'in_review', 'decided', 'set_aside']),
  /** For reviewers: what the notice says and where; the notifier's identity is never shown here. */
  explanation: z.string().optional(),
  locations: z.array(z.string()).optional(),
  legalReference: z.string().optional(),
  outcome: z.enum(['action', 'no_action']).nullable(),
  reasons: z.array(z.string()).nullable(),
  manifestlyIllegal: z.boolean(),
  manifestlyUnfounded: z.boolean(),
  enforcementId: z.string().nullable(),
  decidedBy: actorRef.nullable(),
  decidedAt: timestamp,
  createdAt: timestamp,
});

const filers = new Set(['onboarding_frontend', 'trusted_flagger']);

/** A reviewer sees the text and the locations, and who decided; the filer only where its notice stands. */
function noticeView(row: NoticeRow, reviewer: boolean): z.input<typeof noticeResponse> {
  const details = reviewer ? findNoticeDetails(row) : undefined;
  return {
    id: row.id,
    object: 'notice',
    sellerId: row.seller_id,
    target: { type: row.target_type, listingId: row.listing_id },
    category: row.category as (typeof noticeCategories)[number],
    trustedFlaggerId: row.trusted_flagger_id,
    status: row.status,
    ...(details ? { explanation: details.explanation, locations: details.locations, legalReference: details.legalReference } : {}),
    outcome: row.outcome,
    reasons: row.reasons,
    manifestlyIllegal: row.manifestly_illegal,
    manifestlyUnfounded: row.manifestly_unfounded,
    enforcementId: row.enforcement_id,
    decidedBy: reviewer && row.decided_by ? { id: row.decided_by, name: row.decided_by_name } : null,
    decidedAt: iso(row.decided_at),
    createdAt: iso(row.created_at),
  };
}

const cursor = keysetCursor('createdAt');
const listQuery = z.strictObject({
  status: z.enum(['received', 'in_review', 'decided', 'set_aside']).optional(),
  trusted: z.enum(['true', 'false']).optional(),
  ...pageQuery,
});

export const noticeRoutes = [
  route({
    method: 'post',
    path: '/v1/notices',
    summary: 'A notice of illegal content about a listing or a seller (DSA Art. 16); a trusted flagger’s goes first',
    description:
      'Art. 16(2) asks for an explanation, the exact URLs, the notifier’s name and email (not for child sexual abuse material) and a good-faith statement: a notice missing any is refused with each missing element named. The same notice sent again is one notice.',
    access: { permission: 'notices:create' },
    headers: idempotencyKeyHeader,
    body: { json: noticeSchema },
    responses: { 202: { description: 'received; the receipt is also sent to the notifier’s email', schema: noticeReceipt, headers: { Location: 'the notice' } } },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ body: notice, headers, req, res }, { config, db, temporal }) => {
    await sellerOr404(db, req, notice.target.sellerId);
    const actor = actorOf(req);
    // A flagger is known by the client its key belongs to, never by what the notice claims.
    const flagger = req.apiKey!.role === 'trusted_flagger' ? await findTrustedFlaggerByClient(db, req.apiKey!.clientId) : undefined;
    const noticeId = derivedId('notice', actor.id, headers['Idempotency-Key'] ?? canonicalJson(notice));
    const input: NoticeProcessInput = {
      noticeId,
      sellerId: notice.target.sellerId,
      filing: { noticeId, notice, receivedBy: actor, requestId: req.requestId, ...(flagger ? { trustedFlaggerId: flagger.id } : {}) },
      policy: config.misusePolicy,
      slaHours: { notice: config.NOTICE_SLA_HOURS, trustedFlagger: config.TRUSTED_FLAGGER_SLA_HOURS },
    };
    await startRecorded(temporal, 'notice', { workflowId: noticeWorkflowId(noticeId), taskQueue: config.TEMPORAL_TASK_QUEUE, args: [input] });
    res.setHeader('Location', `/v1/notices/${noticeId}`);
    return {
      status: 202,
      body: { id: noticeId, object: 'notice' as const, sellerId: notice.target.sellerId, category: notice.category, status: 'received' as const, trustedFlaggerId: flagger?.id ?? null },
    };
  }),

  route({
    method: 'get',
    path: '/v1/notices',
    summary: 'Notices, newest first, cursor-paged; filter by status and by whether a trusted flagger sent them',
    access: { permission: 'notices:list' },
    query: listQuery,
    responses: { 200: { description: 'a page', schema: page(noticeResponse) } },
    problems: [],
  }).handle(async ({ query: q }, { db }) => {
    const after = q.cursor ? cursor.decode(q.cursor) : undefined;
    const rows = await listNotices(db, { status: q.status, trusted: q.trusted === undefined ? undefined : q.trusted === 'true', after, limit: q.limit + 1 });
    return {
      status: 200,
      body: keysetPage(
        rows,
        q.limit,
        (r) => noticeView(r, false),
        (last) => cursor.encode(last.created_at, last.id),
      ),
    };
  }),

  route({
    method: 'get',
    path: '/v1/notices/{id}',
    summary: 'A notice: where it stands and how it was decided',
    description: 'The key that filed a notice sees it without its text; reviewers see the text and locations too.',
    access: { permission: 'notices:read' },
    params: idParam,
    responses: { 200: { description: 'the notice', schema: noticeResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const row = hasPrefix(id, 'notice') ? await findNotice(db, id) : undefined;
    const filer = filers.has(req.apiKey!.role);
    if (!row || (filer && row.received_by !== req.apiKey!.id)) throw notFound('The notice');
    await auditRead(db, req, 'notice', id);
    return { status: 200, body: noticeView(row, !filer) };
  }),
];
