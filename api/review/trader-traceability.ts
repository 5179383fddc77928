/**
 * DSA Art. 30(1): a platform lets a trader offer to consumers in the Union only once it has the
 * trader's traceability information. So no reviewer approves (or confirms an approval of) an
 * application while any of it is due; the API reads the requirements and refuses before the workflow
 * is asked, naming what is missing.
 */
import type { Db } from '../../db/knex';
import { findApplication, listPersons } from '../../db/onboarding/applications';
import { listChecks } from '../../db/onboarding/checks';
import { listDocuments } from '../../db/onboarding/documents';
import { latestInformationRequest } from '../../db/onboarding/information-requests';
import { requirementsFor } from '../onboarding/application-view';
import { Problem } from '../shared/problem';

export async function assertTraderTraceabilityComplete(db: Db, applicationId: string): Promise<void> {
  const app = await findApplication(db, applicationId);
  if (!app) return;
  const [persons, checks, request, documents] = await Promise.all([
    listPersons(db, applicationId),
    listChecks(db, applicationId),
    latestInformationRequest(db, applicationId),
    listDocuments(db, applicationId),
  ]);
  const due = requirementsFor(app, persons, checks, request, documents).traderTraceability.currentlyDue;
  if (due.length > 0) throw new Problem('trader_traceability_due', `DSA Art. 30(1) information is still due: ${due.join(', ')}. Request it from the seller first.`);
}
