/**
 * Graceful shutdown of the production API process (api/main.ts) on SIGTERM: it reports not ready
 * while the load balancer drains it, then stops accepting connections, lets the requests in flight
 * finish, and exits 0; a request still open after the grace time is cut, and the process exits anyway.
 * A request is held in flight by a table lock the test takes on the API keys its authentication reads.
 * The worker process (worker.ts) on SIGTERM takes no new tasks and lets the activity in flight finish.
 */
import { createApiKey } from '../../db/access/api-keys';
import { ukCompany } from '../../scripts/sample-applications';
import { startFakeVendor } from '../helpers/fake-vendor';
import { createDb, type Db } from '../../db/knex';
import { call, waitFor } from '../helpers/http';
import { standaloneEnv, startApiProcess, startWorkerProcess } from '../helpers/processes';
import { createTestDatabase, startSystem } from '../helpers/system';

let url: string;
let db: Db;
let key: string;
beforeAll(async () => {
  url = await createTestDatabase();
  db = createDb(url);
  key = (await createApiKey(db, 'reviewer', 'shutdown test')).key;
});
afterAll(async () => {
  await db?.destroy();
});

/** Holds an exclusive lock on api_keys until released: every authenticated request waits on it. */
async function holdApiKeys(): Promise<() => Promise<void>> {
  const trx = await db.transaction();
  await trx.raw('lock table api_keys in access exclusive mode');
  return async () => {
    await trx.rollback();
  };
}

async function lockWaiters(): Promise<number> {
  const { rows } = await db.raw(`select count(*)::int as n from pg_locks where not granted and relation = 'api_keys'::regclass`);
  return rows[0].n;
}

it('drains on SIGTERM: not ready, then no new connections, the request in flight answered, exit 0', async () => {
  const api = await startApiProcess(standaloneEnv(url, `shutdown-${Date.now()}`, { SHUTDOWN_DRAIN_SECONDS: '2', SHUTDOWN_GRACE_SECONDS: '30' }));
  const release = await holdApiKeys();
  try {
    const inFlight = call(api.baseUrl, 'GET', '/v1/review-tasks', { key });
    await waitFor(lockWaiters, (n) => n >= 1, 10_000);
    api.child.kill('SIGTERM');

    // Draining: still answering, but not ready, so the load balancer sends no more.
    const ready = await waitFor(
      () => call(api.baseUrl, 'GET', '/readyz'),
      (r) => r.status === 503,
      5000,
    );
    expect(ready.body).toMatchObject({ status: 'not_ready', stopping: true });
    expect(ready.headers.get('connection')).toBe('close');

    // Past the drain time: new connections are refused, the request in flight is still waiting.
    await waitFor(
      () =>
        fetch(`${api.baseUrl}/healthz`).then(
          () => 'accepted',
          (err: Error) => String((err.cause as Error | undefined)?.message ?? err.message),
        ),
      (outcome) => /ECONNREFUSED/.test(outcome),
      10_000,
    );
    expect(api.child.exitCode).toBeNull();

    await release();
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(answered.headers.get('connection')).toBe('close');
    expect(await api.exited).toBe(0);
    expect(api.output()).toMatch(/"outcome":"finished"/);
  } finally {
    await release().catch(() => undefined);
    api.child.kill('SIGKILL');
  }
});

it('cuts a request still open after the grace time, and exits anyway', async () => {
  const api = await startApiProcess(standaloneEnv(url, `shutdown-${Date.now()}`, { SHUTDOWN_DRAIN_SECONDS: '0', SHUTDOWN_GRACE_SECONDS: '1' }));
  const release = await holdApiKeys();
  try {
    const inFlight = call(api.baseUrl, 'GET', '/v1/review-tasks', { key }).then(
      (r) => r.status,
      (err: Error) => String((err.cause as Error | undefined)?.message ?? err.message),
    );
    await waitFor(lockWaiters, (n) => n >= 1, 10_000);
    api.child.kill('SIGTERM');
    expect(await inFlight).toMatch(/other side closed|socket hang up|ECONNRESET/i);
    await release();
    expect(await api.exited).toBe(0);
    expect(api.output()).toMatch(/"outcome":"cut"/);
  } finally {
    await release().catch(() => undefined);
    api.child.kill('SIGKILL');
  }
});

it.each([
  ['within the grace time, the vendor call in flight finishes and is not made again', '30', 1],
  ['past the grace time, the call is abandoned and retried by the next worker under the same idempotency key', '1', 2],
])('stops a worker on SIGTERM: %s', async (_what, grace, lookups) => {
  const vendor = await startFakeVendor();
  const vendors = Object.fromEntries(
    ['REGISTRY', 'IDENTITY', 'BANK', 'TAX', 'CONTACT'].flatMap((c) => [
      [`${c}_API_URL`, vendor.url],
      [`${c}_API_KEY`, vendor.apiKey],
    ]),
  );
  const env = { PROVIDER_MODE: 'http', IDENTITY_CALLBACK_SECRET: vendor.callbackSecret, ...vendors };
  const system = await startSystem({ worker: false, env });
  const workerEnv = standaloneEnv(system.databaseUrl, system.config.TEMPORAL_TASK_QUEUE, {
    ...env,
    PUBLIC_URL: system.baseUrl,
    FINGERPRINT_KEY: system.config.fingerprintKey,
    SHUTDOWN_GRACE_SECONDS: grace,
  });
  let worker = startWorkerProcess(workerEnv);
  try {
    vendor.misbehave('/v1/companies/lookup', { delayMs: 4000 });
    const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany() });
    expect(accepted.status).toBe(202);
    await waitFor(
      async () => vendor.calls.filter((c) => c.path === '/v1/companies/lookup').length,
      (n) => n === 1,
      60_000,
    );
    worker.child.kill('SIGTERM');
    // It drains: the slow answer arrives and is recorded (or, past the grace, the call is abandoned); then the process ends.
    expect(await worker.exited).toBe(0);

    worker = startWorkerProcess(workerEnv);
    await waitFor(
      () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
      (r) => r.body.status === 'approved',
      90_000,
    );
    expect(vendor.calls.filter((c) => c.path === '/v1/companies/lookup')).toHaveLength(lookups);
    expect(vendor.verifications('/v1/companies/lookup')).toHaveLength(1);
  } finally {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await system.stop();
    await vendor.stop();
  }
});
