/**
 * Ad-hoc screening of a name by a reviewer, against the same lists and index the onboarding checks
 * use. Read-only; audited without the name itself (the audit keeps which entries matched).
 */
import { z } from 'zod';
import { appendAudit } from '../../db/shared/audit';
import { countryCode, isoDate } from '../../domain/onboarding/application';
import { actorOf } from '../access/auth';
import { route } from '../shared/route';

export const screeningRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  type: z.enum(['person', 'organization']),
  dateOfBirth: isoDate.optional(),
  country: countryCode.optional(),
});

const screeningResponse = z.object({
  object: z.literal('screening'),
  listVersion: z.string(),
  threshold: z.number(),
  matches: z.array(z.object({ entryId: z.string(), name: z.string(), matchedName: z.string(), score: z.number(), program: z.string(), explanation: z.array(z.string()) })),
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
  }).handle(async ({ body: query, req }, { db, screening }) => {
    const index = await screening.index();
    const matches = index.screen(query, screening.threshold);
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
        threshold: screening.threshold,
        matches: matches.map((m) => ({ entryId: m.entryId, name: m.name, matchedName: m.matchedName, score: m.score, program: m.program, explanation: m.explanation })),
      },
    };
  }),
];
