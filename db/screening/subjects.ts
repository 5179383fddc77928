/** What a sanctions check screens: a person's name, birth date and nationality, or the business's legal name. */
import type { Knex } from 'knex';
import type { CheckSubject } from '../../domain/onboarding/onboarding';
import type { ScreeningQuery } from '../../domain/screening/screening-index';
import { findApplication, findPerson } from '../onboarding/applications';

export async function screeningSubject(db: Knex, applicationId: string, subject: CheckSubject): Promise<ScreeningQuery | undefined> {
  if (subject.type === 'person') {
    const person = await findPerson(db, subject.id);
    if (!person) return undefined;
    const p = person.details;
    return { name: `${p.firstName} ${p.lastName}`, type: 'person', dateOfBirth: p.dateOfBirth, country: p.nationality };
  }
  const app = await findApplication(db, applicationId);
  return app ? { name: app.business.legalName, type: 'organization', country: app.country } : undefined;
}
