/**
 * Tax ID and VAT number verification with the tax authority (HMRC's VAT check, the EU's VIES, the
 * IRS's TIN matching, the SAT's RFC list): is the number registered, and to this business?
 */
export interface TaxIdVerificationRequest {
  country: string;
  kind: 'tax_id' | 'vat';
  /** The number in compact form (no spaces or country prefix), already checked for format. */
  number: string;
  legalName: string;
  idempotencyKey: string;
}

/** `reference`: the authority's own record of the consultation (VIES's request identifier), kept as evidence. */
export type TaxIdVerificationResult =
  { status: 'match'; reference?: string; nameDisclosed?: false } | { status: 'name_mismatch'; registeredName?: string; reference?: string } | { status: 'not_registered'; reference?: string };

export interface TaxIdProvider {
  readonly name: string;
  verify(request: TaxIdVerificationRequest): Promise<TaxIdVerificationResult>;
}

/** EU VAT numbers to VIES when it is configured; everything else to the provider mode's tax authority. */
export class TaxAuthorityByScheme implements TaxIdProvider {
  constructor(
    private readonly otherwise: TaxIdProvider,
    private readonly vat?: { provider: TaxIdProvider; covers: (country: string) => boolean },
  ) {}

  get name() {
    return this.otherwise.name;
  }

  for(country: string, kind: TaxIdVerificationRequest['kind']): TaxIdProvider {
    return kind === 'vat' && this.vat?.covers(country) ? this.vat.provider : this.otherwise;
  }

  verify(request: TaxIdVerificationRequest): Promise<TaxIdVerificationResult> {
    return this.for(request.country, request.kind).verify(request);
  }
}
