import { applicationSubmissionSchema, bankAccountDetails } from '../../domain/onboarding/application';
import { isValidAbaRoutingNumber, isValidIban, last4 } from '../../domain/onboarding/bank';
import { ukCompany } from '../../scripts/sample-applications';

const parse = (body: unknown) => applicationSubmissionSchema.safeParse(body);
const paths = (body: unknown) => {
  const r = parse(body);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('the application schema', () => {
  it('accepts the documented UK company', () => {
    expect(parse(ukCompany()).success).toBe(true);
  });

  it('requires an ownership share for an owner', () => {
    const b = ukCompany();
    delete (b.persons[1] as { ownershipPercent?: number }).ownershipPercent;
    expect(paths(b)).toEqual(['persons.1.ownershipPercent']);
  });

  it('refuses a role given twice and an empty role list', () => {
    const b = ukCompany();
    b.persons[0].roles = ['owner', 'owner'];
    b.persons[1].roles = [];
    expect(paths(b).sort()).toEqual(['persons.0.roles', 'persons.1.roles']);
  });

  it('takes exactly one form of bank account', () => {
    const b = ukCompany();
    expect(paths({ ...b, bankAccount: { accountHolderName: 'A', iban: 'GB33BUKB20201555555555', sortCode: '200000', accountNumber: '12345678' } })).toEqual(['bankAccount']);
    expect(paths({ ...b, bankAccount: { accountHolderName: 'A' } })).toEqual(['bankAccount']);
  });

  it('accepts a US routing number for a US seller', () => {
    const b = { ...ukCompany(), country: 'US', bankAccount: { accountHolderName: 'A', routingNumber: '011000015', accountNumber: '1234567' } };
    expect(parse(b).success).toBe(true);
  });
});

describe('bank account formats', () => {
  it.each([
    ['GB33BUKB20201555555555', true],
    ['GB33 BUKB 2020 1555 5555 55', true],
    ['DE89370400440532013000', true],
    ['DE89370400440532013001', false],
    ['GB33BUKB2020155555555', false],
    ['XX00', false],
  ])('IBAN %s is %s', (iban, valid) => {
    expect(isValidIban(iban)).toBe(valid);
  });

  it.each([
    ['011000015', true],
    ['021000021', true],
    ['011000016', false],
    ['12345678', false],
  ])('ABA routing number %s is %s', (n, valid) => {
    expect(isValidAbaRoutingNumber(n)).toBe(valid);
  });

  it('normalises and shows only the last four characters', () => {
    const d = bankAccountDetails({ accountHolderName: 'A', iban: 'gb33 bukb 2020 1555 5555 55' }, 'GB');
    expect(d).toEqual({ scheme: 'iban', iban: 'GB33BUKB20201555555555', country: 'GB' });
    expect(last4(d)).toBe('5555');
    expect(bankAccountDetails({ accountHolderName: 'A', sortCode: '20-00-00', accountNumber: '55779911' }, 'GB')).toMatchObject({ scheme: 'gb_sort_code', sortCode: '200000' });
  });
});
