/**
 * Ad-hoc screening of a name by a reviewer, against the same lists and index the onboarding checks
 * use. Read-only; audited without the name itself (the audit keeps which entries matched).
 */
import { Router } from 'express';
import { z } from 'zod';
import { appendAudit } from '../../db/shared/audit';
import { countryCode, isoDate } from '../../domain/onboarding/application';
import { actorOf, requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { parseOrThrow } from '../shared/problem';

export const screeningRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  type: z.enum(['person', 'organization']),
  dateOfBirth: isoDate.optional(),
  country: countryCode.optional(),
});

export function screeningsRouter({ db, screening }: ApiDeps): Router {
  const router = Router();
  router.post('/', requirePermission('screenings:run'), async (req, res) => {
    const query = parseOrThrow(screeningRequestSchema, req.body);
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
    res.json({
      object: 'screening',
      listVersion: index.version,
      threshold: screening.threshold,
      matches: matches.map((m) => ({ entryId: m.entryId, name: m.name, matchedName: m.matchedName, score: m.score, program: m.program, explanation: m.explanation })),
    });
  });
  return router;
}
