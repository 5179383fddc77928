/**
 * The database or Temporal going away under the API: /readyz says which, POST answers 503 with
 * Retry-After and leaves no application behind, and a retry with the same Idempotency-Key
 * succeeds exactly once when they are back. Also a flaky vendor: retried, then the check passes.
 */
import { call, waitFor } from '../helpers/http';
import { ukCompany } from '../../scripts/sample-applications';
import { rejectedApplication } from '../helpers/rejections';
import { startSystem, type System } from '../helpers/system';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy';
import { createApiKey } from '../../db/access/api-keys';

let system: System;
let dbProxy: TcpProxy;
let temporalProxy: TcpProxy;

beforeAll(async () => {
  dbProxy = await startTcpProxy('127.0.0.1', 5432);
  const [host, port] = JSON.parse(process.env.SELLERGATE_TEST_ENV!).temporalAddress.split(':');
  temporalProxy = await startTcpProxy(host, Number(port));
  system = await startSystem({
    apiDatabaseUrl: (url) => {
      const u = new URL(url);
      u.port = String(dbProxy.port);
      return u.toString();
    },
    apiTemporalAddress: () => `127.0.0.1:${temporalProxy.port}`,
  });
});
afterAll(async () => {
  dbProxy?.up();
  temporalProxy?.up();
  await system?.stop();
  await dbProxy?.close();
  await temporalProxy?.close();
});

const submit = (body: unknown, key: string) => call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body, headers: { 'Idempotency-Key': key } });

const applicationsOf = (sellerRef: string) => system.db('applications').join('sellers', 'sellers.id', 'applications.seller_id').where('sellers.external_ref', sellerRef);

it('database away: not ready, 503 with Retry-After, nothing stored; the same key succeeds once it is back', async () => {
  const body = ukCompany();
  dbProxy.down();
  try {
    const ready = await call(system.baseUrl, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.database.status).toBe('down');
    expect(ready.body.checks.temporal.status).toBe('up');

    const refused = await submit(body, 'db-outage-1');
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('database_unavailable');
    expect(refused.headers.get('retry-after')).toBe('5');
  } finally {
    dbProxy.up();
  }
  expect(await applicationsOf(body.externalRef)).toHaveLength(0);

  const accepted = await submit(body, 'db-outage-1');
  expect(accepted.status).toBe(202);
  const done = await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => r.body?.status === 'approved',
  );
  expect(done.body.status).toBe('approved');
  expect(await applicationsOf(body.externalRef)).toHaveLength(1);
});

it('Temporal away: not ready, 503, no application and no workflow; the same key starts exactly one when it is back', async () => {
  const body = ukCompany();
  temporalProxy.down();
  try {
    const ready = await call(system.baseUrl, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.temporal.status).toBe('down');
    expect(ready.body.checks.database.status).toBe('up');

    const refused = await submit(body, 'temporal-outage-1');
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('temporal_unavailable');
    expect(refused.headers.get('retry-after')).toBe('5');
  } finally {
    temporalProxy.up();
  }
  expect(await applicationsOf(body.externalRef)).toHaveLength(0);

  const accepted = await waitFor(
    () => submit(body, 'temporal-outage-1'),
    (r) => r.status === 202,
    30_000,
  );
  expect(accepted.status).toBe(202);
  const again = await submit(body, 'temporal-outage-1');
  expect(again.body.id).toBe(accepted.body.id);
  const done = await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => r.body?.status === 'approved',
  );
  expect(done.body.status).toBe('approved');
  expect(await applicationsOf(body.externalRef)).toHaveLength(1);
  const workflows = await system.temporal.workflow.count(`WorkflowId = "onboarding:${accepted.body.id}"`);
  expect(workflows.count).toBe(1);
});

it('a vendor that fails twice is retried with backoff and the check then passes', async () => {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', {
    key: system.keys.onboarding_frontend,
    body: ukCompany({ registrationNumber: 'FAIL2X01' }),
  });
  const done = await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => ['approved', 'in_review'].includes(r.body?.status),
  );
  expect(done.body.status).toBe('approved');
  const registry = done.body.checks.find((c: any) => c.kind === 'business_registry');
  expect(registry).toMatchObject({ status: 'passed' });
  const handle = system.temporal.workflow.getHandle(`onboarding:${accepted.body.id}`);
  const history = await handle.fetchHistory();
  const failures = history.events!.filter((e) => e.activityTaskStartedEventAttributes && Number(e.activityTaskStartedEventAttributes.attempt) > 1);
  expect(failures.length).toBeGreaterThanOrEqual(1);
});

it('a registry "not found" is not an error: the application goes to review with the reason', async () => {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', {
    key: system.keys.onboarding_frontend,
    body: ukCompany({ registrationNumber: '00000000' }),
  });
  const done = await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => ['approved', 'in_review'].includes(r.body?.status),
  );
  expect(done.body.status).toBe('in_review');
  expect(done.body.reviewTasks[0]).toMatchObject({ queue: 'verification', reasons: ['registry_not_found'] });
  expect(done.body.risk.contributions).toContainEqual(expect.objectContaining({ rule: 'check.registry_not_found' }));
});

it('an appeal filed while Temporal is away: 503 and no appeal left behind; the retry files it once and a reviewer decides it', async () => {
  const get = (path: string) => call(system.baseUrl, 'GET', path, { key: system.keys.reviewer });
  const { applicationId, sellerId } = await rejectedApplication(system, { idempotencyKey: 'appeal-outage-1' });
  const app = { id: applicationId, sellerId };

  const appeal = { subject: { type: 'application', id: app.id }, statement: 'We are registered; the register was behind.' };
  const file = () => call(system.baseUrl, 'POST', `/v1/sellers/${app.sellerId}/appeals`, { key: system.keys.onboarding_frontend, body: appeal });
  temporalProxy.down();
  try {
    const refused = await file();
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('temporal_unavailable');
  } finally {
    temporalProxy.up();
  }
  // Before the fix the API wrote an open appeal row here, and every retry was refused with 409 appeal_already_open.
  expect(await system.db('appeals').where({ subject_id: app.id })).toHaveLength(0);

  const filed = await waitFor(file, (r) => r.status === 202, 30_000);
  expect(filed.body).toMatchObject({ object: 'appeal', status: 'open', subject: appeal.subject });
  const again = await file();
  expect(again.status).toBe(202);
  expect(again.body.id).toBe(filed.body.id);
  expect((await system.temporal.workflow.count(`WorkflowId = "appeal:${app.id}"`)).count).toBe(1);

  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=appeal&status=open'),
      (r) => r.body.data.some((t: any) => t.subjectId === app.id),
    )
  ).body.data.find((t: any) => t.subjectId === app.id);
  expect((await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/claim`, { key: system.keys.senior_reviewer })).status).toBe(200);
  const decided = await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/decision`, {
    key: system.keys.senior_reviewer,
    body: { outcome: 'uphold', reasons: ['decision_correct'], note: 'the register is right' },
  });
  expect(decided.status).toBe(200);
  const rows = await waitFor(
    () => system.db('appeals').where({ subject_id: app.id }),
    (r) => r.length === 1 && r[0].status === 'decided',
  );
  expect(rows[0]).toMatchObject({ id: filed.body.id, outcome: 'uphold' });
  const received = await system.db('audit_events').where({ action: 'appeal.received' }).whereRaw("data->>'appealId' = ?", [filed.body.id]);
  expect(received).toHaveLength(1);
});

it('an inquiry sent while Temporal is away: 503 and nothing recorded; the retry records it once and acknowledges it', async () => {
  const regulator = (await createApiKey(system.db, 'regulator', 'outage regulator', { authority: 'Outage Authority', jurisdiction: 'GB' })).key;
  const accepted = await submit(ukCompany(), 'inquiry-outage-1');
  const sellerId = accepted.body.sellerId;
  await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => r.body?.status === 'approved',
  );
  const order = { reference: 'OUT-1', legalBasis: 'dsa_art_10', sellers: [{ sellerId }], categories: ['trader_traceability'], dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() };
  const send = () => call(system.baseUrl, 'POST', '/v1/inquiries', { key: regulator, body: order });
  temporalProxy.down();
  try {
    const refused = await send();
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('temporal_unavailable');
  } finally {
    temporalProxy.up();
  }
  expect(await system.db('inquiries').where({ reference: 'OUT-1' })).toHaveLength(0);

  const received = await waitFor(send, (r) => r.status === 202, 30_000);
  expect(received.body).toMatchObject({ object: 'inquiry', status: 'received', reference: 'OUT-1' });
  expect((await send()).body.id).toBe(received.body.id);
  const rows = await waitFor(
    () => system.db('inquiries').where({ reference: 'OUT-1' }),
    (r) => r.length === 1 && r[0].status === 'awaiting_approval',
  );
  expect(rows[0].id).toBe(received.body.id);
  expect(await system.db('audit_events').where({ action: 'inquiry.received', subject_id: received.body.id })).toHaveLength(1);
});
