/** Application bodies for the tests and the benchmarks: a UK limited company with two owners, one the representative. */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { composeIBAN } from 'ibantools';
import type { OnboardingInput } from '../domain/onboarding/onboarding';

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/**
 * A valid GB IBAN of its own for each application, so that applications are linked (same bank
 * account on two sellers) only where a test means them to be. It never ends in 0000, the sandbox's
 * "account not found".
 */
export const uniqueIban = () => composeIBAN({ countryCode: 'GB', bban: `BUKB202015${digits(7)}7` })!;

/**
 * A phone number and an email domain of its own for each application, so that sellers are in one
 * account group only where a test means them to be. Phones come from Ofcom's drama range (020 7946
 * 0000-0999, never a real line), in turn from a random start: a process's first thousand differ.
 */
let phoneSeq = randomInt(1000);
const uniquePhone = () => `+442079460${String(phoneSeq++ % 1000).padStart(3, '0')}`;
const uniqueDomain = () => `acme-${randomBytes(4).toString('hex')}.example`;

/** Birth dates differ per application, so people match across sellers only where a test means them to. */
const randomBirthDate = () => new Date(Date.UTC(1950, 0, 1) + randomInt(18_000) * 86_400_000).toISOString().slice(0, 10);

export function ukCompany(overrides: { legalName?: string; registrationNumber?: string; ownerName?: [string, string]; ownerBirthDate?: string; externalRef?: string; iban?: string } = {}) {
  const [firstName, lastName] = overrides.ownerName ?? ['John', 'Smith'];

  return {
    externalRef: overrides.externalRef ?? `shop-${randomUUID()}`,
    country: 'GB',
    businessType: 'company',
    business: {
      legalName: overrides.legalName ?? 'Acme Widgets Ltd',
      registrationNumber: overrides.registrationNumber ?? '12345678',
      address: { line1: '1 High Street', city: 'London', postalCode: 'EC1A 1BB', country: 'GB' },
      email: `ops@${uniqueDomain()}`,
      phone: uniquePhone(),
      categories: ['electronics'],
    },
    persons: [
      {
        firstName: 'Jane',
        lastName: 'Doe',
        dateOfBirth: randomBirthDate(),
        nationality: 'GB',
        roles: ['representative', 'owner', 'director'],
        ownershipPercent: 60,
        idDocument: { type: 'passport', number: '123456789', issuingCountry: 'GB', expiresOn: '2031-05-01' },
        address: { line1: '2 Park Lane', city: 'London', postalCode: 'W1K 1AA', country: 'GB' },
      },
      {
        firstName,
        lastName,
        dateOfBirth: overrides.ownerBirthDate ?? randomBirthDate(),
        nationality: 'GB',
        roles: ['owner'],
        ownershipPercent: 40,
        address: { line1: '3 Mill Road', city: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' },
      },
    ],
    bankAccount: { accountHolderName: overrides.legalName ?? 'Acme Widgets Ltd', iban: overrides.iban ?? uniqueIban() },
    declarations: { tradeCompliance: true, acceptedAt: '2026-11-22T10:00:00Z' },
  };
}

/** The workflow's input for the same company, with every ID assigned as the API would. */
export function onboardingInput(overrides: Partial<OnboardingInput['submission']> = {}): OnboardingInput {
  return {
    // Unique per call: child workflow IDs derive from it, and tests share one server.
    applicationId: `app_${randomBytes(10).toString('hex')}`,
    sellerId: 'sel_00000000000000000001',
    submittedAt: '2026-11-22T10:00:00.000Z',
    submittedBy: { id: 'key_frontend', name: 'frontend', role: 'onboarding_frontend' },
    personIds: ['per_00000000000000000001', 'per_00000000000000000002'],
    bankAccountId: 'bnk_00000000000000000001',
    submission: { ...(ukCompany() as OnboardingInput['submission']), ...overrides },
  };
}
