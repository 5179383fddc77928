/**
 * Field-level encryption at rest: dates of birth, identity document numbers, tax and VAT numbers
 * and bank account numbers are ciphertext in the database, readable through the API, and a record
 * sealed with an older key stays readable after a new key takes over.
 */
import { parseKeyring } from '../../domain/shared/keyring';
import { protect, reveal, sensitivePaths } from '../../domain/shared/field-crypto';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

it('stores the sensitive fields as ciphertext and serves them decrypted', async () => {
  const body = ukCompany({ ownerBirthDate: '1969-09-09' });
  body.persons[0].idDocument = { ...body.persons[0].idDocument!, number: 'PZ11223344' };
  (body.business as Record<string, unknown>).taxId = '1955839661';
  (body.business as Record<string, unknown>).vatNumber = 'GB980780684';
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body });
  const app = (
    await waitFor(
      () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
      (r) => r.body.status === 'approved',
    )
  ).body;

  const rows = JSON.stringify([
    await system.db('applications').where({ id: app.id }).first('business'),
    await system.db('persons').where({ application_id: app.id }).select('details'),
    await system.db('bank_accounts').where({ application_id: app.id }).first('details'),
  ]);
  for (const secret of ['1969-09-09', 'PZ11223344', '1955839661', 'GB980780684', body.bankAccount.iban!]) expect(rows).not.toContain(secret);
  expect(rows).toContain('enc:v1:dev:');
  // Names stay searchable for screening; only the listed fields are sealed.
  expect(rows).toContain('Acme Widgets Ltd');
  // The checks still saw the real values: the tax check verified both numbers.
  expect(app.checks.find((c: any) => c.kind === 'tax_id').evidence.identifiers.map((i: any) => i.last4)).toEqual(['9661', '0684']);
});

it('reads values sealed with an older key after a new key takes over', () => {
  const old = parseKeyring(`k1:${Buffer.alloc(32, 1).toString('base64')}`);
  const rotated = parseKeyring(`k2:${Buffer.alloc(32, 2).toString('base64')},k1:${Buffer.alloc(32, 1).toString('base64')}`);
  const sealed = protect(old, { firstName: 'Ana', dateOfBirth: '1980-01-31', idDocument: { type: 'passport', number: 'X1' } }, sensitivePaths.person);
  expect(sealed.dateOfBirth).toMatch(/^enc:v1:k1:/);
  expect(reveal(rotated, sealed)).toEqual({ firstName: 'Ana', dateOfBirth: '1980-01-31', idDocument: { type: 'passport', number: 'X1' } });
  expect(protect(rotated, { dateOfBirth: '1980-01-31' }, sensitivePaths.person).dateOfBirth).toMatch(/^enc:v1:k2:/);
  expect(() => reveal(parseKeyring(`k3:${Buffer.alloc(32, 3).toString('base64')}`), sealed)).toThrow(/no key k1/);
});
