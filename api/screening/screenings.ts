/**
 * Ad-hoc screening of a name by a reviewer, against the same lists and index the onboarding checks
 * use. Read-only; audited without the name itself (the audit keeps which entries matched).
 */
import { z } from 'zod';
import { appendAudit } from '../../db/shared/audit';
import { countryCode, isoDate } from '../../domain/onboarding/application';
import { normaliseIdentifier } from '../../domain/screening/identifiers';
import { actorOf } from '../access/auth';
import { route } from '../shared/route';
import { apiMetrics } from '../operations/metrics';

export const screeningRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  type: z.enum(['person', 'organization']),
  dateOfBirth: isoDate.optional(),
  country: countryCode.optional(),
  identifiers: z
    .array(z.string().trim().min(1).max(100))
    .max(10)
    .optional()
    .meta({ description: 'identity or registration numbers: an exact match with one an entry lists is a match whatever the name' }),
});

const screeningResponse = z.object({
  object: z.literal('screening'),
  listVersion: z.string(),
  syntheticList: z.boolean().meta({ description: 'true when screened against the shipped synthetic test list, which is no real list' }),
  threshold: z.number(),
  matches: z.array(
    z.object({
      entryId: z.string(),
      name: z.string(),
      matchedName: z.string(),
      score: z.number(),
      program: z.string(),
      strength: z.enum(['primary', 'strong', 'weak', 'identifier']).meta({ description: 'what matched: the primary name, a strong alias, a weak alias (corroborated), or an identity number' }),
      reference: z.string().optional(),
      explanation: z.array(z.string()),
    }),
  ),
});

export const screeningRoutes = [
  route({
    method: 'post',
    path: '/v1/screenings',
    summary: 'Screen a name against the sanctions lists (reviewers); matches sorted by score',
    access: { permission: 'screenings:run' },
    body: { json: screeningRequestSchema },
    responses: { 200: { description: 'matches sorted by score', schema: screeningResponse } },
    problems: [],
  }).handle(async ({ body: query, req }, deps) => {
    const { db, screening } = deps;
    const index = await screening.index();
    const identifiers = (query.identifiers ?? []).map(normaliseIdentifier).filter((id): id is string => Boolean(id));
    const started = performance.now();
    const matches = index.screen({ ...query, identifiers }, screening.threshold);
    apiMetrics(deps).screening((performance.now() - started) / 1000);
    await appendAudit(db, {
      actor: actorOf(req),
      action: 'screening.ad_hoc',
      subjectType: 'screening',
      subjectId: req.requestId,
      data: { type: query.type, listVersion: index.version, matches: matches.map((m) => m.entryId) },
      requestId: req.requestId,
    });
    return {
      status: 200,
      body: {
        object: 'screening' as const,
        listVersion: index.version,
        syntheticList: index.synthetic,
        threshold: screening.threshold,
        matches: matches.map((m) => ({
          entryId: m.entryId,
          name: m.name,
          matchedName: m.matchedName,
          score: m.score,
          program: m.program,
          strength: m.strength,
          reference: m.reference,
          explanation: m.explanation,
        })),
      },
    };
  }),
];
