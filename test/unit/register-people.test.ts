/** Who registry monitoring screens (domain/onboarding/register-people.ts): the register's people now, as screening takes them. */
import { currentRegisterPeople } from '../../domain/onboarding/register-people';

it('takes officers in office and current controllers, in natural order, with their birth month; leaves out the resigned, the ceased and the protected', () => {
  const people = currentRegisterPeople({
    officers: [
      { name: 'DOE, Jane Mary', role: 'director', appointedOn: '2015-04-01', birth: { year: 1980, month: 4 } },
      { name: 'SMITH, John', role: 'director', appointedOn: '2015-04-01', resignedOn: '2020-01-31' },
      { name: 'ACME SECRETARIES LIMITED', role: 'corporate-secretary', appointedOn: '2019-06-01' },
    ],
    controllers: [
      {
        kind: 'individual',
        name: 'Mr Ivan Petrovich Sidorov',
        nameParts: { forename: 'Ivan', middleName: 'Petrovich', surname: 'Sidorov' },
        birth: { year: 1966, month: 11 },
        naturesOfControl: ['ownership-of-shares-75-to-100-percent'],
        notifiedOn: '2026-11-30',
      },
      { kind: 'individual', name: 'Old Owner', naturesOfControl: [], ceasedOn: '2021-01-01' },
      { kind: 'protected', name: '', naturesOfControl: [] },
      { kind: 'corporate', name: 'SIDOROV HOLDINGS LTD', naturesOfControl: ['voting-rights-25-to-50-percent'], registration: { number: 'sc 123456', register: 'Companies House' } },
    ],
  });
  expect(people).toEqual([
    { role: 'officer', position: 1, registerRole: 'director', since: '2015-04-01', query: { name: 'Jane Mary DOE', type: 'person', dateOfBirth: '1980-04' } },
    { role: 'officer', position: 3, registerRole: 'corporate-secretary', since: '2019-06-01', query: { name: 'ACME SECRETARIES LIMITED', type: 'organization' } },
    { role: 'controller', position: 1, registerRole: 'individual', since: '2026-11-30', query: { name: 'Ivan Petrovich Sidorov', type: 'person', dateOfBirth: '1966-11' } },
    { role: 'controller', position: 4, registerRole: 'corporate', since: undefined, query: { name: 'SIDOROV HOLDINGS LTD', type: 'organization', identifiers: ['SC123456'] } },
  ]);
});
