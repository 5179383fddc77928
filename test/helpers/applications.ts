/** Application bodies for the tests: a UK limited company with two owners, one the representative. */
import { randomUUID } from 'node:crypto';
import type { OnboardingInput } from '../../domain/onboarding';

export function ukCompany(overrides: { legalName?: string; registrationNumber?: string; ownerName?: [string, string]; externalRef?: string } = {}) {
  const [firstName, lastName] = overrides.ownerName ?? ['John', 'Smith'];
  return {
    externalRef: overrides.externalRef ?? `shop-${randomUUID()}`,
    country: 'GB',
    businessType: 'company',
    business: {
      legalName: overrides.legalName ?? 'Acme Widgets Ltd',
      registrationNumber: overrides.registrationNumber ?? '12345678',
      address: { line1: '1 High Street', city: 'London', postalCode: 'EC1A 1BB', country: 'GB' },
      email: 'ops@acme.example',
      phone: '+442079460000',
      categories: ['electronics'],
    },
    persons: [
      {
        firstName: 'Jane',
        lastName: 'Doe',
        dateOfBirth: '1980-01-31',
        nationality: 'GB',
        roles: ['representative', 'owner', 'director'],
        ownershipPercent: 60,
        idDocument: { type: 'passport', number: '123456789', issuingCountry: 'GB', expiresOn: '2031-05-01' },
        address: { line1: '2 Park Lane', city: 'London', postalCode: 'W1K 1AA', country: 'GB' },
      },
      {
        firstName,
        lastName,
        dateOfBirth: '1971-03-14',
        nationality: 'GB',
        roles: ['owner'],
        ownershipPercent: 40,
        address: { line1: '3 Mill Road', city: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' },
      },
    ],
    bankAccount: { accountHolderName: overrides.legalName ?? 'Acme Widgets Ltd', iban: 'GB33BUKB20201555555555' },
    declarations: { tradeCompliance: true, acceptedAt: '2026-11-22T10:00:00Z' },
  };
}

/** The workflow's input for the same company, with every ID assigned as the API would. */
export function onboardingInput(overrides: Partial<OnboardingInput['submission']> = {}): OnboardingInput {
  return {
    applicationId: 'app_00000000000000000001',
    sellerId: 'sel_00000000000000000001',
    submittedAt: '2026-11-22T10:00:00.000Z',
    submittedBy: { id: 'key_frontend', name: 'frontend', role: 'onboarding_frontend' },
    personIds: ['per_00000000000000000001', 'per_00000000000000000002'],
    bankAccountId: 'bnk_00000000000000000001',
    submission: { ...(ukCompany() as OnboardingInput['submission']), ...overrides },
  };
}
