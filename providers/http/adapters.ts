/**
 * The http implementations of the provider interfaces. Each speaks the vendor contract documented
 * in the README (one JSON endpoint per capability); a vendor with another API shape gets its own
 * adapter here, behind the same interface.
 */
import { z } from 'zod';
import type { BankAccountProvider, BankVerificationRequest, BankVerificationResult } from '../bank/types';
import type { IdentityProvider, IdentityRequest, IdentityResult } from '../identity/types';
import type { BusinessRegistryProvider, RegistryLookup, RegistryResult } from '../registry/types';
import type { TaxIdProvider, TaxIdVerificationRequest, TaxIdVerificationResult } from '../tax/types';
import type { ContactVerificationProvider, ContactVerificationRequest, ContactVerificationResult } from '../contact/types';
import { identityAnswerSchema } from '../identity/answer-schema';
import type { VendorClient } from './vendor-client';

const registryAnswer = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    registeredName: z.string(),
    nameMatches: z.boolean(),
    companyStatus: z.string(),
    incorporatedOn: z.string().optional(),
    registeredPostalCode: z.string().optional(),
  }),
  z.object({ status: z.literal('not_found') }),
]);

export class HttpRegistry implements BusinessRegistryProvider {
  constructor(private readonly vendor: VendorClient) {}
  get name() {
    return this.vendor.name;
  }
  lookup({ idempotencyKey, ...query }: RegistryLookup): Promise<RegistryResult> {
    return this.vendor.post('/v1/companies/lookup', query, idempotencyKey, registryAnswer);
  }
}

const identityResult = z.union([identityAnswerSchema, z.object({ status: z.literal('pending'), reference: z.string().min(1).max(200) })]);

export class HttpIdentity implements IdentityProvider {
  /** `callbackUrl`: where the vendor posts its later answer (our /v1/provider-callbacks/{name}). */
  constructor(
    private readonly vendor: VendorClient,
    private readonly callbackUrl: string,
  ) {}
  get name() {
    return this.vendor.name;
  }
  verify({ idempotencyKey, ...person }: IdentityRequest): Promise<IdentityResult> {
    return this.vendor.post('/v1/verifications', { ...person, callbackUrl: this.callbackUrl }, idempotencyKey, identityResult);
  }
}

const bankAnswer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('match') }),
  z.object({ status: z.literal('close_match'), actualName: z.string() }),
  z.object({ status: z.literal('no_match') }),
  z.object({ status: z.literal('account_not_found') }),
]);

export class HttpBank implements BankAccountProvider {
  constructor(private readonly vendor: VendorClient) {}
  get name() {
    return this.vendor.name;
  }
  verify({ idempotencyKey, ...query }: BankVerificationRequest): Promise<BankVerificationResult> {
    return this.vendor.post('/v1/account-verifications', query, idempotencyKey, bankAnswer);
  }
}

const taxAnswer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('match') }),
  z.object({ status: z.literal('name_mismatch'), registeredName: z.string().optional() }),
  z.object({ status: z.literal('not_registered') }),
]);

export class HttpTaxAuthority implements TaxIdProvider {
  constructor(private readonly vendor: VendorClient) {}
  get name() {
    return this.vendor.name;
  }
  verify({ idempotencyKey, ...query }: TaxIdVerificationRequest): Promise<TaxIdVerificationResult> {
    return this.vendor.post('/v1/tax-id-verifications', query, idempotencyKey, taxAnswer);
  }
}

const contactAnswer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('working') }),
  z.object({ status: z.literal('not_working'), reason: z.enum(['undeliverable', 'unassigned', 'invalid']) }),
]);

export class HttpContact implements ContactVerificationProvider {
  constructor(private readonly vendor: VendorClient) {}
  get name() {
    return this.vendor.name;
  }
  verify({ idempotencyKey, ...query }: ContactVerificationRequest): Promise<ContactVerificationResult> {
    return this.vendor.post('/v1/contact-verifications', query, idempotencyKey, contactAnswer);
  }
}
