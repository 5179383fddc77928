/** What a sanctions check screens: a person's name, birth date, nationality and document number, or the business's legal name and registration and tax numbers. */
import { normaliseIdentifier } from '../../domain/screening/identifiers';
import type { Knex } from 'knex';
import type { CheckSubject } from '../../domain/onboarding/onboarding';
import type { ScreeningQuery } from '../../domain/screening/screening-index';
import { findApplication, findPerson } from '../onboarding/applications';

export async function screeningSubject(db: Knex, applicationId: string, subject: CheckSubject): Promise<ScreeningQuery | undefined> {
  if (subject.type === 'person') {
    const person = await findPerson(db, subject.id);
    if (!person) return undefined;
    const p = person.details;
    return { name: `${p.firstName} ${p.lastName}`, type: 'person', dateOfBirth: p.dateOfBirth, country: p.nationality, identifiers: numbers(p.idDocument?.number) };
  }
  const app = await findApplication(db, applicationId);
  return app ? { name: app.business.legalName, type: 'organization', country: app.country, identifiers: numbers(app.business.registrationNumber, app.business.taxId) } : undefined;
}

/** The subject's identity or registration numbers, as the index compares them. */
const numbers = (...given: Array<string | undefined>) => given.map((n) => (n ? normaliseIdentifier(n) : undefined)).filter((n): n is string => Boolean(n));
