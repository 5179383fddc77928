/**
 * Identity and registration numbers as lists print them and as sellers give them: compared after
 * the same normalisation (upper case, letters and digits only), so "A-123 456" is "A123456". A
 * number too short or without a digit identifies no one and is not kept.
 */
export function normaliseIdentifier(value: string): string | undefined {
  const compact = value.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return compact.length >= 5 && /\d/.test(compact) ? compact : undefined;
}

/**
 * The numbers in OFAC's Remarks, in its fixed phrasing: "Passport A1234567 (Country)", "National ID
 * No. 123", "Cedula No. 123", "Registration Number 123", "Tax ID No. 123", "Identification Number
 * 123", "NIT # 123", "RFC ABC123", "Vessel Registration Identification IMO 1234567".
 */
const remarkPatterns = [
  /\bPassport(?: No\.?)?\s+([A-Z0-9][A-Z0-9 /-]{3,30}?)(?=\s*(?:\(|;|\.|,|$))/gi,
  /\b(?:National|Personal) ID No\.\s+([A-Z0-9][A-Z0-9 /-]{3,30}?)(?=\s*(?:\(|;|\.|,|$))/gi,
  /\bCedula No\.\s+([A-Z0-9][A-Z0-9 /-]{3,30}?)(?=\s*(?:\(|;|\.|,|$))/gi,
  /\b(?:Registration|Identification|Business Registration) (?:Number|No\.|ID)\s+([A-Z0-9][A-Z0-9 /-]{3,30}?)(?=\s*(?:\(|;|\.|,|$))/gi,
  /\bTax ID No\.\s+([A-Z0-9][A-Z0-9 /-]{3,30}?)(?=\s*(?:\(|;|\.|,|$))/gi,
  /\bNIT #\s+([A-Z0-9][A-Z0-9 /-]{3,30}?)(?=\s*(?:\(|;|\.|,|$))/gi,
  /\bRFC\s+([A-Z0-9][A-Z0-9 /-]{3,30}?)(?=\s*(?:\(|;|\.|,|$))/gi,
  /\bIMO\s+(\d{7})\b/gi,
];

export function identifiersInRemarks(remarks: string): string[] {
  const found = new Set<string>();
  for (const pattern of remarkPatterns) {
    for (const m of remarks.matchAll(pattern)) {
      const id = normaliseIdentifier(m[1]);
      if (id) found.add(id);
    }
  }
  return [...found];
}
