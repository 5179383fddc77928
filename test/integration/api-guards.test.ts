/**
 * What the API refuses, over real HTTP: missing or unknown keys (401), roles without the
 * permission (403), and bad input (400 problem+json naming each field) with nothing stored and no
 * workflow started.
 */
import { gzipSync } from 'node:zlib';
import { call } from '../helpers/http';
import { ukCompany } from '../../scripts/sample-applications';
import { startSystem, type System } from '../helpers/system';
import { permissions } from '../../api/access/authorization';
import { roles } from '../../db/access/api-keys';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

const countApplications = async () => Number((await system.db('applications').count('* as n').first())!.n);
const countWorkflows = async () => (await system.temporal.workflow.count(`TaskQueue = "${system.config.TEMPORAL_TASK_QUEUE}"`)).count;

describe('authentication', () => {
  it('refuses a request without a key, with a malformed header, or with an unknown key', async () => {
    const attempts: Array<Record<string, string>> = [{}, { authorization: 'Basic abc' }, { authorization: 'Bearer sg_not-a-real-key' }];
    for (const headers of attempts) {
      const res = await call(system.baseUrl, 'GET', '/v1/review-tasks', { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(['authentication_required', 'invalid_api_key']).toContain(res.body.code);
    }
  });

  it('refuses a revoked key', async () => {
    const { createApiKey } = await import('../../db/access/api-keys');
    const { key, apiKey } = await createApiKey(system.db, 'reviewer', 'leaver');
    expect((await call(system.baseUrl, 'GET', '/v1/review-tasks', { key })).status).toBe(200);
    await system.db('api_keys').where({ id: apiKey.id }).update({ revoked_at: new Date() });
    expect((await call(system.baseUrl, 'GET', '/v1/review-tasks', { key })).status).toBe(401);
  });
});

describe('authorisation', () => {
  const endpoints: Array<{ permission: keyof typeof permissions; method: string; path: string; body?: unknown }> = [
    { permission: 'applications:create', method: 'POST', path: '/v1/applications', body: {} },
    { permission: 'applications:read', method: 'GET', path: '/v1/applications/app_00000000000000000000' },
    { permission: 'applications:answer', method: 'POST', path: '/v1/applications/app_00000000000000000000/information', body: {} },
    { permission: 'applications:answer', method: 'POST', path: '/v1/applications/app_00000000000000000000/documents' },
    { permission: 'applications:withdraw', method: 'POST', path: '/v1/applications/app_00000000000000000000/withdraw', body: {} },
    { permission: 'review_tasks:read', method: 'GET', path: '/v1/review-tasks' },
    { permission: 'sellers:read', method: 'GET', path: '/v1/sellers/sel_00000000000000000000' },
    { permission: 'review_tasks:work', method: 'POST', path: '/v1/review-tasks/rvt_00000000000000000000/claim' },
    { permission: 'review_tasks:work', method: 'POST', path: '/v1/review-tasks/rvt_00000000000000000000/adjudications', body: {} },
    { permission: 'screenings:run', method: 'POST', path: '/v1/screenings', body: {} },
    { permission: 'screenings:run', method: 'GET', path: '/v1/sanctions-list-versions' },
    { permission: 'sellers:metrics', method: 'POST', path: '/v1/sellers/sel_00000000000000000000/metrics', body: {} },
    { permission: 'enforcements:read', method: 'GET', path: '/v1/sellers/sel_00000000000000000000/enforcements' },
    { permission: 'enforcements:read', method: 'GET', path: '/v1/enforcements/enf_00000000000000000000' },
    { permission: 'enforcements:export', method: 'GET', path: '/v1/enforcements/enf_00000000000000000000/transparency-database' },
    { permission: 'appeals:create', method: 'POST', path: '/v1/sellers/sel_00000000000000000000/appeals', body: {} },
    { permission: 'appeals:read', method: 'GET', path: '/v1/appeals/apl_00000000000000000000' },
    { permission: 'sellers:certify', method: 'POST', path: '/v1/sellers/sel_00000000000000000000/inform-certification', body: {} },
    { permission: 'sellers:certify', method: 'POST', path: '/v1/sellers/sel_00000000000000000000/information', body: {} },
    { permission: 'audit:verify', method: 'GET', path: '/v1/admin/audit/verify' },
    { permission: 'inquiries:create', method: 'POST', path: '/v1/inquiries', body: {} },
    { permission: 'inquiries:read', method: 'GET', path: '/v1/inquiries/inq_00000000000000000000' },
    { permission: 'inquiries:response', method: 'GET', path: '/v1/inquiries/inq_00000000000000000000/response' },
    { permission: 'codec:decode', method: 'POST', path: '/codec/decode', body: { payloads: [] } },
    { permission: 'legal_holds:manage', method: 'POST', path: '/v1/legal-holds/hld_00000000000000000000/release' },
    { permission: 'erasure:request', method: 'POST', path: '/v1/sellers/sel_00000000000000000000/erasure-requests', body: {} },
    { permission: 'reports:create', method: 'POST', path: '/v1/reports', body: {} },
    { permission: 'blocking_reports:read', method: 'GET', path: '/v1/blocking-reports' },
    { permission: 'blocking_reports:read', method: 'GET', path: '/v1/blocking-reports/blk_00000000000000000000' },
    { permission: 'blocking_reports:file', method: 'POST', path: '/v1/blocking-reports/blk_00000000000000000000/filing', body: {} },
    { permission: 'discrepancy_reports:read', method: 'GET', path: '/v1/discrepancy-reports' },
    { permission: 'discrepancy_reports:read', method: 'GET', path: '/v1/discrepancy-reports/dsr_00000000000000000000' },
    { permission: 'discrepancy_reports:decide', method: 'POST', path: '/v1/discrepancy-reports/dsr_00000000000000000000/decision', body: {} },
    { permission: 'discrepancy_reports:decide', method: 'POST', path: '/v1/discrepancy-reports/dsr_00000000000000000000/filing', body: {} },
    { permission: 'investigations:read', method: 'GET', path: '/v1/investigations/inv_00000000000000000000' },
    { permission: 'operations:run', method: 'GET', path: '/v1/admin/performance-reviews/prv_00000000000000000000' },
    { permission: 'governance:read', method: 'GET', path: '/v1/governance/metrics' },
    { permission: 'governance:read', method: 'GET', path: '/v1/governance/transparency-report?period=2026-H1' },
    { permission: 'review_tasks:read', method: 'GET', path: '/v1/applications/app_00000000000000000000/review-file' },
    { permission: 'notices:create', method: 'POST', path: '/v1/notices', body: {} },
    { permission: 'notices:read', method: 'GET', path: '/v1/notices/ntc_00000000000000000000' },
    { permission: 'notices:list', method: 'GET', path: '/v1/notices' },
    { permission: 'trusted_flaggers:manage', method: 'POST', path: '/v1/trusted-flaggers', body: {} },
    { permission: 'trusted_flaggers:read', method: 'GET', path: '/v1/trusted-flaggers' },
    { permission: 'disputes:create', method: 'POST', path: '/v1/disputes', body: {} },
    { permission: 'disputes:create', method: 'POST', path: '/v1/disputes/dsp_00000000000000000000/withdraw' },
    { permission: 'disputes:read', method: 'GET', path: '/v1/disputes/dsp_00000000000000000000' },
    { permission: 'disputes:list', method: 'GET', path: '/v1/disputes' },
    { permission: 'disputes:respond', method: 'POST', path: '/v1/disputes/dsp_00000000000000000000/response', body: {} },
    { permission: 'disputes:appeal', method: 'POST', path: '/v1/disputes/dsp_00000000000000000000/appeal', body: {} },
    { permission: 'disputes:report', method: 'GET', path: '/v1/dispute-rules/report' },
    { permission: 'sellers:identifiers', method: 'POST', path: '/v1/sellers/sel_00000000000000000000/identifiers', body: {} },
    { permission: 'account_groups:read', method: 'GET', path: '/v1/sellers/sel_00000000000000000000/account-group' },
    { permission: 'account_groups:investigate', method: 'POST', path: '/v1/sellers/sel_00000000000000000000/account-group/investigation' },
    { permission: 'investigators:manage', method: 'POST', path: '/v1/investigators/key_00000000000000000000', body: {} },
    { permission: 'investigators:read', method: 'GET', path: '/v1/investigators' },
    { permission: 'quality:read', method: 'GET', path: '/v1/quality/agreement' },
    { permission: 'quality:read', method: 'GET', path: '/v1/root-causes/report' },
    { permission: 'root_causes:mitigate', method: 'POST', path: '/v1/root-causes/other/mitigations', body: {} },
    { permission: 'governance:read', method: 'GET', path: '/v1/operations/targets' },
  ];

  it('walks every permission of the matrix', () => {
    expect([...new Set(endpoints.map((e) => e.permission))].sort()).toEqual(Object.keys(permissions).sort());
  });

  it.each(roles.flatMap((role) => endpoints.map((e) => [role, e.permission, e] as const)))('%s on %s', async (role, permission, e) => {
    const res = await call(system.baseUrl, e.method, e.path, { key: system.keys[role], body: e.body });
    const allowed = (permissions[permission] as readonly string[]).includes(role);
    if (allowed) expect(res.status).not.toBe(403);
    else {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('forbidden');
    }
  });
});

const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;

describe('validation', () => {
  const submit = (body: unknown, raw?: string) => call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body, raw });

  const cases: Array<[string, (b: any) => unknown, string[]]> = [
    ['an unknown field', (b) => ({ ...b, nickname: 'x', business: { ...b.business, colour: 'red' } }), ['nickname', 'business.colour']],
    ['a missing required field', (b) => ({ ...b, business: { ...b.business, legalName: undefined } }), ['business.legalName']],
    ['an invalid country code', (b) => ({ ...b, country: 'XX', business: { ...b.business, address: { ...b.business.address, country: 'gb' } } }), ['country', 'business.address.country']],
    ['an invalid IBAN', (b) => ({ ...b, bankAccount: { accountHolderName: 'Acme', iban: 'GB00BUKB20201555555555' } }), ['bankAccount.iban']],
    ['a VAT number and UTR with wrong check digits', (b) => ({ ...b, business: { ...b.business, taxId: '2134567890', vatNumber: 'GB980780685' } }), ['business.taxId', 'business.vatNumber']],
    ['an impossible date', (b) => ({ ...b, persons: [{ ...b.persons[0], dateOfBirth: '1980-02-30' }, b.persons[1]] }), ['persons[0].dateOfBirth']],
    ['an invalid phone and email', (b) => ({ ...b, business: { ...b.business, phone: '12', email: 'nope' } }), ['business.phone', 'business.email']],
    ['ownership over 100%', (b) => ({ ...b, persons: [{ ...b.persons[0], ownershipPercent: 80 }, b.persons[1]] }), ['persons']],
    ['a sort code without an account number', (b) => ({ ...b, bankAccount: { accountHolderName: 'Acme', sortCode: '20-00-00' } }), ['bankAccount.accountNumber']],
    ['an LEI with wrong check digits', (b) => ({ ...b, business: { ...b.business, lei: '5493001KJTIIGC8Y1R13' } }), ['business.lei']],
    [
      'a NUL character and an unpaired surrogate, which cannot be stored',
      (b) => ({
        ...b,
        persons: [
          { ...b.persons[0], lastName: 'a\u0000b' },
          { ...b.persons[1], firstName: 'x\ud800' },
        ],
      }),
      ['persons[0].lastName', 'persons[1].firstName'],
    ],
    ['an ownership share finer than it is stored', (b) => ({ ...b, persons: [{ ...b.persons[0], ownershipPercent: 33.333 }, b.persons[1]] }), ['persons[0].ownershipPercent']],
    [
      'a birth date in the future and one before 1900',
      (b) => ({
        ...b,
        persons: [
          { ...b.persons[0], dateOfBirth: '2090-01-01' },
          { ...b.persons[1], dateOfBirth: '0001-01-01' },
        ],
      }),
      ['persons[0].dateOfBirth', 'persons[1].dateOfBirth'],
    ],
    ['a six-year-old representing the business and owning 60%', (b) => ({ ...b, persons: [{ ...b.persons[0], dateOfBirth: yearsAgo(6) }, b.persons[1]] }), ['persons[0].dateOfBirth']],
    ['the same person listed twice', (b) => ({ ...b, persons: [b.persons[0], { ...b.persons[0], roles: ['owner'], ownershipPercent: 40 }] }), ['persons[1]']],
    ['a declaration dated 2099', (b) => ({ ...b, declarations: { ...b.declarations, acceptedAt: '2099-01-01T00:00:00Z' } }), ['declarations.acceptedAt']],
    ['a declaration not made', (b) => ({ ...b, declarations: { tradeCompliance: false, acceptedAt: 'yesterday' } }), ['declarations.tradeCompliance', 'declarations.acceptedAt']],
  ];

  it.each(cases)('refuses %s, naming each field, storing nothing', async (_name, mutate, paths) => {
    const [appsBefore, workflowsBefore] = [await countApplications(), await countWorkflows()];
    const res = await submit(mutate(ukCompany()));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'validation_error', status: 400, type: 'urn:sellergate:problem:validation_error' });
    expect(res.body.errors.map((e: any) => e.path).sort()).toEqual([...paths].sort());
    expect(await countApplications()).toBe(appsBefore);
    expect(await countWorkflows()).toBe(workflowsBefore);
  });

  it('refuses malformed JSON', async () => {
    const res = await submit(undefined, '{"externalRef": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('malformed_json');
  });

  it('refuses a body that is not UTF-8, a Content-Encoding it does not know, and one that does not decode, storing nothing', async () => {
    const [appsBefore, workflowsBefore] = [await countApplications(), await countWorkflows()];
    const json = Buffer.from(JSON.stringify(ukCompany()));
    const send = (body: Buffer, headers: Record<string, string>) =>
      fetch(`${system.baseUrl}/v1/applications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${system.keys.onboarding_frontend}`, 'content-type': 'application/json', ...headers },
        body: new Uint8Array(body),
      });
    // "Ltd" with an invalid byte: refused, not stored as a replacement character.
    const latin1 = Buffer.concat([json.subarray(0, 40), Buffer.from([0xff]), json.subarray(40)]);
    const notUtf8 = await send(latin1, {});
    expect([notUtf8.status, (await notUtf8.json()).code]).toEqual([400, 'malformed_body']);
    const bogus = await send(json, { 'content-encoding': 'zstd-but-not-really' });
    expect([bogus.status, (await bogus.json()).code]).toEqual([415, 'unsupported_content_encoding']);
    const corrupt = await send(Buffer.concat([gzipSync(json).subarray(0, 30), Buffer.from('garbage')]), { 'content-encoding': 'gzip' });
    expect([corrupt.status, (await corrupt.json()).code]).toEqual([400, 'malformed_body']);
    expect(await countApplications()).toBe(appsBefore);
    expect(await countWorkflows()).toBe(workflowsBefore);
    // A body the encoding does decode is taken.
    expect((await send(gzipSync(json), { 'content-encoding': 'gzip' })).status).toBe(202);
  });

  it('refuses text that cannot be stored in a query, naming it', async () => {
    const res = await call(system.baseUrl, 'GET', '/v1/review-tasks?queue=a%00b', { key: system.keys.reviewer });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'query.queue', code: 'invalid_characters', message: 'contains a NUL character or an unpaired surrogate, which cannot be stored' }]);
  });

  it('accepts a GB sort code and a US routing number in their own countries', async () => {
    const gb = ukCompany();
    const ok = await submit({ ...gb, bankAccount: { accountHolderName: 'Acme Widgets Ltd', sortCode: '20-00-00', accountNumber: '55779911' } });
    expect(ok.status).toBe(202);
    const us = await submit({ ...gb, bankAccount: { accountHolderName: 'Acme', routingNumber: '011000015', accountNumber: '1234567' } });
    expect(us.status).toBe(400);
    expect(us.body.errors.map((e: any) => e.path)).toEqual(['bankAccount.routingNumber']);
  });

  it('answers unknown routes and IDs with problem+json 404', async () => {
    const route = await call(system.baseUrl, 'GET', '/v1/nothing-here', { key: system.keys.admin });
    expect(route.status).toBe(404);
    expect(route.body.code).toBe('route_not_found');
    const app = await call(system.baseUrl, 'GET', '/v1/applications/app_zzzzzzzzzzzzzzzzzzzz', { key: system.keys.admin });
    expect(app.status).toBe(404);
    expect(app.body.code).toBe('resource_not_found');
  });

  it('answers a known path asked with another method 405, naming the methods it takes in Allow', async () => {
    const wrong = await call(system.baseUrl, 'DELETE', '/v1/applications/app_zzzzzzzzzzzzzzzzzzzz', { key: system.keys.admin });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(wrong.body).toMatchObject({ code: 'method_not_allowed', status: 405 });
    expect(wrong.headers.get('allow')).toBe('GET, HEAD');
    expect((await call(system.baseUrl, 'PUT', '/v1/applications', { key: system.keys.admin, body: {} })).headers.get('allow')).toBe('POST');
    const spec = await call(system.baseUrl, 'POST', '/openapi.json', { body: {} });
    expect([spec.status, spec.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });
});

describe('operations endpoints', () => {
  it('serves health, readiness and an OpenAPI document generated from the schemas', async () => {
    expect((await call(system.baseUrl, 'GET', '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await call(system.baseUrl, 'GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toMatchObject({ database: { status: 'up' }, temporal: { status: 'up' } });
    // The tests screen against the shipped synthetic list: ready, and degraded, naming it.
    expect(ready.body.degraded).toEqual(['sanctions_lists_synthetic']);
    expect(ready.body.checks.sanctionsLists).toMatchObject({ status: 'synthetic', version: expect.stringMatching(/^sha256:/), maxAgeHours: 36, oldest: { file: 'sdn-synthetic.csv' } });
    const doc = await call(system.baseUrl, 'GET', '/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/v1/applications', '/v1/applications/{id}', '/v1/review-tasks', '/v1/review-tasks/{id}/claim', '/v1/review-tasks/{id}/decision', '/v1/screenings', '/v1/sellers/{id}']),
    );
    const body = doc.body.paths['/v1/applications'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(body)).toContain('registrationNumber');
  });
});
