/**
 * `npm start` as a user runs it: nothing configured but ports and a data directory. It must
 * start everything, write one key per role, onboard a seller, stop cleanly on Ctrl-C, and after
 * a restart resume a workflow that was waiting for a reviewer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, waitFor } from '../helpers/http';
import { ukCompany } from '../../scripts/sample-applications';
import { freePort, freePortBlock } from '../../scripts/ports';
import { roles } from '../../db/access/api-keys';
import { createTemporalClient } from '../../temporal/connection';
import { loadConfig } from '../../config';
import { PERFORMANCE_SCHEDULE_ID } from '../../temporal/workflow-ids';

const root = join(__dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'sellergate-start-'));
let env: NodeJS.ProcessEnv;
let base: string;

beforeAll(async () => {
  // The dev server takes its port and the ten after it: a block below the ephemeral range.
  const [port, temporalPort, uiPort, dbPort] = [await freePort(), await freePortBlock(), await freePort(), await freePort()];
  const inherited = { ...process.env };
  for (const name of ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SANCTIONS_LIST_FILES', 'SELLERGATE_TEST_ENV']) delete inherited[name];
  env = { ...inherited, DATA_DIR: dataDir, PORT: String(port), TEMPORAL_DEV_PORT: String(temporalPort), TEMPORAL_DEV_UI_PORT: String(uiPort), EMBEDDED_DB_PORT: String(dbPort), LOG_LEVEL: 'warn' };
  base = `http://127.0.0.1:${port}`;
});

interface Started {
  child: ChildProcess;
  output: () => string;
}

function start(): Promise<Started> {
  // Its own process group, so the test can send Ctrl-C's SIGINT to all of it as a terminal would.
  const child = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 240_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
    const poll = setInterval(() => {
      if (output.includes('Press Ctrl-C to stop.')) {
        clearInterval(poll);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ child, output: () => output });
      }
    }, 200);
  });
}

/** Ctrl-C, then wait until Sellergate says it has stopped (npm itself dies of the signal at once). */
async function ctrlC(started: Started): Promise<string> {
  process.kill(-started.child.pid!, 'SIGINT');
  await waitFor(
    async () => started.output(),
    (out) => out.includes('Sellergate stopped.'),
    150_000,
  );
  return started.output();
}

/** Runs a phase against a started system, always stops it, and reports the phase's own failure first. */
async function phase(started: Started, body: () => Promise<void>): Promise<string> {
  let failure: unknown;
  try {
    await body();
  } catch (err) {
    failure = err;
  }
  const output = await ctrlC(started);
  if (failure) throw failure;
  return output;
}

it('starts, onboards, stops on Ctrl-C and resumes a waiting workflow after a restart', async () => {
  let running = await start();
  let keys: Record<string, string>;
  let waitingId: string;
  const first = await phase(running, async () => {
    expect(running.output()).toContain(`API           http://localhost:${env.PORT}/v1`);
    expect(running.output()).toContain('OpenAPI');
    expect(running.output()).toContain('Temporal UI   http://127.0.0.1:');

    const keysFile = join(dataDir, 'dev-keys.json');
    keys = JSON.parse(readFileSync(keysFile, 'utf8'));
    expect(Object.keys(keys).sort()).toEqual([...roles].sort());
    expect(statSync(keysFile).mode & 0o777).toBe(0o600);
    // The keys are in the file only, never in what the process printed.
    for (const key of Object.values(keys)) expect(running.output()).not.toContain(key);

    expect((await call(base, 'GET', '/readyz')).status).toBe(200);
    // The console was built by npm start and is served with the API.
    const page = await fetch(`${base}/console/`);
    expect(page.status).toBe(200);
    const script = (await page.text()).match(/src="(\/console\/assets\/[^"]+\.js)"/)?.[1];
    expect((await fetch(`${base}${script}`)).headers.get('content-type')).toContain('javascript');
    const clean = await call(base, 'POST', '/v1/applications', { key: keys.onboarding_frontend, body: ukCompany() });
    expect(clean.status).toBe(202);
    const approved = await waitFor(
      () => call(base, 'GET', `/v1/applications/${clean.body.id}`, { key: keys.reviewer }),
      (r) => r.body?.status === 'approved',
    );
    expect(approved.body.status).toBe('approved');

    const hit = await call(base, 'POST', '/v1/applications', { key: keys.onboarding_frontend, body: ukCompany({ registrationNumber: '00000000' }) });
    waitingId = hit.body.id;
    const inReview = await waitFor(
      () => call(base, 'GET', `/v1/applications/${waitingId}`, { key: keys.reviewer }),
      (r) => r.body?.status === 'in_review',
    );
    expect(inReview.body.status).toBe('in_review');
  });
  expect(first).toContain('Sellergate stopped.');
  expect(first).not.toContain('shutdown step failed');

  running = await start();
  const second = await phase(running, async () => {
    const app = await call(base, 'GET', `/v1/applications/${waitingId!}`, { key: keys!.reviewer });
    expect(app.body.status).toBe('in_review');
    const taskId = app.body.reviewTasks[0].id;
    expect((await call(base, 'POST', `/v1/review-tasks/${taskId}/claim`, { key: keys!.reviewer })).status).toBe(200);
    const decided = await call(base, 'POST', `/v1/review-tasks/${taskId}/decision`, {
      key: keys!.reviewer,
      body: { outcome: 'approve', reasons: ['business_confirmed_manually'], note: 'registered under a new number' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body.applicationStatus).toBe('approved');

    // The daily performance review is on a Temporal Schedule, kept across restarts.
    // npm start encrypts payloads with the development key: so must a client that reads them.
    const temporal = createTemporalClient({ address: `127.0.0.1:${env.TEMPORAL_DEV_PORT}`, namespace: 'default', keyring: loadConfig({}).keyring });
    const schedule = await temporal.schedule.getHandle(PERFORMANCE_SCHEDULE_ID).describe();
    expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'performanceReview' });
    await temporal.connection.close();
  });
  expect(second).toContain('Sellergate stopped.');
  expect(second).not.toContain('shutdown step failed');
}, 600_000);
