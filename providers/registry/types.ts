/** A company register (KYB): does a business with this number exist, and under which name. */
export interface RegistryLookup {
  country: string;
  registrationNumber: string;
  legalName: string;
  /** The registered office's postal code as the seller gave it, for the address match. */
  postalCode?: string;
  /** Sent to the vendor so a retried call is not a second billable lookup. */
  idempotencyKey: string;
}

export type RegistryResult = { status: 'found'; registeredName: string; nameMatches: boolean; companyStatus: string; incorporatedOn?: string; registeredPostalCode?: string } | { status: 'not_found' };

export interface BusinessRegistryProvider {
  readonly name: string;
  lookup(request: RegistryLookup): Promise<RegistryResult>;
}
