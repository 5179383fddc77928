/**
 * Who ultimately owns or controls a company, from its PSC register and the registers above it
 * (MLR 2017 reg. 5 and 28; Companies Act 2006 Sch. 1A), and how the declared persons compare with
 * the register. Every case here is worked out by hand from the bands' lower bounds.
 */
import { beneficialOwnership, companiesToFollow, interestOf, type RegisterCompany } from '../../domain/onboarding/beneficial-ownership';
import { companyStanding } from '../../domain/onboarding/company-standing';
import type { RegisterController, RegisterOfficer } from '../../domain/onboarding/register';
import { compareWithRegister, declaredBeneficialOwners, type DeclaredPerson } from '../../domain/onboarding/register-comparison';

const person = (name: string, natures: string[], birth = { month: 3, year: 1980 }): RegisterController => ({ kind: 'individual', name, birth, nationality: 'British', naturesOfControl: natures });
const corporate = (name: string, number: string, natures: string[], register = 'Companies House'): RegisterController => ({
  kind: 'corporate',
  name,
  naturesOfControl: natures,
  registration: { number, register, country: register === 'Companies House' ? 'England' : 'Luxembourg' },
});
const director = (name: string, extra: Partial<RegisterOfficer> = {}): RegisterOfficer => ({ name, role: 'director', birth: { month: 6, year: 1975 }, nationality: 'British', ...extra });

const graphOf = (...companies: RegisterCompany[]) => ({ root: companies[0]!.number, companies: new Map(companies.map((c) => [c.number, c])) });

describe('natures of control', () => {
  it('reads the bands, the board appointment and significant influence, whatever the suffix', () => {
    expect(interestOf(['ownership-of-shares-25-to-50-percent-as-trust', 'voting-rights-75-to-100-percent', 'right-to-appoint-and-remove-directors-as-firm'])).toEqual({
      shares: { over: 25, upTo: 50 },
      votes: { over: 75, upTo: 100 },
      appointsBoard: true,
      significantInfluence: false,
    });
    expect(interestOf(['right-to-share-surplus-assets-50-to-75-percent-limited-liability-partnership', 'significant-influence-or-control-limited-liability-partnership'])).toEqual({
      shares: { over: 50, upTo: 75 },
      appointsBoard: false,
      significantInfluence: true,
    });
  });
});

describe('beneficial owners', () => {
  it('takes every individual in a share or vote band directly, and leaves ceased ones out', () => {
    const owners = beneficialOwnership(
      graphOf({
        number: '01',
        name: 'R',
        controllers: [
          person('Jane Doe', ['ownership-of-shares-50-to-75-percent']),
          person('Vic Votes', ['voting-rights-25-to-50-percent']),
          { ...person('Gone', ['ownership-of-shares-75-to-100-percent']), ceasedOn: '2020-01-01' },
        ],
      }),
      5,
    );
    expect(owners.basis).toBe('ownership');
    expect(owners.owners.map((o) => [o.name, o.basis, o.effectiveOver])).toEqual([
      ['Jane Doe', 'ownership', 50],
      ['Vic Votes', 'ownership', 25],
    ]);
    expect(owners.owners[0]!.chain).toEqual([{ company: '01', interest: 'shares 50-75%' }]);
  });

  it('takes a person with control but no shares, when nobody holds more than 25%', () => {
    const owners = beneficialOwnership(graphOf({ number: '01', name: 'R', controllers: [person('Carl Control', ['right-to-appoint-and-remove-directors'])], officers: [director('DOE, Jane')] }), 5);
    expect(owners.basis).toBe('control');
    expect(owners.owners.map((o) => [o.name, o.basis])).toEqual([['Carl Control', 'control']]);
  });

  it('records the directors in office as senior managing officials when nobody owns or controls it', () => {
    const owners = beneficialOwnership(
      graphOf({
        number: '01',
        name: 'R',
        controllers: [],
        officers: [director('DOE, Jane'), director('OLD, Oscar', { resignedOn: '2019-01-01' }), director('HOLDCO LTD', { role: 'corporate-director' })],
      }),
      5,
    );
    expect(owners.basis).toBe('senior_managing_official');
    expect(owners.owners.map((o) => [o.name, o.basis])).toEqual([['DOE, Jane', 'senior_managing_official']]);
  });

  it('follows a two-level corporate chain: the product of the bands, or a majority stake above the first link', () => {
    const graph = graphOf(
      { number: '01', name: 'R', controllers: [corporate('Holdco', '02', ['ownership-of-shares-75-to-100-percent']), corporate('Minority Co', '03', ['ownership-of-shares-25-to-50-percent'])] },
      // 75% x 50% = more than 37.5%: owns; 75% x 25% = 18.75% and no majority: not an owner.
      { number: '02', name: 'Holdco', controllers: [person('Alice Top', ['ownership-of-shares-50-to-75-percent']), person('Bob Small', ['ownership-of-shares-25-to-50-percent'])] },
      // 25% x 75% = 18.75%, but a majority stake in a company holding more than 25% is held indirectly (Sch. 1A para 18).
      { number: '03', name: 'Minority Co', controllers: [person('Carol Major', ['ownership-of-shares-75-to-100-percent']), person('Dan Board', ['right-to-appoint-and-remove-directors'])] },
    );
    const owners = beneficialOwnership(graph, 5);
    expect(owners.owners.map((o) => [o.name, o.basis, o.effectiveOver])).toEqual([
      ['Alice Top', 'ownership', 37.5],
      ['Carol Major', 'ownership', 18.75],
      ['Dan Board', 'ownership', 0],
    ]);
    expect(owners.owners[0]!.chain).toEqual([
      { company: '01', interest: 'shares 75-100%' },
      { company: '02', interest: 'shares 50-75%' },
    ]);
    expect(owners.unresolved).toEqual([]);
  });

  it('stops at a cycle and says so, keeping the owners found on the way', () => {
    const graph = graphOf(
      { number: '01', name: 'R', controllers: [corporate('A Ltd', '02', ['ownership-of-shares-75-to-100-percent'])] },
      { number: '02', name: 'A Ltd', controllers: [corporate('R Ltd', '01', ['ownership-of-shares-50-to-75-percent']), person('Dave Circle', ['voting-rights-50-to-75-percent'])] },
    );
    expect(companiesToFollow(graph, 5)).toEqual([]);
    const owners = beneficialOwnership(graph, 5);
    expect(owners.owners.map((o) => o.name)).toEqual(['Dave Circle']);
    expect(owners.unresolved).toEqual([{ company: '02', reason: 'cycle', registrationNumber: '01' }]);
  });

  it('leaves a foreign owner, a legal person and the depth limit unresolved', () => {
    const graph = graphOf(
      {
        number: '01',
        name: 'R',
        controllers: [
          corporate('Lux SARL', 'B123', ['ownership-of-shares-50-to-75-percent'], 'Registre de Commerce'),
          { kind: 'legal_person', name: 'The Crown', naturesOfControl: [] },
          corporate('Mid Ltd', '02', ['voting-rights-25-to-50-percent']),
        ],
      },
      { number: '02', name: 'Mid', controllers: [corporate('Top Ltd', '03', ['ownership-of-shares-75-to-100-percent'])] },
    );
    expect(companiesToFollow(graph, 5)).toEqual(['03']);
    expect(companiesToFollow(graph, 1)).toEqual([]);
    const owners = beneficialOwnership(graph, 1);
    expect(owners.basis).toBe('none');
    expect(owners.unresolved).toEqual([
      { company: '01', reason: 'registered_abroad', registrationNumber: 'B123' },
      { company: '01', reason: 'legal_person' },
      { company: '02', reason: 'depth_limit', registrationNumber: '03' },
    ]);
    expect(beneficialOwnership(graph, 5, new Set(['03'])).unresolved[2]).toEqual({ company: '02', reason: 'not_in_register', registrationNumber: '03' });
  });
});

describe('company standing', () => {
  it.each([
    ['active', undefined, 'active'],
    ['dissolved', undefined, 'inactive'],
    ['liquidation', undefined, 'inactive'],
    ['administration', undefined, 'inactive'],
    ['Struck off', undefined, 'inactive'],
    ['active', 'active-proposal-to-strike-off', 'review'],
    ['voluntary-arrangement', undefined, 'review'],
    ['open', undefined, 'active'],
  ])('%s (%s) is %s', (status, detail, standing) => {
    expect(companyStanding(status, detail).standing).toBe(standing);
  });
});

describe('declared persons against the register', () => {
  const declaredPerson = (id: string, firstName: string, lastName: string, extra: Partial<DeclaredPerson> = {}): DeclaredPerson => ({
    id,
    firstName,
    lastName,
    dateOfBirth: '1980-03-15',
    nationality: 'GB',
    roles: ['owner'],
    ownershipPercent: 60,
    ...extra,
  });
  const registerOwner = (name: string, band: string, extra: Record<string, unknown> = {}) => ({
    name,
    birth: { month: 3, year: 1980 },
    nationality: 'British',
    basis: 'ownership' as const,
    effectiveOver: 50,
    chain: [{ company: '01', interest: band }],
    ...extra,
  });

  it('finds nothing when the same people are on both sides (titles, middle names and word order aside)', () => {
    const persons = [declaredPerson('per_1', 'Jane', 'Doe', { roles: ['owner', 'director'] })];
    const result = compareWithRegister(persons, [registerOwner('Mrs Jane Mary Doe', 'shares 50-75%')], [director('DOE, Jane Mary', { birth: { month: 3, year: 1980 } })]);
    expect(result).toEqual({ discrepancies: [], matched: { 'owner-1': 'per_1', 'director-1': 'per_1' } });
  });

  it('names each difference, and only beneficial-owner ones are reportable', () => {
    const persons = [
      declaredPerson('per_1', 'Jane', 'Doe', { ownershipPercent: 30, nationality: 'FR' }),
      declaredPerson('per_2', 'John', 'Smith', { ownershipPercent: 40 }),
      declaredPerson('per_3', 'Dora', 'Director', { roles: ['director'], ownershipPercent: undefined }),
    ];
    const { discrepancies } = compareWithRegister(
      persons,
      [registerOwner('Jane Doe', 'shares 50-75%', { birth: { month: 4, year: 1980 } }), registerOwner('Unknown Person', 'shares 25-50%')],
      [director('BOARD, Bert')],
    );
    expect(discrepancies).toEqual([
      { kind: 'birth_month_differs', personId: 'per_1', registerRef: 'owner-1', reportable: true },
      { kind: 'nationality_differs', personId: 'per_1', registerRef: 'owner-1', reportable: true },
      { kind: 'ownership_differs', personId: 'per_1', registerRef: 'owner-1', reportable: true },
      { kind: 'owner_not_in_register', personId: 'per_2', reportable: true },
      { kind: 'register_owner_not_declared', registerRef: 'owner-2', reportable: true },
      { kind: 'director_not_in_register', personId: 'per_3', reportable: false },
      { kind: 'register_director_not_declared', registerRef: 'director-1', reportable: false },
    ]);
  });

  it('declares the senior managing official when nobody owns or controls the business', () => {
    const persons = [
      declaredPerson('per_1', 'Sam', 'Manager', { roles: ['representative', 'senior_managing_official'], ownershipPercent: undefined }),
      declaredPerson('per_2', 'Min', 'Or', { ownershipPercent: 10 }),
    ];
    expect(declaredBeneficialOwners(persons).map((p) => p.id)).toEqual(['per_1']);
    expect(declaredBeneficialOwners([...persons, declaredPerson('per_3', 'Cy', 'Control', { roles: ['controller'], ownershipPercent: undefined })]).map((p) => p.id)).toEqual(['per_3']);
  });
});
