import { computeRequirements, dueFromSubmission, hasBlockingRequirements, regionOf, type SubmittedFacts } from '../../domain/onboarding/requirements';

const address = { line1: '1 Main St', city: 'Town', country: 'GB' };
const passport = { type: 'passport' as const, number: 'X1', issuingCountry: 'GB' };

function facts(country: string, businessType: SubmittedFacts['businessType'], overrides: Partial<SubmittedFacts> = {}): SubmittedFacts {
  return {
    country,
    businessType,
    business: { registrationNumber: 'R1', taxId: 'T1', vatNumber: 'V1' },
    persons: [{ id: 'per_rep', roles: ['representative', 'owner'], ownershipPercent: 100, address, idDocument: passport, nationality: 'GB' }],
    ...overrides,
  };
}

const without = (f: SubmittedFacts, ...fields: Array<'registrationNumber' | 'taxId' | 'vatNumber'>): SubmittedFacts => ({
  ...f,
  business: Object.fromEntries(Object.entries(f.business).filter(([k]) => !fields.includes(k as never))),
});

describe('regions', () => {
  it.each([
    ['IE', 'EU'],
    ['DE', 'EU'],
    ['FR', 'EU'],
    ['ES', 'EU'],
    ['GB', 'GB'],
    ['US', 'US'],
    ['MX', 'MX'],
    ['JP', 'OTHER'],
  ])('%s is %s', (c, r) => {
    expect(regionOf(c)).toBe(r);
  });
});

describe('a complete application', () => {
  it.each(['GB', 'IE', 'DE', 'FR', 'ES', 'US', 'MX'])('in %s has nothing due now', (country) => {
    for (const type of ['company', 'sole_proprietor', 'partnership'] as const) {
      expect(dueFromSubmission(facts(country, type))).toEqual({ now: [], later: [], errors: [] });
    }
  });
});

describe('the business', () => {
  it.each([
    ['GB', 'company', ['business.registrationNumber'], []],
    ['GB', 'partnership', [], ['business.registrationNumber']],
    ['GB', 'sole_proprietor', [], []],
    ['DE', 'company', ['business.registrationNumber'], []],
    ['FR', 'partnership', ['business.registrationNumber'], []],
    ['ES', 'sole_proprietor', [], ['business.registrationNumber']],
    ['US', 'company', [], ['business.registrationNumber']],
    ['MX', 'company', ['business.registrationNumber'], []],
  ] as const)('%s %s without a registration number: now %j, later %j', (country, type, now, later) => {
    const due = dueFromSubmission(without(facts(country, type), 'registrationNumber'));
    expect(due.now).toEqual(now);
    expect(due.later).toEqual(later);
  });

  it('asks US (INFORM) and Mexican sellers for a tax ID now, others later', () => {
    expect(dueFromSubmission(without(facts('US', 'sole_proprietor'), 'taxId')).now).toEqual(['business.taxId']);
    expect(dueFromSubmission(without(facts('MX', 'company'), 'taxId')).now).toEqual(['business.taxId']);
    expect(dueFromSubmission(without(facts('GB', 'company'), 'taxId')).later).toEqual(['business.taxId']);
  });

  it('asks EU companies and partnerships for a VAT number eventually', () => {
    expect(dueFromSubmission(without(facts('IE', 'company'), 'vatNumber')).later).toEqual(['business.vatNumber']);
    expect(dueFromSubmission(without(facts('IE', 'sole_proprietor'), 'vatNumber')).later).toEqual([]);
  });
});

describe('the people', () => {
  it('needs exactly one representative', () => {
    const none = facts('GB', 'company', { persons: [{ id: 'per_a', roles: ['owner'], ownershipPercent: 50, address }] });
    expect(dueFromSubmission(none).now).toContain('representative');
    const two = facts('GB', 'company', {
      persons: [
        { id: 'per_a', roles: ['representative'], idDocument: passport },
        { id: 'per_b', roles: ['representative'], idDocument: passport },
      ],
    });
    expect(dueFromSubmission(two).errors.map((e) => e.code)).toEqual(['multiple_representatives']);
    expect(hasBlockingRequirements(two)).toBe(true);
  });

  it('asks for the representative identity document now in the EU (DSA Art. 30) and the UK, later in the US', () => {
    const noDocument = (country: string) => facts(country, 'company', { persons: [{ id: 'per_rep', roles: ['representative'], address }] });
    expect(dueFromSubmission(noDocument('FR')).now).toEqual(['persons.per_rep.idDocument']);
    expect(dueFromSubmission(noDocument('GB')).now).toEqual(['persons.per_rep.idDocument']);
    expect(dueFromSubmission(noDocument('US')).later).toEqual(['persons.per_rep.idDocument']);
  });

  it('identifies every owner at 25% or more with an address in the UK and the EU, not smaller owners', () => {
    const owners = (country: string) =>
      facts(country, 'company', {
        persons: [
          { id: 'per_rep', roles: ['representative'], idDocument: passport, address },
          { id: 'per_big', roles: ['owner'], ownershipPercent: 25 },
          { id: 'per_small', roles: ['owner'], ownershipPercent: 24.9 },
          { id: 'per_dir', roles: ['director'] },
        ],
      });
    expect(dueFromSubmission(owners('DE')).now).toEqual(['persons.per_big.address']);
    expect(dueFromSubmission(owners('DE')).later).toEqual(['persons.per_big.nationality']);
    expect(dueFromSubmission(owners('US')).now).toEqual([]);
    expect(dueFromSubmission(owners('US')).later).toEqual(['persons.per_big.address', 'persons.per_big.nationality']);
  });

  it('takes a sole proprietor as one person', () => {
    const two = facts('GB', 'sole_proprietor', { persons: [...facts('GB', 'company').persons, { id: 'per_x', roles: ['director'] }] });
    expect(dueFromSubmission(two).errors.map((e) => e.code)).toEqual(['sole_proprietor_persons']);
  });
});

describe('the requirements object', () => {
  const submittedAt = '2026-11-01T10:00:00.000Z';

  it('sets a 14-day deadline for what is due and marks it past due after', () => {
    const f = without(facts('GB', 'company'), 'registrationNumber');
    const before = computeRequirements({ status: 'in_review', facts: f, checks: [], submittedAt, now: '2026-11-10T00:00:00.000Z' });
    expect(before).toMatchObject({ currentlyDue: ['business.registrationNumber'], pastDue: [], currentDeadline: '2026-11-15T10:00:00.000Z', disabledReason: 'requirements_due' });
    const after = computeRequirements({ status: 'in_review', facts: f, checks: [], submittedAt, now: '2026-11-16T00:00:00.000Z' });
    expect(after).toMatchObject({ pastDue: ['business.registrationNumber'], disabledReason: 'requirements_past_due' });
  });

  it('turns check outcomes into errors with stable codes, and a failed verification into a due field', () => {
    const r = computeRequirements({
      status: 'in_review',
      facts: facts('GB', 'company'),
      checks: [
        { kind: 'identity', subjectType: 'person', subjectId: 'per_rep', status: 'failed', code: 'identity_document_expired' },
        { kind: 'sanctions', subjectType: 'person', subjectId: 'per_rep', status: 'needs_review', code: 'sanctions_potential_match' },
        { kind: 'bank_account', subjectType: 'bank_account', subjectId: 'bnk_1', status: 'pending' },
      ],
      submittedAt,
      now: submittedAt,
    });
    expect(r.currentlyDue).toEqual(['persons.per_rep.idDocument']);
    expect(r.pendingVerification).toEqual(['persons.per_rep.name', 'bankAccount']);
    expect(r.errors.map((e) => [e.code, e.requirement])).toEqual([
      ['verification_document_expired', 'persons.per_rep.idDocument'],
      ['sanctions_potential_match', 'persons.per_rep.name'],
    ]);
  });

  it('is empty once decided', () => {
    const r = computeRequirements({ status: 'approved', facts: without(facts('US', 'company'), 'taxId'), checks: [], submittedAt, now: submittedAt });
    expect(r).toMatchObject({ currentlyDue: [], eventuallyDue: [], pastDue: [], currentDeadline: null, disabledReason: null });
  });
});

describe('DSA Art. 30 by where the trader offers to consumers (rules since 2026-12)', () => {
  const usCompany = (sellingRegions?: string[]) =>
    facts('US', 'company', { sellingRegions, persons: [{ id: 'per_rep', roles: ['representative', 'owner'], ownershipPercent: 100, address, nationality: 'US' }] });

  it('gives a US company selling into the EU the Art. 30 items, due now: the identity document and a copy of it', () => {
    const due = dueFromSubmission(usCompany(['US', 'EU']), 'offering');
    expect(due.now).toEqual(['persons.per_rep.idDocument', 'persons.per_rep.idDocumentCopy']);
    expect(due.later).toContain('business.tradeRegister');
  });

  it('asks nothing of Art. 30 from a US company selling at home, nor under the rules by establishment', () => {
    expect(dueFromSubmission(usCompany(['US']), 'offering').now).toEqual([]);
    expect(dueFromSubmission(usCompany(), 'offering').now).toEqual([]);
    expect(dueFromSubmission(usCompany(['US', 'EU']), 'established').now).toEqual([]);
  });

  it('counts one EEA country, or EU, as selling into the Union; an uploaded identity document is the copy', () => {
    expect(dueFromSubmission(usCompany(['NO']), 'offering').now).toContain('persons.per_rep.idDocumentCopy');
    const de = facts('DE', 'company');
    expect(dueFromSubmission(de, 'offering').now).toEqual(['persons.per_rep.idDocumentCopy']);
    expect(dueFromSubmission({ ...de, identityDocumentCopies: ['per_rep'] }, 'offering').now).toEqual([]);
  });

  it('reports the Art. 30 items due now apart, so that approval can be refused on them', () => {
    const r = computeRequirements({ status: 'in_review', traderRules: 'offering', facts: usCompany(['EU']), checks: [], submittedAt: '2026-12-01T00:00:00Z', now: '2026-12-02T00:00:00Z' });
    expect(r.version).toBe('requirements-2026-12-v2');
    expect(r.traderTraceability).toEqual({ applies: true, currentlyDue: ['persons.per_rep.idDocument', 'persons.per_rep.idDocumentCopy'] });
    const home = computeRequirements({ status: 'in_review', traderRules: 'offering', facts: usCompany(['US']), checks: [], submittedAt: '2026-12-01T00:00:00Z', now: '2026-12-02T00:00:00Z' });
    expect(home.traderTraceability).toEqual({ applies: false, currentlyDue: [] });
  });
});

describe('beneficial owners, with the senior managing official when there are none (rules since 2026-12-v3)', () => {
  const gb = (persons: SubmittedFacts['persons']) => facts('GB', 'company', { persons });
  const rep = { id: 'per_rep', roles: ['representative' as const, 'director' as const], address, idDocument: passport };

  it('records owners at 25% or more and persons with control, and asks the controller for an address like an owner', () => {
    const persons = [
      rep,
      { id: 'per_own', roles: ['owner' as const], ownershipPercent: 30 },
      { id: 'per_ctl', roles: ['controller' as const] },
      { id: 'per_min', roles: ['owner' as const], ownershipPercent: 10 },
    ];
    const r = computeRequirements({
      status: 'in_review',
      traderRules: 'offering',
      ownershipRules: 'beneficial_owners',
      facts: gb(persons),
      checks: [],
      submittedAt: '2026-12-01T00:00:00Z',
      now: '2026-12-02T00:00:00Z',
    });
    expect(r.version).toBe('requirements-2026-12-v3');
    expect(r.beneficialOwners).toEqual([
      { personId: 'per_own', basis: 'ownership' },
      { personId: 'per_ctl', basis: 'control' },
    ]);
    expect(r.currentlyDue).toEqual(expect.arrayContaining(['persons.per_own.address', 'persons.per_ctl.address']));
    expect(r.currentlyDue).not.toContain('persons.per_min.address');
  });

  it('requires the senior managing official when nobody owns 25% or controls the company, and records them as such', () => {
    const persons = [rep, { id: 'per_min', roles: ['owner' as const], ownershipPercent: 10 }];
    const missing = dueFromSubmission(gb(persons), 'offering', 'beneficial_owners');
    expect(missing.now).toContain('persons.seniorManagingOfficial');
    expect(missing.errors).toContainEqual(expect.objectContaining({ code: 'beneficial_owner_missing', requirement: 'persons.seniorManagingOfficial' }));
    // The rules before v3 asked nothing here.
    expect(dueFromSubmission(gb(persons), 'offering').errors).toEqual([]);

    const named = [{ ...rep, roles: [...rep.roles, 'senior_managing_official' as const] }, persons[1]!];
    expect(dueFromSubmission(gb(named), 'offering', 'beneficial_owners')).toEqual({ now: [], later: expect.any(Array), errors: [] });
    const r = computeRequirements({ status: 'in_review', ownershipRules: 'beneficial_owners', facts: gb(named), checks: [], submittedAt: '2026-12-01T00:00:00Z', now: '2026-12-02T00:00:00Z' });
    expect(r.beneficialOwners).toEqual([{ personId: 'per_rep', basis: 'senior_managing_official' }]);
  });

  it('asks no senior managing official of a sole proprietor', () => {
    expect(dueFromSubmission(facts('GB', 'sole_proprietor', { persons: [{ ...rep, roles: ['representative'] }] }), 'offering', 'beneficial_owners').errors).toEqual([]);
  });
});
