/**
 * Fault injection: 200 onboardings while the worker process is killed with SIGKILL and restarted
 * again and again. Every application reaches its final status once; the fake vendor sees one
 * verification per idempotency key (retries after a kill get the stored answer, no second side
 * effect); the SMTP sink receives each approval email, a second copy only where a kill fell between
 * sending and recording, and then with the same Message-ID.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { FIXTURE_SANCTIONS_LIST } from '../../config';
import { ukCompany } from '../../scripts/sample-applications';
import { testEnvironment } from '../helpers/environment';
import { startFakeVendor, type FakeVendor } from '../helpers/fake-vendor';
import { call, waitFor } from '../helpers/http';
import { startSmtpSink } from '../helpers/smtp-sink';
import { startSystem, type System } from '../helpers/system';

const COUNT = 200;
let vendor: FakeVendor;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let system: System;
let worker: ChildProcess | undefined;
let workerEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  vendor = await startFakeVendor();
  smtp = await startSmtpSink();
  const vendors = Object.fromEntries(
    ['REGISTRY', 'IDENTITY', 'BANK', 'TAX', 'CONTACT'].flatMap((c) => [
      [`${c}_API_URL`, vendor.url],
      [`${c}_API_KEY`, vendor.apiKey],
    ]),
  );
  const env = { PROVIDER_MODE: 'http', IDENTITY_CALLBACK_SECRET: vendor.callbackSecret, SMTP_URL: smtp.url, ...vendors };
  system = await startSystem({ worker: false, env });
  workerEnv = {
    ...process.env,
    ...env,
    DATABASE_URL: system.databaseUrl,
    TEMPORAL_ADDRESS: testEnvironment().temporalAddress,
    TEMPORAL_TASK_QUEUE: system.config.TEMPORAL_TASK_QUEUE,
    PUBLIC_URL: system.baseUrl,
    FINGERPRINT_KEY: system.config.fingerprintKey,
    ENCRYPTION_KEYS: `dev:${Buffer.from('sellergate-development-key-32byt').toString('base64')}`,
    SANCTIONS_LIST_FILES: FIXTURE_SANCTIONS_LIST,
    WORKFLOW_BUNDLE_PATH: testEnvironment().workflowBundlePath,
    LOG_LEVEL: 'silent',
  };
});
afterAll(async () => {
  worker?.kill('SIGKILL');
  await system?.stop();
  await vendor?.stop();
  await smtp?.close();
});

function startWorker(): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'worker.ts')], { env: workerEnv, stdio: ['ignore', 'ignore', 'inherit'] });
}

it('loses nothing and does nothing twice while the worker is killed again and again', async () => {
  const ids: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const res = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany(), headers: { 'Idempotency-Key': `fault-${i}` } });
    expect(res.status).toBe(202);
    ids.push(res.body.id);
  }
  const approvedCount = async () => Number((await system.db('applications').whereIn('id', ids).where({ status: 'approved' }).count<{ n: string }[]>('* as n'))[0].n);
  let kills = 0;
  const deadline = Date.now() + 6 * 60_000;
  while ((await approvedCount()) < COUNT && Date.now() < deadline) {
    worker = startWorker();
    // Let it work for a few seconds, then kill it without warning, mid-activity.
    await new Promise((r) => setTimeout(r, 4000 + Math.random() * 4000));
    if ((await approvedCount()) < COUNT && kills < 8) {
      worker.kill('SIGKILL');
      kills++;
      await new Promise((r) => worker!.once('exit', r));
    } else {
      await waitFor(approvedCount, (n) => n === COUNT, 120_000);
    }
  }
  expect(kills).toBeGreaterThanOrEqual(3);
  expect(await approvedCount()).toBe(COUNT);

  // Each application decided once, and the seller told once.
  const decisions = await system.db('decisions').whereIn('application_id', ids).count<{ n: string }[]>('* as n');
  expect(Number(decisions[0].n)).toBe(COUNT);
  // The approval event is published by the activity after the decision: it may still be on its way.
  const approvalEvents = () => system.db('events').whereIn('application_id', ids).where({ type: 'application.approved' }).pluck('id');
  const approvals = await waitFor(approvalEvents, (e) => e.length >= COUNT, 120_000);
  expect(approvals).toHaveLength(COUNT);
  await waitFor(
    async () => smtp.received.filter((m) => approvals.includes(m.eventId ?? '')).length,
    (n) => n >= COUNT,
    60_000,
  );
  const mailed = smtp.received.filter((m) => approvals.includes(m.eventId ?? ''));
  // Every approval mailed. SMTP cannot be exactly once: a kill between the server's acceptance and
  // the delivery record sends that one email again on the retry, so a copy per kill at most, and each
  // copy carries the first one's Message-ID, which is what mail stores deduplicate on.
  expect(new Set(mailed.map((m) => m.eventId)).size).toBe(COUNT);
  expect(mailed.length - COUNT).toBeLessThanOrEqual(kills);
  const messageIds = new Map<string, Set<string | undefined>>();
  for (const m of mailed) messageIds.set(m.eventId!, (messageIds.get(m.eventId!) ?? new Set()).add(m.messageId));
  for (const [eventId, ids] of messageIds) expect([eventId, [...ids]]).toEqual([eventId, [expect.stringMatching(new RegExp(`^<${eventId}@`))]]);

  // The vendor serves only this test: one verification per check, however often a killed worker's retry called.
  expect(vendor.verifications('/v1/companies/lookup')).toHaveLength(COUNT);
  expect(vendor.verifications('/v1/account-verifications')).toHaveLength(COUNT);
  const identityKeys = vendor.verifications('/v1/verifications');
  expect(identityKeys).toHaveLength(COUNT * 2); // two persons each
  console.log(
    `emails: ${mailed.length} for ${COUNT} approvals; worker killed ${kills} times; vendor calls: ${vendor.calls.length} for ${vendor.verifications('/v1/companies/lookup').length + vendor.verifications('/v1/account-verifications').length + identityKeys.length} verifications`,
  );
  // Up to six minutes of kills and restarts, then the waits for emails: well past Jest's default limit.
}, 600_000);
