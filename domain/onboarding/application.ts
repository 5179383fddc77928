/**
 * What an onboarding frontend submits (DESIGN.md section 4). Unknown fields are refused so that a
 * typo in a field name is an error the integrator sees, not data silently dropped.
 */
import { isValid as isCountryCode } from 'i18n-iso-countries';
import { isValidPhoneNumber } from 'libphonenumber-js';
import { z } from 'zod';
import { isValidAbaRoutingNumber, isValidGbAccountNumber, isValidIban, isValidSortCode, isValidUsAccountNumber, normaliseIban, normaliseSortCode, type BankAccountDetails } from './bank';
import { isValidLei } from './lei';
import { checkTaxId } from './tax-id';

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in upper case')
  .refine((c) => isCountryCode(c), 'is not an ISO 3166-1 country');

/** A calendar date YYYY-MM-DD that exists (2026-02-30 does not). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a calendar date');

const text = (max = 200) => z.string().trim().min(1).max(max);

export const addressSchema = z.strictObject({
  line1: text(),
  line2: text().optional(),
  city: text(100),
  postalCode: text(20).optional(),
  region: text(100).optional(),
  country: countryCode,
});

const phone = z.string().refine((p) => isValidPhoneNumber(p), 'must be a phone number in E.164 form, e.g. +442079460000');

export const businessTypes = ['company', 'sole_proprietor', 'partnership'] as const;
/**
 * `controller`: controls the business without holding 25% (appoints or removes the board, or has
 * significant influence or control); `senior_managing_official`: named when nobody owns or controls
 * it (MLR 2017 reg. 28(6)).
 */
export const personRoles = ['representative', 'owner', 'director', 'executive', 'controller', 'senior_managing_official'] as const;
export const idDocumentTypes = ['passport', 'national_id', 'driving_licence'] as const;

export const personSchema = z.strictObject({
  firstName: text(100),
  lastName: text(100),
  dateOfBirth: isoDate,
  nationality: countryCode.optional(),
  roles: z
    .array(z.enum(personRoles))
    .min(1)
    .refine((r) => new Set(r).size === r.length, 'has a role twice'),
  // Stored to the hundredth (numeric(5,2)): a finer value is refused rather than rounded.
  ownershipPercent: z
    .number()
    .min(0)
    .max(100)
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, 'must have at most 2 decimal places')
    .optional(),
  email: z.email().optional(),
  phone: phone.optional(),
  address: addressSchema.optional(),
  idDocument: z
    .strictObject({
      type: z.enum(idDocumentTypes),
      number: text(50),
      issuingCountry: countryCode,
      expiresOn: isoDate.optional(),
    })
    .optional(),
});

export const bankAccountSchema = z
  .strictObject({
    accountHolderName: text(200),
    iban: z.string().refine(isValidIban, 'is not a valid IBAN (country, length or checksum)').optional(),
    sortCode: z.string().refine(isValidSortCode, 'must be six digits, e.g. 20-00-00').optional(),
    routingNumber: z.string().refine(isValidAbaRoutingNumber, 'is not a valid ABA routing number').optional(),
    accountNumber: z.string().optional(),
  })
  .superRefine((b, ctx) => {
    const forms = [b.iban !== undefined, b.sortCode !== undefined, b.routingNumber !== undefined].filter(Boolean).length;
    if (forms !== 1) {
      ctx.addIssue({ code: 'custom', path: [], message: 'give exactly one of iban, sortCode + accountNumber, routingNumber + accountNumber' });
      return;
    }
    if (b.iban !== undefined && b.accountNumber !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['accountNumber'], message: 'is not used with an IBAN' });
    }
    if (b.sortCode !== undefined && !(b.accountNumber && isValidGbAccountNumber(b.accountNumber))) {
      ctx.addIssue({ code: 'custom', path: ['accountNumber'], message: 'must be eight digits with a sort code' });
    }
    if (b.routingNumber !== undefined && !(b.accountNumber && isValidUsAccountNumber(b.accountNumber))) {
      ctx.addIssue({ code: 'custom', path: ['accountNumber'], message: 'must be 4 to 17 digits with a routing number' });
    }
  });

export const applicationSubmissionSchema = z
  .strictObject({
    externalRef: text(100),
    country: countryCode,
    /** Where the seller offers to consumers (the storefronts it lists on): ISO countries, or EU for every EEA country; unset: its own country. */
    sellingRegions: z
      .array(z.union([z.literal('EU'), countryCode]))
      .min(1)
      .max(40)
      .refine((r) => new Set(r).size === r.length, 'lists a region twice')
      .optional(),
    businessType: z.enum(businessTypes),
    business: z.strictObject({
      legalName: text(),
      tradingName: text().optional(),
      registrationNumber: text(50).optional(),
      /** The trade register it is entered in, e.g. "Companies House" or "Handelsregister B, Amtsgericht München" (DSA Art. 30(1)(d)). */
      tradeRegister: text(200).optional(),
      taxId: text(50).optional(),
      vatNumber: text(50).optional(),
      /** Its Legal Entity Identifier, when it has one: its GLEIF record and parents are then checked too. */
      lei: z.string().refine(isValidLei, 'is not an LEI (ISO 17442: 20 characters, check digits MOD 97-10)').optional(),
      address: addressSchema,
      email: z.email(),
      phone,
      website: z.url().optional(),
      categories: z.array(text(50)).max(20).optional(),
    }),
    persons: z.array(personSchema).min(1).max(20),
    bankAccount: bankAccountSchema,
    declarations: z.strictObject({
      tradeCompliance: z.literal(true, 'must be true: the trader certifies it complies with EU and national law'),
      acceptedAt: z.iso.datetime({ offset: true }),
    }),
  })
  .superRefine((a, ctx) => {
    const owned = a.persons.reduce((sum, p) => sum + (p.ownershipPercent ?? 0), 0);
    if (owned > 100) ctx.addIssue({ code: 'custom', path: ['persons'], message: `ownership adds up to ${owned}%, more than 100%` });
    a.persons.forEach((p, i) => {
      if (p.roles.includes('owner') && p.ownershipPercent === undefined) {
        ctx.addIssue({ code: 'custom', path: ['persons', i, 'ownershipPercent'], message: 'is required for an owner' });
      }
    });
    for (const [field, kind] of [
      ['taxId', 'tax_id'],
      ['vatNumber', 'vat'],
    ] as const) {
      const value = a.business[field];
      const check = value === undefined ? undefined : checkTaxId(a.country, kind, value);
      if (check && !check.valid) ctx.addIssue({ code: 'custom', path: ['business', field], message: check.problem! });
    }
    if (a.bankAccount.sortCode !== undefined && a.country !== 'GB') {
      ctx.addIssue({ code: 'custom', path: ['bankAccount', 'sortCode'], message: 'sort codes are for GB sellers; give an IBAN' });
    }
    if (a.bankAccount.routingNumber !== undefined && a.country !== 'US') {
      ctx.addIssue({ code: 'custom', path: ['bankAccount', 'routingNumber'], message: 'routing numbers are for US sellers; give an IBAN' });
    }
  });

export type ApplicationSubmission = z.infer<typeof applicationSubmissionSchema>;
export type PersonInput = z.infer<typeof personSchema>;
export type BankAccountInput = z.infer<typeof bankAccountSchema>;

export function bankAccountDetails(input: BankAccountInput, sellerCountry: string): BankAccountDetails {
  if (input.iban) {
    const iban = normaliseIban(input.iban);
    return { scheme: 'iban', iban, country: iban.slice(0, 2) };
  }
  if (input.sortCode) return { scheme: 'gb_sort_code', sortCode: normaliseSortCode(input.sortCode), accountNumber: input.accountNumber!, country: 'GB' };
  if (sellerCountry !== 'US') throw new Error('routing numbers are for US sellers');
  return { scheme: 'us_aba', routingNumber: input.routingNumber!, accountNumber: input.accountNumber!, country: 'US' };
}
