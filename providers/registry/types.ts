/** A company register (KYB): does a business with this number exist, and under which name. */
export interface RegistryLookup {
  country: string;
  registrationNumber: string;
  legalName: string;
  /** Sent to the vendor so a retried call is not a second billable lookup. */
  idempotencyKey: string;
}

export type RegistryResult =
  | { status: 'found'; registeredName: string; nameMatches: boolean; companyStatus: string; incorporatedOn?: string }
  | { status: 'not_found' };

export interface BusinessRegistryProvider {
  readonly name: string;
  lookup(request: RegistryLookup): Promise<RegistryResult>;
}
