/**
 * Where a seller offers its goods to consumers: the marketplace's storefronts it lists on, as ISO
 * countries or "EU" for every EEA country. DSA Art. 30 applies to traders who offer to consumers in
 * the Union wherever they are established (Art. 30(1), read with Art. 2(1)), and an Art. 10 order
 * reaches traders offering in the authority's territory; an application without selling regions
 * sells in its own country only.
 */
import { EEA_COUNTRIES } from '../enforcement/enforcement';

export type SellingRegion = string;

/** The countries a seller offers to consumers in. */
export function sellingCountries(regions: readonly SellingRegion[] | null | undefined, country: string): string[] {
  const given = regions && regions.length > 0 ? regions : [country];
  return [...new Set(given.flatMap((r) => (r === 'EU' ? EEA_COUNTRIES : [r])))];
}

/** Whether the seller offers to consumers in the EEA: the DSA's trader rules apply. */
export const sellsInEea = (regions: readonly SellingRegion[] | null | undefined, country: string) => sellingCountries(regions, country).some((c) => EEA_COUNTRIES.includes(c));
