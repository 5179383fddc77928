/**
 * Tax IDs and VAT numbers: the format and check digits per country, from python-stdnum's rules
 * (the stdnum package), before any provider is asked whether the number belongs to the business.
 * A country we have no rule for is accepted as given and left to the provider.
 */
import { stdnum } from 'stdnum';

type Validator = { validate(value: string): { isValid: boolean; compact?: string; error?: Error }; name: string };

export type TaxIdKind = 'tax_id' | 'vat';

/** The business tax identifiers per country: a company's (or a sole trader's) tax number, and VAT. */
const rules: Record<string, Partial<Record<TaxIdKind, Validator[]>>> = {
  GB: { tax_id: [stdnum.GB.utr], vat: [stdnum.GB.vat] },
  IE: { tax_id: [stdnum.IE.vat, stdnum.IE.pps], vat: [stdnum.IE.vat] },
  DE: { tax_id: [stdnum.DE.stnr, stdnum.DE.idnr], vat: [stdnum.DE.vat] },
  FR: { tax_id: [stdnum.FR.siren, stdnum.FR.nif], vat: [stdnum.FR.tva] },
  ES: { tax_id: [stdnum.ES.nif], vat: [stdnum.ES.nif] },
  // A sole proprietor may use a social security or taxpayer number instead of an EIN.
  US: { tax_id: [stdnum.US.ein, stdnum.US.ssn] },
  MX: { tax_id: [stdnum.MX.rfc] },
};

export interface TaxIdCheck {
  valid: boolean;
  /** The number without spaces, dashes or country prefix, as providers and fingerprints take it. */
  compact: string;
  /** The scheme that accepted it (e.g. "Unique Taxpayer Reference"), or why none did. */
  scheme?: string;
  problem?: string;
}

export function checkTaxId(country: string, kind: TaxIdKind, value: string): TaxIdCheck {
  const candidates = rules[country]?.[kind] ?? (kind === 'vat' ? vatRuleOf(country) : []);
  const plain = value.replace(/[\s.\-/]/g, '').toUpperCase();
  if (candidates.length === 0) return { valid: true, compact: plain };
  let problem = '';
  for (const rule of candidates) {
    const result = rule.validate(value);
    if (result.isValid) return { valid: true, compact: result.compact ?? plain, scheme: rule.name };
    problem ||= `${result.error?.message ?? 'is not valid'}`;
  }
  const names = candidates.map((r) => r.name).join(' or ');
  return { valid: false, compact: plain, problem: `is not a valid ${names} (${problem.replace(/\.$/, '').toLowerCase()})` };
}

/** Other countries' VAT rules where stdnum has them (most of the EU and more). */
function vatRuleOf(country: string): Validator[] {
  const national = (stdnum as unknown as Record<string, Record<string, Validator>>)[country];
  const rule = ['vat', 'tva', 'iva', 'btw', 'mwst', 'mva'].map((name) => national?.[name]).find(Boolean);
  return rule ? [rule] : [];
}
