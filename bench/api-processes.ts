/**
 * The standalone API as 1 and as 2 processes on one port (API_PROCESSES), started as an operator
 * starts it: the saturation rate of GET /v1/applications/{id} with each, and its p99 at a fixed 500
 * requests a second with 2. On these 2-core machines autocannon and Postgres share the cores, so the
 * ratio of the two saturation rates is the figure, not either rate.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DEVELOPMENT_ENCRYPTION_KEYS, FIXTURE_SANCTIONS_LIST } from '../config';
import { freePort } from '../scripts/ports';
import { autocannon } from './api';
import { round, type Figure } from './lib';

async function standaloneApi(databaseUrl: string, temporalAddress: string, processes: number) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', 'api', 'main.ts')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      ENCRYPTION_KEYS: DEVELOPMENT_ENCRYPTION_KEYS,
      FINGERPRINT_KEY: 'sellergate-bench-fingerprint-key-0123456789',
      SANCTIONS_LIST_FILES: FIXTURE_SANCTIONS_LIST,
      RATE_LIMIT_PER_MINUTE: '10000000',
      LOG_LEVEL: 'silent',
      PORT: String(port),
      API_PROCESSES: String(processes),
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error('the standalone API did not become ready');
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // Every process warm: each answers its first requests slower.
  await autocannon(`${base}/healthz`, { seconds: 2 });
  return { base, stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))) };
}

export async function benchApiProcesses(figures: Figure[], databaseUrl: string, temporalAddress: string, reviewerKey: string, applicationId: string, seconds: number): Promise<void> {
  const saturation: number[] = [];
  let p99At500 = 0;
  for (const processes of [1, 2]) {
    const api = await standaloneApi(databaseUrl, temporalAddress, processes);
    try {
      const url = `${api.base}/v1/applications/${applicationId}`;
      const headers = { authorization: `Bearer ${reviewerKey}` };
      await autocannon(url, { headers, seconds: 2 });
      saturation.push((await autocannon(url, { headers, seconds })).requests.average);
      if (processes === 2) p99At500 = (await autocannon(url, { headers, seconds, rate: 500, connections: 50 })).latency.p99;
    } finally {
      await api.stop();
    }
  }
  figures.push({
    bench: 'api',
    metric: 'GET /v1/applications/{id} saturation (r/s), 2 processes on one port',
    value: round(saturation[1], 0),
    baseline: `${round(saturation[0], 0)} (1 process)`,
    ratio: round(saturation[1] / saturation[0], 2),
    note: 'the standalone API (npm run api) with API_PROCESSES=2 against 1, on 2 cores shared with Postgres and autocannon',
  });
  figures.push({ bench: 'api', metric: 'GET /v1/applications/{id} p99 at 500 r/s, 2 processes (ms)', value: p99At500 });
}
