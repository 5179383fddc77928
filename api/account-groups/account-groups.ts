/**
 * Account groups: the marketplace reports the devices and IP addresses it sees a seller use; a
 * reviewer sees the seller's group (every seller reachable through shared identifiers) with the
 * links and each member's state, and can open an investigation on the group, whose enforcement
 * may then cover every member (each with its own statement of reasons).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { findGroupLinks, findGroupMembers, listGroupMembers } from '../../db/account-groups/groups';
import { GROUP_LIMIT, linkKinds, reportedKinds } from '../../domain/account-groups/link-kinds';
import { canonicalJson } from '../../domain/shared/canonical-json';
import { identifierReportWorkflowId } from '../../temporal/workflow-ids';
import { signalInvestigation } from '../../temporal/investigations';
import { actorOf } from '../access/auth';
import { sellerOr404 } from '../sellers/seller-access';
import { auditRead } from '../shared/read-audit';
import { route } from '../shared/route';
import { idParam } from '../shared/schemas';
import { callWorkflow, runToCompletion } from '../shared/workflow-calls';

const identifierReportSchema = z.strictObject({
  identifiers: z
    .array(
      z.strictObject({
        kind: z.enum(reportedKinds),
        /** The marketplace's device ID, or an IPv4 or IPv6 address. */
        value: z.string().trim().min(3).max(200),
      }),
    )
    .min(1)
    .max(50),
});

const groupResponse = z.object({
  object: z.literal('account_group'),
  sellerId: z.string(),
  members: z.array(
    z.object({
      sellerId: z.string(),
      status: z.string(),
      externalRef: z.string(),
      enforcements: z.array(z.object({ id: z.string(), type: z.string(), status: z.string() })),
    }),
  ),
  /** Each pair of members that share something, with what (never the shared value). */
  links: z.array(z.object({ sellers: z.array(z.string()).length(2), kinds: z.array(z.enum(linkKinds)) })),
  /** The group reached the most sellers one query returns. */
  truncated: z.boolean(),
});

export const accountGroupRoutes = [
  route({
    method: 'post',
    path: '/v1/sellers/{id}/identifiers',
    summary: 'Devices and IP addresses the marketplace saw the seller use: they link the seller to others who share them',
    description: 'Kept as keyed fingerprints only. The same report sent again is one report.',
    access: { permission: 'sellers:identifiers' },
    params: idParam,
    body: { json: identifierReportSchema },
    responses: { 200: { description: 'recorded', schema: z.object({ object: z.literal('identifier_report'), sellerId: z.string(), added: z.number().int() }) } },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, body, req }, { config, db, temporal }) => {
    const seller = await sellerOr404(db, req, id);
    const digest = createHash('sha256').update(canonicalJson(body.identifiers)).digest('hex').slice(0, 32);
    const { result } = await runToCompletion<{ added: number }>(temporal, 'identifierReport', {
      workflowId: identifierReportWorkflowId(seller.id, digest),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [{ sellerId: seller.id, identifiers: body.identifiers, actor: actorOf(req), requestId: req.requestId }],
    });
    return { status: 200, body: { object: 'identifier_report' as const, sellerId: seller.id, added: result.added } };
  }),
  route({
    method: 'get',
    path: '/v1/sellers/{id}/account-group',
    summary: 'The seller’s account group: every seller linked to it through shared identifiers, the links, and each member’s state',
    access: { permission: 'account_groups:read' },
    params: idParam,
    responses: { 200: { description: 'the group', schema: groupResponse } },
    problems: ['resource_not_found'],
  }).handle(async ({ params: { id }, req }, { db }) => {
    const seller = await sellerOr404(db, req, id);
    await auditRead(db, req, 'account_group', seller.id);
    const memberIds = await findGroupMembers(db, seller.id);
    const [members, links] = await Promise.all([listGroupMembers(db, memberIds), findGroupLinks(db, memberIds)]);
    return { status: 200, body: { object: 'account_group' as const, sellerId: seller.id, members, links, truncated: memberIds.length >= GROUP_LIMIT } };
  }),
  route({
    method: 'post',
    path: '/v1/sellers/{id}/account-group/investigation',
    summary: 'Open (or join) the seller’s investigation on its whole account group',
    description: 'Its decision may then enforce on every member: `action.scope: group` in the investigation decision.',
    access: { permission: 'account_groups:investigate' },
    params: idParam,
    responses: {
      202: { description: 'the group joined the seller’s investigation', schema: z.object({ object: z.literal('account_group_investigation'), sellerId: z.string(), memberIds: z.array(z.string()) }) },
    },
    problems: ['resource_not_found', 'temporal_unavailable'],
  }).handle(async ({ params: { id }, req }, { config, db, temporal }) => {
    const seller = await sellerOr404(db, req, id);
    const memberIds = (await findGroupMembers(db, seller.id)).sort();
    await callWorkflow(temporal, () => signalInvestigation({ client: temporal, taskQueue: config.TEMPORAL_TASK_QUEUE }, seller.id, { source: 'account_group', memberIds }));
    return { status: 202, body: { object: 'account_group_investigation' as const, sellerId: seller.id, memberIds } };
  }),
];
