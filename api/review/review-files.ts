/**
 * GET /v1/applications/{id}/review-file: what a reviewer needs beside the checks to decide an
 * application: who the business and its people say they are, and the case's history from the audit
 * trail (every status change, check, claim, decision and read). Staff only; each read is audited.
 */
import { Router } from 'express';
import { findApplication, listPersons } from '../../db/onboarding/applications';
import type { ApplicationSubmission } from '../../domain/onboarding/application';
import { hasPrefix } from '../../domain/shared/ids';
import { iso } from '../onboarding/application-view';
import { requirePermission } from '../access/auth';
import type { ApiDeps } from '../deps';
import { notFound } from '../shared/problem';
import { auditRead } from '../shared/read-audit';

const HISTORY_LIMIT = 500;

export function reviewFilesRouter({ db }: ApiDeps): Router {
  const router = Router({ mergeParams: true });
  router.get('/', requirePermission('review_tasks:read'), async (req, res) => {
    const id = String((req.params as { id: string }).id);
    const app = hasPrefix(id, 'application') ? await findApplication(db, id) : undefined;
    if (!app) throw notFound('The application');
    await auditRead(db, req, 'application', id);
    const business = app.business as ApplicationSubmission['business'];
    const [persons, history] = await Promise.all([
      listPersons(db, id),
      db('audit_events')
        .where((q) =>
          q
            .where({ subject_type: 'application', subject_id: id })
            .orWhereIn('subject_id', db('review_tasks').select('id').where({ application_id: id }))
            .orWhereRaw("data->>'applicationId' = ?", [id]),
        )
        .orderBy('seq')
        .limit(HISTORY_LIMIT)
        .select('id', 'occurred_at', 'actor_id', 'actor_role', 'action', 'subject_type', 'subject_id', 'data'),
    ]);
    res.json({
      object: 'review_file',
      applicationId: id,
      business: {
        legalName: business.legalName,
        tradingName: business.tradingName ?? null,
        registrationNumber: business.registrationNumber ?? null,
        country: app.country,
        businessType: app.business_type,
        address: business.address,
        website: business.website ?? null,
        categories: business.categories ?? [],
      },
      persons: persons.map((p) => ({
        id: p.id,
        roles: p.roles,
        ownershipPercent: p.ownership_percent === null ? null : Number(p.ownership_percent),
        firstName: p.details.firstName,
        lastName: p.details.lastName,
        dateOfBirth: p.details.dateOfBirth,
        nationality: p.details.nationality ?? null,
        idDocument: p.details.idDocument ? { type: p.details.idDocument.type, issuingCountry: p.details.idDocument.issuingCountry, expiresOn: p.details.idDocument.expiresOn ?? null } : null,
      })),
      history: history.map((e) => ({
        id: e.id,
        at: iso(e.occurred_at),
        actor: { id: e.actor_id, role: e.actor_role },
        action: e.action,
        subject: { type: e.subject_type, id: e.subject_id },
        data: e.data,
      })),
    });
  });
  return router;
}
