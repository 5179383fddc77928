/**
 * The people a company's register names now (domain/onboarding/register-people.ts), screened at each
 * registry monitoring run: a new director or owner who is listed stops the money as a new list entry
 * does, through the same investigation and sanctions hold (activities/screening/monitoring.ts). The
 * people the seller declared are screened already (onboarding, re-screening) and are left out. A
 * register person's check names them by the fingerprint of what was screened and by their place in
 * the register, never by name: the reviewer reads the name in the register itself.
 */
import { listPersons } from '../../db/onboarding/applications';
import { findCheck } from '../../db/onboarding/checks';
import { currentRegisterPeople } from '../../domain/onboarding/register-people';
import type { RegisterController, RegisterOfficer } from '../../domain/onboarding/register';
import { tokens } from '../../domain/screening/normalise';
import { screeningSubjectFingerprint } from '../../domain/shared/fingerprints';
import { derivedId } from '../../domain/shared/ids';
import { freshMatches, raiseMonitoringHit } from '../screening/monitoring-hit';
import type { ActivityDeps } from '../shared/deps';
import { screeningTimer } from '../shared/screening-latency';

interface Declared {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
}

const sameName = (a: string, b: string) => tokens(a, 'person').sort().join(' ') === tokens(b, 'person').sort().join(' ');

export function createRegisterScreening({ db, screening, fingerprintKey, temporal, sanctionsHitSlaHours }: ActivityDeps) {
  const timed = screeningTimer('rescreening');
  /** Screens the register's people of one company; returns how many new potential matches it raised. */
  return async function screenRegisterPeople(input: {
    applicationId: string;
    sellerId: string;
    register: { officers?: RegisterOfficer[]; controllers?: RegisterController[] };
    runId: string;
  }): Promise<number> {
    if (!temporal) throw new Error('the worker has no Temporal client to open investigations');
    const index = await screening.index();
    // The seller's own people, read only for a company whose register names someone on a list (rare).
    let declared: Declared[] | undefined;
    const isDeclared = async (query: { name: string; dateOfBirth?: string }) => {
      declared ??= (await listPersons(db, input.applicationId)).map((p) => p.details as Declared);
      return declared.some((d) => sameName(`${d.firstName} ${d.lastName}`, query.name) && (!query.dateOfBirth || d.dateOfBirth.startsWith(query.dateOfBirth)));
    };
    let raised = 0;
    for (const person of currentRegisterPeople(input.register)) {
      const { query } = person;
      const hits = timed(() => index.screen(query, screening.threshold));
      if (hits.length === 0 || (query.type === 'person' && (await isDeclared(query)))) continue;
      const subjectKey = screeningSubjectFingerprint(fingerprintKey, query);
      const checkId = derivedId('check', input.applicationId, 'sanctions', `register:${subjectKey}`);
      const fresh = await freshMatches(db, subjectKey, hits, (await findCheck(db, input.applicationId, checkId))?.evidence);
      if (fresh.length === 0) continue;
      await raiseMonitoringHit(
        { db, temporal, sanctionsHitSlaHours, threshold: screening.threshold },
        {
          applicationId: input.applicationId,
          sellerId: input.sellerId,
          checkId,
          subject: { type: 'register_person', id: subjectKey },
          index,
          matches: hits,
          fresh,
          evidence: { registerPerson: { role: person.role, position: person.position, registerRole: person.registerRole, since: person.since ?? null }, monitoringRun: input.runId },
        },
      );
      raised++;
    }
    return raised;
  };
}
