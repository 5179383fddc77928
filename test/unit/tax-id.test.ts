import { applicationSubmissionSchema } from '../../domain/onboarding/application';
import { checkTaxId } from '../../domain/onboarding/tax-id';
import { ukCompany } from '../../scripts/sample-applications';

describe('tax IDs and VAT numbers', () => {
  it.each([
    ['GB', 'vat', 'GB 980 7806 84', '980780684'],
    ['GB', 'tax_id', '1955839661', '1955839661'],
    ['IE', 'vat', 'IE6388047V', '6388047V'],
    ['DE', 'vat', 'DE136695976', '136695976'],
    ['FR', 'vat', 'FR40303265045', '40303265045'],
    ['ES', 'vat', 'ESB58378431', 'B58378431'],
    ['US', 'tax_id', '12-3456789', '123456789'],
    ['MX', 'tax_id', 'GODE561231GR8', 'GODE561231GR8'],
  ] as const)('accepts the %s %s %s in compact form', (country, kind, value, compact) => {
    expect(checkTaxId(country, kind, value)).toMatchObject({ valid: true, compact });
  });

  it.each([
    ['GB', 'vat', 'GB980780685'],
    ['GB', 'tax_id', '2134567890'],
    ['DE', 'vat', 'DE136695977'],
    ['US', 'tax_id', '12-345678'],
    ['MX', 'tax_id', 'GODE561231GR9'],
  ] as const)('refuses the %s %s %s, saying which scheme it failed', (country, kind, value) => {
    const check = checkTaxId(country, kind, value);
    expect(check.valid).toBe(false);
    expect(check.problem).toMatch(/^is not a valid /);
  });

  it('leaves a country without a rule to the provider', () => {
    expect(checkTaxId('BR', 'tax_id', '12.345.678/0001-95')).toEqual({ valid: true, compact: '12345678000195' });
  });

  it('refuses an application whose tax numbers fail their check digits, naming each field', () => {
    const body = ukCompany();
    const result = applicationSubmissionSchema.safeParse({ ...body, business: { ...body.business, taxId: '2134567890', vatNumber: 'GB980780684' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['business.taxId']);
  });
});
