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
/** `sellergate audit <command>` against a system's database. */
const sellergateAudit = (command: 'verify' | 'checkpoint', databaseUrl: string) =>
  spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'sellergate.js'), 'audit', command], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 60_000,
  });
const cli = () => sellergateAudit('verify', system.databaseUrl);
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
  // Remove an event that has a successor in its chain: the link after it, in that chain, breaks.
  const removed = events.find((e, i) => events.slice(i + 1).some((later) => later.chain === e.chain))!;
  const next = events.find((e) => e.chain === removed.chain && Number(e.seq) > Number(removed.seq))!;
  await behindTheTriggers((trx) => trx('audit_events').where({ id: removed.id }).del());
  expect((await verify()).body.firstBrokenLink).toEqual({ seq: String(next.seq), id: next.id, reason: 'link_broken' });
});

it('runs as several chains, and a checkpoint of their heads finds a chain cut short, and a forged checkpoint', async () => {
  const fresh = await startSystem();
  const check = () => call(fresh.baseUrl, 'GET', '/v1/admin/audit/verify', { key: fresh.keys.compliance_officer });
  const checkpoint = () => sellergateAudit('checkpoint', fresh.databaseUrl);
  try {
    const accepted = await call(fresh.baseUrl, 'POST', '/v1/applications', { key: fresh.keys.onboarding_frontend, body: ukCompany() });
    await waitFor(
      () => call(fresh.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: fresh.keys.reviewer }),
      (r) => r.body.status === 'approved',
    );
    const chains = await fresh.db('audit_events').distinct('chain').pluck('chain');
    expect(chains.length).toBeGreaterThan(1);

    const taken = checkpoint();
    expect(taken.status).toBe(0);
    expect(JSON.parse(taken.stdout)).toMatchObject({ recorded: true });
    // Nothing appended since: no second checkpoint.
    expect(JSON.parse(checkpoint().stdout)).toEqual({ recorded: false });
    const clean = await check();
    expect(clean.body).toMatchObject({ firstBrokenLink: null, checkpoints: { verified: 1, firstBroken: null } });

    // The last event of a chain removed: its links still hold, the checkpoint that named it does not.
    const [head] = (await fresh.db('audit_checkpoints').orderBy('seq', 'desc').first('heads', 'seq')).heads as Array<{ chain: number; seq: string }>;
    await fresh.db.transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      await trx('audit_events').where({ seq: head.seq }).del();
    });
    const cut = await check();
    expect(cut.body.firstBrokenLink).toBeNull();
    expect(cut.body.checkpoints.firstBroken).toMatchObject({ reason: 'head_missing' });

    // A checkpoint forged without the key is found too.
    await fresh.db.transaction(async (trx) => {
      await trx.raw('set local session_replication_role = replica');
      await trx('audit_checkpoints').update({ signature: 'f'.repeat(64) });
    });
    expect((await check()).body.checkpoints.firstBroken).toMatchObject({ reason: 'signature_invalid' });
    const fromCli = sellergateAudit('verify', fresh.databaseUrl);
    expect(fromCli.status).toBe(1);
    expect(JSON.parse(fromCli.stdout).checkpoints.firstBroken).toMatchObject({ reason: 'signature_invalid' });
  } finally {
    await fresh.stop();
  }
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
