/**
 * Fault injection: the Temporal server is stopped and started again (its database file kept) while
 * applications are in flight. Every workflow resumes where it was and completes; nothing is
 * started twice (one decision per application).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer, type DevServer } from '../../temporal/dev-server';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { freePortBlock } from '../../scripts/ports';
import { startSystem, type System } from '../helpers/system';

const COUNT = 60;
let server: DevServer | undefined;
let system: System;
let port: number;
const dbFilename = join(mkdtempSync(join(tmpdir(), 'sellergate-temporal-')), 'temporal.db');

beforeAll(async () => {
  port = await freePortBlock();
  server = await startDevServer({ port, dbFilename, readyTimeoutMs: 120_000 });
  // Identity answers come by callback after a delay: workflows are mid-flight when the server stops.
  system = await startSystem({ temporalAddress: server.address, env: { SANDBOX_CALLBACK_DELAY_SECONDS: '3' } });
});
afterAll(async () => {
  await system?.stop();
  await server?.stop();
});

it('resumes every workflow after the Temporal server restarts', async () => {
  const ids: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const res = await call(system.baseUrl, 'POST', '/v1/applications', {
      key: system.keys.onboarding_frontend,
      body: ukCompany({ ownerName: ['Later', `OwnerLATER${i}`] }),
      headers: { 'Idempotency-Key': `restart-${i}` },
    });
    expect(res.status).toBe(202);
    ids.push(res.body.id);
  }
  const approved = async () => Number((await system.db('applications').whereIn('id', ids).where({ status: 'approved' }).count<{ n: string }[]>('* as n'))[0].n);
  await waitFor(
    () =>
      system
        .db('checks')
        .whereIn('application_id', ids)
        .where({ status: 'pending' })
        .count<{ n: string }[]>('* as n')
        .then((r) => Number(r[0].n)),
    (n) => n > 0,
    60_000,
  );
  const before = await approved();
  expect(before).toBeLessThan(COUNT);

  await server!.stop();
  // While it is down the API says so, and stores nothing it cannot start.
  const down = await call(system.baseUrl, 'GET', '/readyz');
  expect(down.status).toBe(503);
  await new Promise((r) => setTimeout(r, 3000));
  server = await startDevServer({ port, dbFilename, readyTimeoutMs: 120_000 });

  expect(await waitFor(approved, (n) => n === COUNT, 180_000)).toBe(COUNT);
  const decisions = await system.db('decisions').whereIn('application_id', ids).count<{ n: string }[]>('* as n');
  expect(Number(decisions[0].n)).toBe(COUNT);
  console.log(`${COUNT - before} of ${COUNT} applications were in flight across the restart`);
}, 420_000);
