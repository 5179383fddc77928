/**
 * The embedded mode's database: PGlite served over the Postgres wire protocol. Concurrent
 * transactions from several connections must stay whole (the reason db/pglite-server.ts exists),
 * the migrations must run on it, and it must serve one application end to end and keep it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedDatabase } from '../../db/embedded';
import { serveEmbedded } from '../helpers/embedded-process';
import { createDb, migrate } from '../../db/knex';
import { call, waitFor } from '../helpers/http';
import { ukCompany } from '../../scripts/sample-applications';
import { startSystem } from '../helpers/system';

const dataDir = mkdtempSync(join(tmpdir(), 'sellergate-embedded-'));

it('keeps concurrent transactions whole across many connections', async () => {
  const embedded = await serveEmbedded(dataDir);
  const db = createDb(embedded.url, { poolMax: 8 });
  try {
    await db.raw('create table ledger (id int primary key, amount int not null)');
    const wrong: number[] = [];
    await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        await db
          .transaction(async (trx) => {
            await trx('ledger').insert({ id: i, amount: i * 2 });
            const row = await trx('ledger').where({ id: i }).first();
            if (row.amount !== i * 2) wrong.push(i);
            // Every third transaction rolls back; none of its rows may survive.
            if (i % 3 === 0) throw new Error('roll back');
          })
          .catch((err: Error) => {
            if (err.message !== 'roll back') throw err;
          });
        const echo = await db.raw('select ?::int as n', [i]);
        if (echo.rows[0].n !== i) wrong.push(i);
      }),
    );
    expect(wrong).toEqual([]);
    const { n } = (await db('ledger').count('* as n').first()) as { n: string };
    expect(Number(n)).toBe(200);
    expect(await db('ledger').whereRaw('id % 3 = 0').count('* as n').first()).toEqual({ n: '0' });
  } finally {
    await db.destroy();
    await embedded.stop();
  }
});

it('migrates, serves one application end to end, and keeps it across a restart', async () => {
  let embedded = await serveEmbedded(dataDir);
  const migrator = createDb(embedded.url, { poolMax: 1 });
  expect((await migrate(migrator)).length).toBeGreaterThan(0);
  await migrator.destroy();

  // A second opener (the command line, say) reaches the running instance instead of opening another.
  const second = await openEmbeddedDatabase(dataDir, 0);
  expect(second.url).toBe(embedded.url);

  const system = await startSystem({ databaseUrl: embedded.url });
  let id: string;
  try {
    const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany() });
    expect(accepted.status).toBe(202);
    id = accepted.body.id;
    const done = await waitFor(
      () => call(system.baseUrl, 'GET', `/v1/applications/${id}`, { key: system.keys.reviewer }),
      (r) => r.body?.status === 'approved',
    );
    expect(done.body.status).toBe('approved');
    expect(done.body.checks).toHaveLength(7);
  } finally {
    await system.stop();
    await embedded.stop();
  }

  embedded = await serveEmbedded(dataDir);
  const db = createDb(embedded.url, { poolMax: 1 });
  try {
    expect(await db('applications').where({ id: id! }).first('status')).toEqual({ status: 'approved' });
    expect(await migrate(db)).toEqual([]);
  } finally {
    await db.destroy();
    await embedded.stop();
  }
});
