/** The providers one worker uses, chosen by PROVIDER_MODE. */
import type { Config } from '../config';
import { SandboxBank } from './bank/sandbox';
import type { BankAccountProvider } from './bank/types';
import { HttpBank, HttpContact, HttpIdentity, HttpRegistry, HttpTaxAuthority } from './http/adapters';
import { SandboxContact } from './contact/sandbox';
import type { ContactVerificationProvider } from './contact/types';
import { VendorClient } from './http/vendor-client';
import { SandboxIdentity } from './identity/sandbox';
import { VERIFF_PROVIDER, VeriffIdentity } from './identity/veriff';
import type { IdentityProvider } from './identity/types';
import { RegistryByCountry } from './registry/by-country';
import { COMPANIES_HOUSE_RATE_LIMIT, CompaniesHouseRegistry } from './registry/companies-house';
import { GLEIF_RATE_LIMIT, GleifLeiRegistry, type LeiProvider } from './registry/gleif';
import { SandboxRegistry } from './registry/sandbox';
import type { BusinessRegistryProvider } from './registry/types';
import { SandboxTaxAuthority } from './tax/sandbox';
import { TaxAuthorityByScheme, type TaxIdProvider } from './tax/types';
import { isInVies, ViesVatRegistry } from './tax/vies';

export interface Providers {
  /** By country: `registry.for(country)` is the one that answers for it. */
  registry: BusinessRegistryProvider & { for(country: string): BusinessRegistryProvider };
  identity: IdentityProvider;
  bank: BankAccountProvider;
  /** By scheme: `tax.for(country, kind)` is the authority that answers for it. */
  tax: TaxIdProvider & { for(country: string, kind: 'tax_id' | 'vat'): TaxIdProvider };
  /** GLEIF's LEI records and parents (GLEIF_API_URL); unset: an LEI given is kept, not checked. */
  lei?: LeiProvider;
  /** Email and phone: do they work (INFORM Act verification). */
  contact: ContactVerificationProvider;
}

type ProviderConfig = Pick<
  Config,
  | 'PROVIDER_MODE'
  | 'PROVIDER_TIMEOUT_SECONDS'
  | 'SANDBOX_CALLBACK_DELAY_SECONDS'
  | 'publicUrl'
  | 'identityCallbackSecret'
  | 'REGISTRY_API_URL'
  | 'REGISTRY_API_KEY'
  | 'COMPANIES_HOUSE_API_KEY'
  | 'COMPANIES_HOUSE_API_URL'
  | 'VIES_API_URL'
  | 'GLEIF_API_URL'
  | 'VERIFF_API_URL'
  | 'VERIFF_API_KEY'
  | 'IDENTITY_API_URL'
  | 'IDENTITY_API_KEY'
  | 'BANK_API_URL'
  | 'BANK_API_KEY'
  | 'TAX_API_URL'
  | 'TAX_API_KEY'
  | 'CONTACT_API_URL'
  | 'CONTACT_API_KEY'
>;

export const HTTP_IDENTITY_PROVIDER = 'http-identity';

export const COMPANIES_HOUSE_PROVIDER = 'companies-house';

/** The real registers configured, by country. */
function registers(config: ProviderConfig): Record<string, BusinessRegistryProvider> {
  if (!config.COMPANIES_HOUSE_API_KEY) return {};
  const api = new VendorClient({
    name: COMPANIES_HOUSE_PROVIDER,
    baseUrl: config.COMPANIES_HOUSE_API_URL,
    apiKey: config.COMPANIES_HOUSE_API_KEY,
    auth: 'basic',
    timeoutMs: config.PROVIDER_TIMEOUT_SECONDS * 1000,
    rateLimit: COMPANIES_HOUSE_RATE_LIMIT,
  });
  return { GB: new CompaniesHouseRegistry(api) };
}

export const VIES_PROVIDER = 'vies';

/** EU VAT numbers go to VIES when VIES_API_URL is set. */
function taxAuthority(config: ProviderConfig, otherwise: TaxIdProvider): TaxAuthorityByScheme {
  if (!config.VIES_API_URL) return new TaxAuthorityByScheme(otherwise);
  const api = new VendorClient({ name: VIES_PROVIDER, baseUrl: config.VIES_API_URL, apiKey: '', auth: 'none', timeoutMs: config.PROVIDER_TIMEOUT_SECONDS * 1000 });
  return new TaxAuthorityByScheme(otherwise, { provider: new ViesVatRegistry(api), covers: isInVies });
}

export const GLEIF_PROVIDER = 'gleif';

/** Veriff when its key is set, in either mode. */
function veriff(config: ProviderConfig): IdentityProvider | undefined {
  if (!config.VERIFF_API_KEY) return undefined;
  return new VeriffIdentity(
    new VendorClient({ name: VERIFF_PROVIDER, baseUrl: config.VERIFF_API_URL, apiKey: config.VERIFF_API_KEY, auth: { header: 'x-auth-client' }, timeoutMs: config.PROVIDER_TIMEOUT_SECONDS * 1000 }),
  );
}

function leiRegistry(config: ProviderConfig): { lei?: LeiProvider } {
  if (!config.GLEIF_API_URL) return {};
  return {
    lei: new GleifLeiRegistry(
      new VendorClient({ name: GLEIF_PROVIDER, baseUrl: config.GLEIF_API_URL, apiKey: '', auth: 'none', timeoutMs: config.PROVIDER_TIMEOUT_SECONDS * 1000, rateLimit: GLEIF_RATE_LIMIT }),
    ),
  };
}

export function createProviders(config: ProviderConfig): Providers {
  if (config.PROVIDER_MODE === 'http') {
    // loadConfig has refused PROVIDER_MODE=http without every URL and key.
    const vendor = (name: string, baseUrl?: string, apiKey?: string) => new VendorClient({ name, baseUrl: baseUrl!, apiKey: apiKey!, timeoutMs: config.PROVIDER_TIMEOUT_SECONDS * 1000 });
    return {
      registry: new RegistryByCountry(registers(config), new HttpRegistry(vendor('http-registry', config.REGISTRY_API_URL, config.REGISTRY_API_KEY))),
      identity:
        veriff(config) ?? new HttpIdentity(vendor(HTTP_IDENTITY_PROVIDER, config.IDENTITY_API_URL, config.IDENTITY_API_KEY), `${config.publicUrl}/v1/provider-callbacks/${HTTP_IDENTITY_PROVIDER}`),
      bank: new HttpBank(vendor('http-bank', config.BANK_API_URL, config.BANK_API_KEY)),
      tax: taxAuthority(config, new HttpTaxAuthority(vendor('http-tax', config.TAX_API_URL, config.TAX_API_KEY))),
      contact: new HttpContact(vendor('http-contact', config.CONTACT_API_URL, config.CONTACT_API_KEY)),
      ...leiRegistry(config),
    };
  }
  const callbacks = { baseUrl: config.publicUrl, secret: config.identityCallbackSecret, delayMs: config.SANDBOX_CALLBACK_DELAY_SECONDS * 1000 };
  return {
    registry: new RegistryByCountry(registers(config), new SandboxRegistry()),
    identity: veriff(config) ?? new SandboxIdentity(callbacks),
    bank: new SandboxBank(),
    tax: taxAuthority(config, new SandboxTaxAuthority()),
    contact: new SandboxContact(),
    ...leiRegistry(config),
  };
}

/** Providers whose signed callbacks the API takes, with the secret each signs with. */
export function callbackSecrets(config: Pick<Config, 'PROVIDER_MODE' | 'identityCallbackSecret'> & Partial<Pick<Config, 'VERIFF_API_KEY'>>): Record<string, string> {
  // With Veriff as the identity vendor, no other identity callback is taken (its secret may be the development one).
  if (config.VERIFF_API_KEY) return {};
  return { [config.PROVIDER_MODE === 'http' ? HTTP_IDENTITY_PROVIDER : 'sandbox-identity']: config.identityCallbackSecret };
}

/** Veriff's shared secret key, when Veriff is configured: its decision webhooks are signed with it. */
export function veriffSecret(config: Pick<Config, 'VERIFF_API_KEY' | 'VERIFF_SHARED_SECRET'>): string | undefined {
  return config.VERIFF_API_KEY ? config.VERIFF_SHARED_SECRET : undefined;
}
