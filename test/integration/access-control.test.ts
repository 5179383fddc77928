/**
 * Access that holds, over real HTTP: a frontend key acts only for its own client's sellers (another
 * client's look like unknown IDs), keys rotate with an overlap, expire and are revoked, and each key
 * is rate limited with 429 and Retry-After.
 */
import { createApiKey, rotateApiKey, revokeApiKey } from '../../db/access/api-keys';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, useSystem, type System } from '../helpers/system';

const test = useSystem();
const { get, post } = test;

describe('seller isolation', () => {
  let other: string;
  let app: any;
  beforeAll(async () => {
    other = (await createApiKey(test.system.db, 'onboarding_frontend', 'another marketplace')).key;
    const accepted = await post('/v1/applications', test.system.keys.onboarding_frontend, ukCompany({ externalRef: 'shop-shared-ref', registrationNumber: '00000000' }));
    app = (
      await waitFor(
        () => get(`/v1/applications/${accepted.body.id}`, test.system.keys.reviewer),
        (r) => r.body.status === 'in_review',
      )
    ).body;
  });

  it.each([
    ['GET', () => `/v1/applications/${app.id}`],
    ['GET', () => `/v1/sellers/${app.sellerId}`],
    ['GET', () => `/v1/sellers/${app.sellerId}/enforcements`],
    ['GET', () => `/v1/applications/${app.id}/documents`],
    ['POST', () => `/v1/applications/${app.id}/withdraw`],
    ['POST', () => `/v1/applications/${app.id}/information`],
    ['POST', () => `/v1/sellers/${app.sellerId}/appeals`],
    ['POST', () => `/v1/sellers/${app.sellerId}/information`],
  ])('another client’s frontend gets 404 on %s %s', async (method, path) => {
    const body =
      method === 'POST'
        ? path().endsWith('information') && path().includes('/applications/')
          ? { note: 'x', business: { tradingName: 'X' } }
          : path().endsWith('appeals')
            ? { subject: { type: 'application', id: app.id }, statement: 'this is not our decision to accept' }
            : path().includes('/sellers/')
              ? { requestId: 'req_00000000000000000000', idDocument: { type: 'passport', number: '1', issuingCountry: 'GB' } }
              : {}
        : undefined;
    const res = await call(test.system.baseUrl, method, path(), { key: other, body });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('resource_not_found');
    // The owner and the reviewers still see it.
    if (method === 'GET') {
      expect((await get(path(), test.system.keys.onboarding_frontend)).status).toBe(200);
      expect((await get(path(), test.system.keys.reviewer)).status).toBe(200);
    }
  });

  it('refuses a report about another client’s seller as if the seller did not exist, opening nothing', async () => {
    const report = { sellerId: app.sellerId, category: 'counterfeit', description: 'fake branded goods shipped', reporter: { type: 'buyer' } };
    const res = await call(test.system.baseUrl, 'POST', '/v1/reports', { key: other, body: report });
    expect(res.body).toMatchObject({ status: 404, code: 'resource_not_found' });
    const unknown = await call(test.system.baseUrl, 'POST', '/v1/reports', { key: other, body: { ...report, sellerId: 'sel_zzzzzzzzzzzzzzzzzzzz' } });
    expect([unknown.status, unknown.body.detail]).toEqual([404, res.body.detail]);
    expect(await test.system.db('reports').where({ seller_id: app.sellerId }).count('* as n').first()).toEqual({ n: '0' });
  });

  it('keeps two clients’ sellers apart even with the same marketplace reference', async () => {
    const theirs = await post('/v1/applications', other, ukCompany({ externalRef: 'shop-shared-ref' }));
    expect(theirs.status).toBe(202);
    expect(theirs.body.sellerId).not.toBe(app.sellerId);
    await waitFor(
      () => get(`/v1/applications/${theirs.body.id}`, other),
      (r) => r.body.status === 'approved',
    );
    expect((await get(`/v1/sellers/${theirs.body.sellerId}`, other)).body.applications).toHaveLength(1);
  });
});

describe('key lifecycle', () => {
  it('rotates with an overlap, refuses an expired or revoked key, and records last use', async () => {
    const original = await createApiKey(test.system.db, 'onboarding_frontend', 'rotating marketplace');
    const accepted = await post('/v1/applications', original.key, ukCompany());
    expect(accepted.status).toBe(202);

    const rotated = await rotateApiKey(test.system.db, original.apiKey.id, 1);
    expect(rotated.apiKey.clientId).toBe(original.apiKey.clientId);
    // Both keys work during the overlap, for the same client's sellers.
    expect((await get(`/v1/applications/${accepted.body.id}`, original.key)).status).toBe(200);
    expect((await get(`/v1/applications/${accepted.body.id}`, rotated.key)).status).toBe(200);
    expect((await test.system.db('api_keys').where({ id: original.apiKey.id }).first()).last_used_at).not.toBeNull();

    const immediate = await rotateApiKey(test.system.db, rotated.apiKey.id, 0);
    const expired = await get(`/v1/applications/${accepted.body.id}`, rotated.key);
    expect(expired).toMatchObject({ status: 401, body: { code: 'invalid_api_key' } });
    expect((await get(`/v1/applications/${accepted.body.id}`, immediate.key)).status).toBe(200);

    await revokeApiKey(test.system.db, immediate.apiKey.id);
    expect((await get(`/v1/applications/${accepted.body.id}`, immediate.key)).status).toBe(401);
    const trail = await test.system.db('audit_events').where({ subject_type: 'api_key' }).whereIn('subject_id', [original.apiKey.id, rotated.apiKey.id, immediate.apiKey.id]).pluck('action');
    expect(trail).toEqual(expect.arrayContaining(['api_key.created', 'api_key.rotated', 'api_key.revoked']));
  });
});

describe('rate limiting', () => {
  let limited: System;
  beforeAll(async () => {
    limited = await startSystem({ env: { RATE_LIMIT_PER_MINUTE: '3', AUTH_FAILURES_PER_MINUTE: '4' } });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('answers 429 with Retry-After past the limit, per key', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(limited.baseUrl, 'GET', '/v1/review-tasks', { key: limited.keys.reviewer })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await call(limited.baseUrl, 'GET', '/v1/review-tasks', { key: limited.keys.reviewer });
    expect(refused.body).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another key has its own allowance.
    expect((await call(limited.baseUrl, 'GET', '/v1/review-tasks', { key: limited.keys.senior_reviewer })).status).toBe(200);
  });

  it('refuses an address that keeps failing to authenticate, before looking its keys up', async () => {
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(limited.baseUrl, 'GET', '/v1/review-tasks', { key: `sg_wrong_${i}` })).status);
    statuses.push((await call(limited.baseUrl, 'GET', '/v1/review-tasks')).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    const refused = await call(limited.baseUrl, 'GET', '/v1/review-tasks', { key: 'sg_wrong_again' });
    expect(refused.body).toMatchObject({ status: 429, code: 'rate_limited', detail: 'Too many failed authentications from this address: at most 4 a minute' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('rate limits shared by every API process on the database', () => {
  let first: System;
  let second: System;
  const env = { RATE_LIMIT_PER_MINUTE: '3', AUTH_FAILURES_PER_MINUTE: '4' };
  beforeAll(async () => {
    first = await startSystem({ env });
    second = await startSystem({ env, databaseUrl: first.databaseUrl, worker: false });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it('allows a key its limit once across two processes, not once in each', async () => {
    expect(first.config.rateLimitStore).toBe('database');
    const statuses = [];
    for (const api of [first, second, first, second, first]) statuses.push((await call(api.baseUrl, 'GET', '/v1/review-tasks', { key: first.keys.reviewer })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    // The bucket is keyed by the key's ID; no address or key material is stored.
    const buckets = await first.db('rate_limit_buckets').pluck('bucket');
    expect(buckets.every((b: string) => /^key:[\w-]+$|^auth:[0-9a-f]{64}$/.test(b))).toBe(true);
  });

  it('counts failed authentications from an address across processes', async () => {
    const statuses = [];
    for (const api of [first, second, first, second]) statuses.push((await call(api.baseUrl, 'GET', '/v1/review-tasks', { key: 'sg_wrong_key' })).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    // The process that spent the last failure refuses at once; the other looks the key up once more, finds the bucket empty and refuses from then on.
    expect((await call(second.baseUrl, 'GET', '/v1/review-tasks', { key: 'sg_wrong_key' })).status).toBe(429);
    expect((await call(first.baseUrl, 'GET', '/v1/review-tasks', { key: 'sg_wrong_key' })).status).toBe(401);
    expect((await call(first.baseUrl, 'GET', '/v1/review-tasks', { key: 'sg_wrong_key' })).status).toBe(429);
    // A right key from the same address is refused too until the failures refill: guessing is what is limited.
    expect((await call(first.baseUrl, 'GET', '/v1/review-tasks', { key: first.keys.senior_reviewer })).status).toBe(429);
  });
});

describe('the API key cache', () => {
  let cached: System;
  beforeAll(async () => {
    cached = await startSystem({ env: { API_KEY_CACHE_SECONDS: '60' } });
  });
  afterAll(async () => {
    await cached?.stop();
  });

  it('trusts a key it looked up for its lifetime, so a revocation elsewhere takes effect within it, and looks an unknown key up every time', async () => {
    const { key, apiKey } = await createApiKey(cached.db, 'reviewer', 'cached reviewer');
    expect((await call(cached.baseUrl, 'GET', '/v1/review-tasks', { key })).status).toBe(200);
    // Revoked behind this process's back (another process, the command line): it answers from its cache.
    await cached.db('api_keys').where({ id: apiKey.id }).update({ revoked_at: new Date() });
    expect((await call(cached.baseUrl, 'GET', '/v1/review-tasks', { key })).status).toBe(200);
    // A key it never saw is looked up, and refused.
    const other = await createApiKey(cached.db, 'reviewer', 'revoked before use');
    await cached.db('api_keys').where({ id: other.apiKey.id }).update({ revoked_at: new Date() });
    expect((await call(cached.baseUrl, 'GET', '/v1/review-tasks', { key: other.key })).status).toBe(401);
  });
});
