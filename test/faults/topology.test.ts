/**
 * The production topology: two API processes (api/main.ts) behind a load balancer and two worker
 * processes (worker.ts), all on one Postgres and one Temporal, as an operator runs them. Mid-load,
 * one API and one worker are killed with SIGKILL; the worker's slot is restarted, the API's is not.
 * Every application submitted is accepted once (a client retries through the load balancer with its
 * Idempotency-Key), decided once, and verified once at each vendor.
 */
import { createApiKey } from '../../db/access/api-keys';
import { createDb, type Db } from '../../db/knex';
import { ukCompany } from '../../scripts/sample-applications';
import { startFakeVendor, type FakeVendor } from '../helpers/fake-vendor';
import { call, waitFor } from '../helpers/http';
import { startLoadBalancer, type LoadBalancer } from '../helpers/load-balancer';
import { standaloneEnv, startApiProcess, startWorkerProcess, type ChildRun } from '../helpers/processes';
import { createTestDatabase } from '../helpers/system';

const COUNT = 80;
let vendor: FakeVendor;
let db: Db;
let lb: LoadBalancer;
let env: NodeJS.ProcessEnv;
const children: ChildRun[] = [];

beforeAll(async () => {
  vendor = await startFakeVendor();
  const url = await createTestDatabase();
  db = createDb(url);
  const vendors = Object.fromEntries(
    ['REGISTRY', 'IDENTITY', 'BANK', 'TAX', 'CONTACT'].flatMap((c) => [
      [`${c}_API_URL`, vendor.url],
      [`${c}_API_KEY`, vendor.apiKey],
    ]),
  );
  env = standaloneEnv(url, `topology-${Date.now()}`, { PROVIDER_MODE: 'http', IDENTITY_CALLBACK_SECRET: vendor.callbackSecret, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000', ...vendors });
});
afterAll(async () => {
  for (const c of children) c.child.kill('SIGKILL');
  await Promise.all(children.map((c) => c.exited));
  await lb?.close();
  await db?.destroy();
  await vendor?.stop();
});

/** POST through the load balancer until an answer comes from an API (a 502 is a backend killed mid-request). */
async function submit(key: string, i: number): Promise<{ id: string; tries: number }> {
  // The same request on every try: a retry with another body under the key is refused (409), rightly.
  const body = ukCompany({ externalRef: `topology-${i}` });
  for (let tries = 1; tries <= 10; tries++) {
    const res = await call(lb.url, 'POST', '/v1/applications', { key, body, headers: { 'Idempotency-Key': `topology-${i}` } }).catch(() => undefined);
    if (res && (res.status === 202 || res.status === 200)) return { id: res.body.id, tries };
    if (res && res.status !== 502 && res.status !== 503) throw new Error(`submission ${i} answered ${res.status}: ${JSON.stringify(res.body)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`submission ${i} got no answer in 10 tries`);
}

it('loses nothing and does nothing twice with 2 APIs and 2 workers, one of each killed mid-load', async () => {
  // Vendors call back through the load balancer, as they would through the public URL.
  lb = await startLoadBalancer();
  const workerEnv = { ...env, PUBLIC_URL: lb.url };
  const apis = await Promise.all([startApiProcess(workerEnv), startApiProcess(workerEnv)]);
  children.push(...apis);
  lb.backends.push(...apis.map((a) => a.baseUrl));
  const workers = [startWorkerProcess(workerEnv), startWorkerProcess(workerEnv)];
  children.push(...workers);
  const key = (await createApiKey(db, 'onboarding_frontend', 'topology test')).key;

  const submitted: { id: string; tries: number }[] = [];
  let restarted: ChildRun | undefined;
  // Mid-load: once 40% are in, one API and one worker die without warning, with requests and tasks in flight.
  const kill = (async () => {
    await waitFor(
      async () => submitted.length,
      (n) => n >= COUNT * 0.4,
      120_000,
    );
    apis[1].child.kill('SIGKILL');
    workers[0].child.kill('SIGKILL');
    await Promise.all([apis[1].exited, workers[0].exited]);
    // The orchestrator replaces the worker; the API's slot stays empty and the load balancer routes around it.
    restarted = startWorkerProcess(workerEnv);
    children.push(restarted);
  })();
  // Four submissions in flight at a time, as a busy frontend sends them.
  let next = 0;
  await Promise.all(
    [0, 1, 2, 3].map(async () => {
      while (next < COUNT) {
        const i = next++;
        submitted.push(await submit(key, i));
      }
    }),
  );
  await kill;
  expect(restarted).toBeDefined();
  const ids = submitted.map((s) => s.id);
  // One application per idempotency key, however many tries it took.
  expect(new Set(ids).size).toBe(COUNT);

  const finished = () => db('applications').whereIn('id', ids).whereIn('status', ['approved', 'rejected', 'in_review']).count<{ n: string }[]>('* as n');
  await waitFor(
    async () => Number((await finished())[0].n),
    (n) => n === COUNT,
    240_000,
  );
  // The workflows saved them: no more rows than submissions, whatever was retried.
  expect(Number((await db('applications').count<{ n: string }[]>('* as n'))[0].n)).toBe(COUNT);
  expect(await db('applications').whereIn('id', ids).distinct('status').pluck('status')).toEqual(['approved']);
  const decisions = await db('decisions').whereIn('application_id', ids).count<{ n: string }[]>('* as n');
  expect(Number(decisions[0].n)).toBe(COUNT);
  expect(vendor.verifications('/v1/companies/lookup')).toHaveLength(COUNT);
  expect(vendor.verifications('/v1/account-verifications')).toHaveLength(COUNT);
  expect(vendor.verifications('/v1/verifications')).toHaveLength(COUNT * 2);
  // Both APIs served before the kill; the survivor served the rest.
  expect([...lb.answered.values()].every((n) => n > 0)).toBe(true);
  console.log(
    `topology: ${COUNT} applications, ${submitted.filter((s) => s.tries > 1).length} retried through the load balancer; answered per API: ${[...lb.answered.values()].join(', ')}; vendor calls: ${vendor.calls.length}`,
  );
}, 400_000);
