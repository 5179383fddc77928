/**
 * The audit trail is append-only in the database and tamper-evident by its hash chain: an event
 * changed or removed by someone who got past the database's refusal is found, by the admin endpoint
 * and by `sellergate audit verify`, which name the first broken link.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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

const verify = () => call(system.baseUrl, 'GET', '/v1/admin/audit/verify', { key: system.keys.compliance_officer });
const cli = () =>
  spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'sellergate.js'), 'audit', 'verify'], {
    env: { ...process.env, DATABASE_URL: system.databaseUrl },
    encoding: 'utf8',
    timeout: 60_000,
  });
/** What an intruder with the database owner's rights could do: switch the triggers off for a moment. */
const behindTheTriggers = (fn: (trx: any) => Promise<unknown>) =>
  system.db.transaction(async (trx) => {
    await trx.raw('set local session_replication_role = replica');
    await fn(trx);
  });

it('chains every event, refuses changes, and names the first event tampered with', async () => {
  for (let i = 0; i < 2; i++) {
    const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany() });
    await waitFor(
      () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
      (r) => r.body.status === 'approved',
    );
  }
  const clean = await verify();
  expect(clean.body).toMatchObject({ object: 'audit_verification', firstBrokenLink: null });
  expect(clean.body.verified).toBe(Number((await system.db('audit_events').count('* as n').first())!.n));
  expect(clean.body.verified).toBeGreaterThan(10);
  expect(cli().status).toBe(0);

  const events = await system.db('audit_events').orderBy('seq');
  const target = events[Math.floor(events.length / 2)];
  await expect(system.db('audit_events').where({ id: target.id }).update({ action: 'nothing.happened' })).rejects.toThrow(/append-only/);
  await expect(system.db('audit_events').where({ id: target.id }).del()).rejects.toThrow(/append-only/);
  await expect(system.db.raw('truncate audit_events')).rejects.toThrow(/append-only/);

  await behindTheTriggers((trx) =>
    trx('audit_events')
      .where({ id: target.id })
      .update({ data: JSON.stringify({ ...(target.data ?? {}), to: 'approved-by-intruder' }) }),
  );
  const changed = await verify();
  expect(changed.body.firstBrokenLink).toEqual({ seq: String(target.seq), id: target.id, reason: 'content_changed' });
  const fromCli = cli();
  expect(fromCli.status).toBe(1);
  expect(JSON.parse(fromCli.stdout).firstBrokenLink).toMatchObject({ id: target.id });

  // Put back exactly; then remove an earlier event: the link after it breaks.
  await behindTheTriggers((trx) =>
    trx('audit_events')
      .where({ id: target.id })
      .update({ data: target.data === null ? null : JSON.stringify(target.data) }),
  );
  expect((await verify()).body.firstBrokenLink).toBeNull();
  const removed = events[3];
  await behindTheTriggers((trx) => trx('audit_events').where({ id: removed.id }).del());
  expect((await verify()).body.firstBrokenLink).toEqual({ seq: String(events[4].seq), id: events[4].id, reason: 'link_broken' });
});

it('records who among the staff read an application, once per five minutes, and not the frontend', async () => {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany() });
  await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.onboarding_frontend }),
    (r) => r.body.status === 'approved',
  );
  for (let i = 0; i < 3; i++) await call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.senior_reviewer });
  const reads = await system.db('audit_events').where({ subject_id: accepted.body.id, action: 'application.read' }).pluck('actor_role');
  expect(reads).toEqual(['senior_reviewer']);

  // A second API process on the same database shares the window: the reader's look is audited once, not once per process.
  const second = await startSystem({ databaseUrl: system.databaseUrl, worker: false });
  try {
    for (const api of [system, second, second, system]) {
      expect((await call(api.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.compliance_officer })).status).toBe(200);
    }
  } finally {
    await second.stop();
  }
  const officerReads = await system.db('audit_events').where({ subject_id: accepted.body.id, action: 'application.read', actor_role: 'compliance_officer' }).count({ n: '*' });
  expect(Number(officerReads[0].n)).toBe(1);
  expect(await system.db('read_audit_marks').where({ subject_id: accepted.body.id }).pluck('subject_type')).toEqual(['application', 'application']);
});
