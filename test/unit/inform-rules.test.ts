/** INFORM Act rules (15 U.S.C. § 45f): who is an individual, what each must give, and what buyers are shown at $20,000. */
import { buyerDisclosure, informSellerKind, missingInformData } from '../../domain/inform/inform';
import { informCertificationSchema } from '../../domain/inform/schemas';

describe('the INFORM Act', () => {
  it('tells an individual from a business by the business type', () => {
    expect(informSellerKind('sole_proprietor')).toBe('individual');
    expect(informSellerKind('company')).toBe('business');
    expect(informSellerKind('partnership')).toBe('business');
  });

  it('asks for what the records lack, the identification of an individual among it', () => {
    const complete = { hasBankAccount: true, legalName: 'Acme', taxId: '12-3456789', email: 'a@b.c', phone: '+16175550123', hasIdentification: true };
    expect(missingInformData(complete)).toEqual([]);
    expect(missingInformData({ ...complete, hasBankAccount: false, taxId: undefined, hasIdentification: false })).toEqual(['bankAccount', 'business.taxId', 'representative.idDocument']);
  });

  it('shows buyers the full identity unless the seller certified an exception of § 45f(b)(2)', () => {
    expect(buyerDisclosure()).toEqual({ name: true, address: 'full', phone: true, email: true, exceptions: [] });
    expect(buyerDisclosure(['no_business_address', 'no_business_phone'])).toMatchObject({ address: 'country_and_state', phone: false, email: true });
    expect(informCertificationSchema.safeParse({ certify: true, disclosureExceptions: ['no_business_phone'] }).success).toBe(true);
    expect(informCertificationSchema.safeParse({ certify: true, disclosureExceptions: ['no_business_email'] }).success).toBe(false);
  });
});
