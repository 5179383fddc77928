/** A company register (KYB): does a business with this number exist, under which name, in what standing, and who runs and controls it. */
export interface RegistryLookup {
  country: string;
  registrationNumber: string;
  legalName: string;
  /** The registered office's postal code as the seller gave it, for the address match. */
  postalCode?: string;
  /** Sent to the vendor so a retried call is not a second billable lookup. */
  idempotencyKey: string;
}

import type { RegisterController, RegisterOfficer } from '../../domain/onboarding/register';

export type { BirthMonth, RegisterController, RegisterOfficer } from '../../domain/onboarding/register';

export type RegistryResult =
  | {
      status: 'found';
      registeredName: string;
      nameMatches: boolean;
      /** The register's status word: Companies House "active", "dissolved", "liquidation", ...; other registers their own. */
      companyStatus: string;
      /** Companies House `company_status_detail`, e.g. "active-proposal-to-strike-off". */
      companyStatusDetail?: string;
      companyType?: string;
      incorporatedOn?: string;
      registeredPostalCode?: string;
      sicCodes?: string[];
      /** Present when the register publishes them; absent from registers that do not (then nothing is compared). */
      officers?: RegisterOfficer[];
      controllers?: RegisterController[];
    }
  | { status: 'not_found' };

export type RegistryRecord = Extract<RegistryResult, { status: 'found' }>;

export interface BusinessRegistryProvider {
  readonly name: string;
  lookup(request: RegistryLookup): Promise<RegistryResult>;
}
