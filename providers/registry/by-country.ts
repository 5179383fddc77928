/**
 * One registry per country where a real register is configured (GB: Companies House), the mode's
 * registry for the rest. The evidence names the registry that answered.
 */
import type { BusinessRegistryProvider, RegistryLookup, RegistryResult } from './types';

export class RegistryByCountry implements BusinessRegistryProvider {
  constructor(
    private readonly registers: Readonly<Record<string, BusinessRegistryProvider>>,
    private readonly otherwise: BusinessRegistryProvider,
  ) {}

  get name() {
    return this.otherwise.name;
  }

  /** The registry that answers for a country. */
  for(country: string): BusinessRegistryProvider {
    return Object.hasOwn(this.registers, country) ? this.registers[country]! : this.otherwise;
  }

  lookup(request: RegistryLookup): Promise<RegistryResult> {
    return this.for(request.country).lookup(request);
  }
}
