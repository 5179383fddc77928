/**
 * npm run bench: every figure against a baseline measured in the same run (absolute times on a
 * shared 2-core machine are noise). Prints a table and writes bench/results/latest.json.
 * `npm run bench -- --quick` runs smaller sizes (for a check that it works, not for figures).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import pino from 'pino';
import { createApp } from '../api/app';
import { loadConfig } from '../config';
import { createApiKey } from '../db/access/api-keys';
import { screeningFor } from '../providers/sanctions/lists';
import { createTemporalClient } from '../temporal/connection';
import { startDevServer } from '../temporal/dev-server';
import { createWorker } from '../worker';
import { ukCompany } from '../scripts/sample-applications';
import { freePortBlock } from '../scripts/ports';
import { autocannon, recordApi } from './api';
import { benchApiProcesses } from './api-processes';
import { round, scratchDatabase, type Figure } from './lib';
import { benchAudit } from './audit';
import { benchOnboarding } from './onboarding';
import { benchPerformanceCycle } from './performance-cycle';
import { benchReviewQueue } from './review-queue';
import { benchScreening } from './screening';

const quick = process.argv.includes('--quick');
// `--only onboarding` (or screening, queue, performance, audit, api) runs one bench, for tuning it.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const runs = (name: string) => !only || only === name;
const step = (name: string) => console.error(`bench: ${name}…`);
const sizes = quick ? { screening: 200, tasks: 100_000, sellers: 10_000, onboardings: 40, seconds: 3 } : { screening: 2000, tasks: 1_000_000, sellers: 100_000, onboardings: 200, seconds: 10 };

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const figures: Figure[] = [];

  if (runs('screening')) {
    step('screening');
    await benchScreening(figures, sizes.screening);
  }
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  if (runs('queue')) {
    step('review queue');
    scratch = await scratchDatabase('sellergate_bench_queue');
    await benchReviewQueue(scratch.db, figures, sizes.tasks);
    await scratch.drop();
  }
  if (runs('audit')) {
    step('audit trail');
    scratch = await scratchDatabase('sellergate_bench_audit');
    await benchAudit(scratch.db, figures, quick ? 400 : 4000, loadConfig().auditCheckpointKey);
    await scratch.drop();
  }
  if (runs('performance')) {
    step('performance cycle');
    scratch = await scratchDatabase('sellergate_bench_performance');
    await benchPerformanceCycle(scratch.db, figures, sizes.sellers);
    await scratch.drop();
  }

  step('Temporal dev server');
  const server = await startDevServer({ port: await freePortBlock(), readyTimeoutMs: 120_000 });
  try {
    scratch = await scratchDatabase('sellergate_bench_onboarding');
    if (runs('onboarding')) {
      step('onboarding throughput');
      await benchOnboarding(scratch.db, scratch.url, server.address, figures, sizes.onboardings);
    }
    if (runs('api')) await apiUnderLoad(scratch, server.address, figures);
    await scratch.drop();
  } finally {
    await server.stop();
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`;
  console.log(`\nSellergate benchmarks (${quick ? 'quick' : 'full'} sizes; ${machine})\n`);
  console.log('| bench | metric | value | baseline | ratio | note |\n| --- | --- | --- | --- | --- | --- |');
  for (const f of figures) console.log(`| ${f.bench} | ${f.metric} | ${f.value} | ${f.baseline ?? ''} | ${f.ratio ?? ''} | ${f.note ?? ''} |`);
  const dir = join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ at: new Date().toISOString(), quick, machine, sizes, figures }, null, 2)}\n`);
  console.log(`\nwritten: bench/results/latest.json (${round(figures.length, 0)} figures)`);
}

/** GET and POST under concurrent load from autocannon, against GET /healthz on the same server. */
async function apiUnderLoad(scratch: Awaited<ReturnType<typeof scratchDatabase>>, address: string, figures: Figure[]): Promise<void> {
  step('API under load');
  const config = loadConfig({ DATABASE_URL: scratch.url, TEMPORAL_ADDRESS: address, TEMPORAL_TASK_QUEUE: 'bench-api', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '10000000' });
  const temporal = createTemporalClient({ address, namespace: config.TEMPORAL_NAMESPACE, keyring: config.keyring });
  const app = createApp({ config, db: scratch.db, temporal, logger: pino({ level: 'silent' }), screening: screeningFor(config) });
  const http = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const frontend = (await createApiKey(scratch.db, 'onboarding_frontend', 'bench')).key;
  const reviewer = (await createApiKey(scratch.db, 'reviewer', 'bench')).key;
  // One approved application to read, through a worker that runs for it.
  const connection = await NativeConnection.connect({ address });
  const worker = await createWorker({ config, db: scratch.db, connection, temporal });
  const appId = await worker.runUntil(async () => {
    const accepted = (await (
      await fetch(`${base}/v1/applications`, { method: 'POST', headers: { authorization: `Bearer ${frontend}`, 'content-type': 'application/json' }, body: JSON.stringify(ukCompany()) })
    ).json()) as { id: string };
    for (let i = 0; i < 100; i++) {
      const r = (await (await fetch(`${base}/v1/applications/${accepted.id}`, { headers: { authorization: `Bearer ${reviewer}` } })).json()) as { status: string };
      if (r.status === 'approved') break;
      await new Promise((res) => setTimeout(res, 200));
    }
    return accepted.id;
  });
  const healthz = await autocannon(`${base}/healthz`, { seconds: sizes.seconds });
  recordApi(figures, 'GET /healthz (baseline)', healthz);
  recordApi(figures, 'GET /v1/applications/{id}', await autocannon(`${base}/v1/applications/${appId}`, { headers: { authorization: `Bearer ${reviewer}` }, seconds: sizes.seconds }), healthz);
  recordApi(
    figures,
    'POST /v1/applications',
    await autocannon(`${base}/v1/applications`, {
      method: 'POST',
      body: JSON.stringify(ukCompany()),
      headers: { authorization: `Bearer ${frontend}`, 'content-type': 'application/json' },
      connections: 10,
      seconds: sizes.seconds,
    }),
    healthz,
  );
  await new Promise((r) => http.close(r));
  step('API processes on one port');
  await benchApiProcesses(figures, scratch.url, address, reviewer, appId, sizes.seconds);
  await temporal.connection.close();
  await connection.close();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
