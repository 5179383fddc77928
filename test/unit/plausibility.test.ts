/** Identity data that cannot be true, each case by hand against a fixed day. */
import { ageOn, implausibilities } from '../../domain/onboarding/plausibility';

const today = '2026-12-03';
const now = '2026-12-03T12:00:00Z';
const person = (extra: Record<string, unknown> = {}) => ({ firstName: 'Jane', lastName: 'Doe', dateOfBirth: '1980-03-15', roles: ['representative'], ...extra }) as never;
const check = (persons: unknown[], acceptedAt = '2026-12-03T11:00:00Z') => implausibilities({ persons: persons as never, declarations: { tradeCompliance: true, acceptedAt } }, today, now);

it('counts whole years to the day', () => {
  expect([ageOn('2008-12-03', today), ageOn('2008-12-04', today), ageOn('2008-02-29', '2026-02-28')]).toEqual([18, 17, 17]);
});

it('takes an adult representative and a minor who owns little', () => {
  expect(check([person(), person({ firstName: 'Tim', dateOfBirth: '2015-01-01', roles: ['owner'], ownershipPercent: 10 })])).toEqual([]);
});

it('refuses dates that cannot be, the young in adult roles, and the same person twice', () => {
  expect(
    check(
      [
        person({ dateOfBirth: '2027-01-01' }),
        person({ firstName: 'Old', dateOfBirth: '1899-12-31', roles: ['owner'], ownershipPercent: 30 }),
        person({ firstName: 'Kid', dateOfBirth: '2020-06-01', roles: ['owner'], ownershipPercent: 60 }),
        person({ firstName: 'Teen', dateOfBirth: '2009-01-01', roles: ['director'] }),
        person({ firstName: ' JANE ', dateOfBirth: '2027-01-01', roles: ['owner'] }),
      ],
      '2099-01-01T00:00:00Z',
    ),
  ).toEqual([
    { path: 'persons[0].dateOfBirth', code: 'implausible_date', message: 'is in the future' },
    { path: 'persons[1].dateOfBirth', code: 'implausible_date', message: 'is before 1900' },
    { path: 'persons[2].dateOfBirth', code: 'too_young_for_role', message: 'gives an age of 6: the owner of 25% or more must be at least 18' },
    { path: 'persons[3].dateOfBirth', code: 'too_young_for_role', message: 'gives an age of 17: the director must be at least 18' },
    { path: 'persons[4].dateOfBirth', code: 'implausible_date', message: 'is in the future' },
    { path: 'persons[4]', code: 'duplicate_person', message: 'is the same person as persons[0]: list each person once, with all their roles' },
    { path: 'declarations.acceptedAt', code: 'implausible_date', message: 'is in the future' },
  ]);
});
