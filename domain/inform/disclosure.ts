/**
 * INFORM Act (15 U.S.C. § 45f(b)(1)): what buyers are shown of a seller at $20,000 or more: its full name, physical
 * address and a working phone and email, on the listing or the order confirmation. The seller may
 * certify one of the exceptions of § 45f(b)(2): with only a residential address, the country and
 * state are shown instead; with only a personal phone, the email alone.
 */
export type DisclosureException = 'no_business_address' | 'no_business_phone';
export const disclosureExceptions = ['no_business_address', 'no_business_phone'] as const satisfies readonly DisclosureException[];

export interface BuyerDisclosure {
  name: true;
  address: 'full' | 'country_and_state';
  phone: boolean;
  email: true;
  exceptions: DisclosureException[];
}

export function buyerDisclosure(exceptions: readonly DisclosureException[] = []): BuyerDisclosure {
  return {
    name: true,
    address: exceptions.includes('no_business_address') ? 'country_and_state' : 'full',
    phone: !exceptions.includes('no_business_phone'),
    email: true,
    exceptions: [...new Set(exceptions)],
  };
}
