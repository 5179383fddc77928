/**
 * Fault injection: Postgres goes away for a while under both the API and the worker during a run
 * of onboardings. While it is away /readyz says so and new submissions get 503 with Retry-After;
 * the worker's activities keep retrying. When it is back, every application accepted before, and
 * every one resubmitted with its Idempotency-Key after, is decided exactly once and its seller
 * emailed once. And an email sent just before the database goes away is recorded when it is back,
 * not sent again.
 */
import { createDb, type Db } from '../../db/knex';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink';
import { createTestDatabase, startSystem, type System } from '../helpers/system';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy';

const COUNT = 80;
const OUTAGE_MS = 15_000;
let proxy: TcpProxy;
let direct: Db;
let smtp: SmtpSink;
let system: System;

beforeAll(async () => {
  const url = await createTestDatabase();
  direct = createDb(url);
  proxy = await startTcpProxy('127.0.0.1', Number(new URL(url).port || 5432));
  const proxied = new URL(url);
  proxied.port = String(proxy.port);
  smtp = await startSmtpSink();
  system = await startSystem({ databaseUrl: proxied.toString(), env: { SMTP_URL: smtp.url } });
});
afterAll(async () => {
  proxy?.up();
  await system?.stop();
  await direct?.destroy();
  await proxy?.close();
  await smtp?.close();
});

const submit = (i: number) =>
  call(system.baseUrl, 'POST', '/v1/applications', {
    key: system.keys.onboarding_frontend,
    body: ukCompany({ externalRef: `db-outage-seller-${i}` }),
    headers: { 'Idempotency-Key': `db-outage-${i}` },
  });

it('loses no accepted application and decides none twice while the database is away', async () => {
  const accepted = new Map<number, string>();
  const refused: number[] = [];
  let outage: Promise<void> | undefined;
  let sawNotReady = false;
  let inFlightAtCut = 0;
  for (let i = 0; i < COUNT; i++) {
    if (i === COUNT / 2) {
      const decided = await direct('applications')
        .whereIn('id', [...accepted.values()])
        .where({ status: 'approved' })
        .count<{ n: string }[]>('* as n');
      inFlightAtCut = accepted.size - Number(decided[0].n);
      proxy.down();
      outage = new Promise((r) => setTimeout(r, OUTAGE_MS)).then(() => proxy.up());
      const ready = await call(system.baseUrl, 'GET', '/readyz');
      sawNotReady = ready.status === 503 && ready.body.checks.database.status === 'down';
    }
    const res = await submit(i);
    if (res.status === 202) accepted.set(i, res.body.id);
    else {
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.headers.get('retry-after')).toBe('5');
      refused.push(i);
    }
  }
  expect(sawNotReady).toBe(true);
  expect(refused.length).toBeGreaterThan(0);
  await outage;

  // The frontend retries what was refused, with the same key.
  for (const i of refused) {
    const res = await waitFor(
      () => submit(i),
      (r) => r.status === 202,
      30_000,
    );
    expect(res.status).toBe(202);
    accepted.set(i, res.body.id);
  }
  const ids = [...accepted.values()];
  expect(new Set(ids).size).toBe(COUNT);

  const approved = async () => Number((await direct('applications').whereIn('id', ids).where({ status: 'approved' }).count<{ n: string }[]>('* as n'))[0].n);
  expect(await waitFor(approved, (n) => n === COUNT, 240_000)).toBe(COUNT);
  const decisions = await direct('decisions').whereIn('application_id', ids).select('application_id');
  expect(decisions).toHaveLength(COUNT);
  const applications = await direct('applications')
    .whereIn('seller_id', direct('sellers').select('id').where('external_ref', 'like', 'db-outage-seller-%'))
    .count<{ n: string }[]>('* as n');
  expect(Number(applications[0].n)).toBe(COUNT);

  const approvalEmails = () => smtp.received.filter((m) => /approved/i.test(m.subject));
  await waitFor(
    async () => approvalEmails().length,
    (n) => n >= COUNT,
    60_000,
  );
  expect(approvalEmails()).toHaveLength(COUNT);
  console.log(`${inFlightAtCut} applications in flight when the database went away; ${refused.length} submissions refused with 503 during a ${OUTAGE_MS / 1000} s outage; ${COUNT} decided once each`);
}, 420_000);

it('does not send an email again when the database goes away right after it was sent', async () => {
  // The moment the sink receives the approval email, the database goes away for five seconds: the
  // delivery cannot be recorded yet. The activity waits for it instead of failing and sending again.
  let cutAt: string | undefined;
  smtp.onReceive = (email) => {
    if (cutAt || !/approved/i.test(email.subject)) return;
    cutAt = email.eventId;
    proxy.down();
    setTimeout(() => proxy.up(), 5000);
  };
  try {
    const res = await submit(1000);
    expect(res.status).toBe(202);
    await waitFor(
      async () => cutAt,
      (id) => id !== undefined,
      120_000,
    );
    // Long enough for a failed activity's retry (2 s backoff) to have sent it a second time.
    await waitFor(
      () => direct('deliveries').where({ event_id: cutAt, channel: 'email' }).first(),
      (d) => d?.status === 'delivered',
      60_000,
    );
    await new Promise((r) => setTimeout(r, 8000));
  } finally {
    smtp.onReceive = undefined;
    proxy.up();
  }
  expect(smtp.received.filter((m) => m.eventId === cutAt)).toHaveLength(1);
  expect(await direct('deliveries').where({ event_id: cutAt, channel: 'email' }).first()).toMatchObject({ status: 'delivered', attempts: 1 });
}, 240_000);
