/**
 * The people a company's register names now, as sanctions screening takes them: officers in office
 * and current persons with significant control (UK PSC), a corporate one as an organisation. A new
 * director or owner who is listed must stop the money as a new list entry does, so registry monitoring
 * screens them (activities/onboarding/registry-monitoring.ts). A protected PSC has no name to screen.
 */
import { normaliseIdentifier } from '../screening/identifiers';
import { naturalOrder } from '../screening/normalise';
import type { ScreeningQuery } from '../screening/screening-index';
import type { BirthMonth, RegisterController, RegisterOfficer } from './register';

export interface RegisterPerson {
  /** Where the register names them, without their name: "officer 2 (director, appointed 2026-11-01)". */
  role: 'officer' | 'controller';
  position: number;
  registerRole: string;
  since?: string;
  query: ScreeningQuery;
}

const month = (b?: BirthMonth) => (b ? `${String(b.year).padStart(4, '0')}-${String(b.month).padStart(2, '0')}` : undefined);

export function currentRegisterPeople(record: { officers?: RegisterOfficer[]; controllers?: RegisterController[] }): RegisterPerson[] {
  const officers = (record.officers ?? []).flatMap((o, i): RegisterPerson[] =>
    o.resignedOn
      ? []
      : [
          {
            role: 'officer',
            position: i + 1,
            registerRole: o.role,
            since: o.appointedOn,
            // Companies House writes officers "SURNAME, Forenames".
            query: { name: naturalOrder(o.name), type: /corporate/.test(o.role) ? 'organization' : 'person', ...(month(o.birth) ? { dateOfBirth: month(o.birth) } : {}) },
          },
        ],
  );
  const controllers = (record.controllers ?? []).flatMap((c, i): RegisterPerson[] => {
    if (c.ceasedOn || c.kind === 'protected' || !c.name) return [];
    const parts = c.nameParts;
    const name = parts?.surname ? [parts.forename, parts.middleName, parts.surname].filter(Boolean).join(' ') : c.name;
    const number = c.registration?.number ? normaliseIdentifier(c.registration.number) : undefined;
    return [
      {
        role: 'controller',
        position: i + 1,
        registerRole: c.kind,
        since: c.notifiedOn,
        query: { name, type: c.kind === 'individual' ? 'person' : 'organization', ...(month(c.birth) ? { dateOfBirth: month(c.birth) } : {}), ...(number ? { identifiers: [number] } : {}) },
      },
    ];
  });
  return [...officers, ...controllers];
}
