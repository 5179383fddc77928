/**
 * /metrics in the Prometheus format, scraped over real HTTP: request latency by route template (no
 * IDs in it), review queue depth, age and SLA breaches read from the database, sanctions list age,
 * and the worker's own exporter with the Temporal SDK's figures and the screening latency.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { freePort } from '../../scripts/ports';
import { standaloneEnv, startWorkerProcess } from '../helpers/processes';
import { startSystem, useSystem } from '../helpers/system';

const METRICS_TOKEN = 'metrics-scraper-token-0123456789';
const test = useSystem({ env: { METRICS_TOKEN } });

const scrape = async (url: string, token?: string) => {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};
/** The value of one series, by its name and exact labels as Prometheus prints them. */
const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

it('reports latency by route, the review queues and the lists, to a scraper with the token', async () => {
  const { system } = test;
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany({ registrationNumber: '00000000' }) });
  const app = await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => r.body.status === 'in_review',
  );
  const tasks = await call(system.baseUrl, 'GET', '/v1/review-tasks', { key: system.keys.reviewer });
  const queue = tasks.body.data.find((t: any) => t.applicationId === app.body.id).queue;
  // One task already past its SLA.
  await system
    .db('review_tasks')
    .where({ application_id: app.body.id })
    .update({ sla_due_at: new Date(Date.now() - 60_000), created_at: new Date(Date.now() - 3_600_000) });

  expect((await scrape(`${system.baseUrl}/metrics`)).status).toBe(401);
  expect((await scrape(`${system.baseUrl}/metrics`, 'a-wrong-token-of-some-length')).status).toBe(401);
  const { status, type, text } = await scrape(`${system.baseUrl}/metrics`, METRICS_TOKEN);
  expect(status).toBe(200);
  expect(type).toMatch(/^text\/plain; version=0\.0\.4/);

  expect(value(text, `sellergate_http_request_duration_seconds_count{method="GET",route="/v1/applications/:id",status="2xx"}`)).toBeGreaterThanOrEqual(1);
  expect(value(text, `sellergate_http_request_duration_seconds_count{method="POST",route="/v1/applications",status="2xx"}`)).toBe(1);
  expect(value(text, `sellergate_review_queue_depth{queue="${queue}"}`)).toBe(1);
  expect(value(text, `sellergate_review_sla_breaches{queue="${queue}"}`)).toBe(1);
  expect(value(text, `sellergate_review_queue_oldest_age_seconds{queue="${queue}"}`)).toBeGreaterThanOrEqual(3599);
  expect(value(text, `sellergate_sanctions_list_age_seconds{list="sdn-synthetic.csv"}`)).toBeGreaterThan(0);
  expect(text).toMatch(/^process_cpu_seconds_total /m);
  // Series by route template: no application, seller or key ID becomes a label.
  expect(text).not.toContain(app.body.id);
  expect(text).not.toContain(app.body.sellerId);
});

it('serves the worker’s Temporal and screening figures on TEMPORAL_METRICS_ADDRESS', async () => {
  const port = await freePort();
  const system = await startSystem({ worker: false });
  const worker = startWorkerProcess(
    standaloneEnv(system.databaseUrl, system.config.TEMPORAL_TASK_QUEUE, { TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${port}`, PUBLIC_URL: system.baseUrl, FINGERPRINT_KEY: system.config.fingerprintKey }),
  );
  try {
    const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany() });
    await waitFor(
      () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
      (r) => r.body.status === 'approved',
      90_000,
    );
    const { text } = await waitFor(
      () => scrape(`http://127.0.0.1:${port}/metrics`).catch(() => ({ status: 0, type: null, text: '' })),
      (r) => /^sellergate_screening_duration_count\{[^}]*purpose="onboarding"[^}]*\} [1-9]/m.test(r.text),
      30_000,
    );
    expect(text).toMatch(/^sellergate_screening_duration_bucket\{[^}]*le="0.01"\}/m);
    expect(text).toMatch(/^temporal_activity_execution_latency_bucket\{/m);
    expect(text).toMatch(/^temporal_workflow_task_execution_latency_bucket\{/m);
  } finally {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await system.stop();
  }
});
