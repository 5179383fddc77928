/**
 * Trusted flaggers (DSA Art. 22): registered by a compliance officer against the API key client the
 * flagger files with, and listed with their accuracy (notices decided, acted on, manifestly unfounded).
 */
import { z } from 'zod';
import { listTrustedFlaggerAccuracy } from '../../db/notices/trusted-flaggers';
import { noticeCategories } from '../../domain/notices/codes';
import { trustedFlaggerSchema } from '../../domain/notices/schemas';
import { derivedId } from '../../domain/shared/ids';
import { trustedFlaggerWorkflowId } from '../../temporal/workflow-ids';
import { actorOf } from '../access/auth';
import { route } from '../shared/route';
import { runToCompletion } from '../shared/workflow-calls';

const flaggerResponse = z.object({
  id: z.string(),
  object: z.literal('trusted_flagger'),
  name: z.string(),
  memberState: z.string(),
  expertise: z.array(z.enum(noticeCategories)),
  clientId: z.string(),
  status: z.string(),
});

const accuracyResponse = z.object({
  object: z.literal('list'),
  data: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      memberState: z.string(),
      expertise: z.array(z.string()),
      status: z.string(),
      decided: z.number().int(),
      actioned: z.number().int(),
      unfounded: z.number().int(),
      /** Share of its decided notices that were acted on; null before the first decision. */
      accuracy: z.number().nullable(),
      medianHoursToDecision: z.number().nullable(),
    }),
  ),
});

export const trustedFlaggerRoutes = [
  route({
    method: 'post',
    path: '/v1/trusted-flaggers',
    summary: 'Register a trusted flagger (DSA Art. 22) by the API key client its notices come from',
    description: 'Registering the same client again answers the flagger already registered.',
    access: { permission: 'trusted_flaggers:manage' },
    body: { json: trustedFlaggerSchema },
    responses: { 201: { description: 'registered', schema: flaggerResponse } },
    problems: ['temporal_unavailable'],
  }).handle(async ({ body, req }, { config, temporal }) => {
    const flaggerId = derivedId('trustedFlagger', body.clientId);
    const { result } = await runToCompletion<z.input<typeof flaggerResponse>>(temporal, 'trustedFlaggerRegistration', {
      workflowId: trustedFlaggerWorkflowId(flaggerId),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      args: [{ flaggerId, input: body, actor: actorOf(req) }],
    });
    return { status: 201, body: { ...result, object: 'trusted_flagger' as const } };
  }),
  route({
    method: 'get',
    path: '/v1/trusted-flaggers',
    summary: 'Trusted flaggers with their accuracy: notices decided, acted on, manifestly unfounded, median hours to a decision',
    access: { permission: 'trusted_flaggers:read' },
    responses: { 200: { description: 'the flaggers', schema: accuracyResponse } },
    problems: [],
  }).handle(async (_input, { db }) => ({ status: 200, body: { object: 'list' as const, data: await listTrustedFlaggerAccuracy(db) } })),
];
