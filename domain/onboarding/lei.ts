/**
 * The Legal Entity Identifier (ISO 17442): 18 letters or digits and two check digits, valid when
 * the whole, letters read as 10..35, is 1 modulo 97 (ISO 7064 MOD 97-10, as in IBANs).
 */
export const normaliseLei = (lei: string) => lei.replace(/\s+/g, '').toUpperCase();

export function isValidLei(lei: string): boolean {
  const s = normaliseLei(lei);
  if (!/^[0-9A-Z]{18}[0-9]{2}$/.test(s)) return false;
  let remainder = 0;
  for (const ch of s) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}

/** Registration states in which the LEI no longer stands for a live entity (GLEIF's RegistrationStatus). */
const ended = new Set(['RETIRED', 'ANNULLED', 'MERGED', 'DUPLICATE']);

/**
 * What an LEI record says against the application: the entity ceased or its LEI was withdrawn, or it
 * is another entity. A LAPSED registration (not renewed) is only recorded: the data may be stale, the
 * entity is not thereby gone.
 */
export function leiFinding(
  record: { entityStatus: string; registrationStatus: string; legalName: string; registeredAs?: string } | null,
  nameMatches: (registered: string) => boolean,
  registrationNumber?: string,
): 'lei_not_found' | 'lei_not_active' | 'lei_name_mismatch' | undefined {
  if (!record) return 'lei_not_found';
  if (record.entityStatus !== 'ACTIVE' || ended.has(record.registrationStatus)) return 'lei_not_active';
  const compact = (s: string) =>
    s
      .replace(/[\s-]+/g, '')
      .toUpperCase()
      .replace(/^0+/, '');
  const sameNumber = record.registeredAs && registrationNumber ? compact(record.registeredAs) === compact(registrationNumber) : undefined;
  if (!nameMatches(record.legalName) && sameNumber !== true) return 'lei_name_mismatch';
  return undefined;
}
