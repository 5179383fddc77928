/**
 * Sanctions lists downloaded from their publisher over real HTTP (SANCTIONS_LIST_URLS), with the real
 * worker, Temporal and Postgres: the set is downloaded and published at start; a new publication naming
 * an approved seller's owner is fetched by the download workflow, the worker re-screens against it and
 * the seller's money stops at once; a reviewer clears the false positive and the seller trades again. A
 * download that fails, serves an outage page or a cut file keeps the set in use and raises the alarm
 * (/readyz, /metrics) until a good one comes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SANCTIONS_LIST } from '../../config';
import { ukCompany } from '../../scripts/sample-applications';
import { startFakeListPublisher, type FakeListPublisher } from '../helpers/fake-list-publisher';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

const LIST_PATH = '/ofac/SDN.CSV';
let publisher: FakeListPublisher;
let system: System;
beforeAll(async () => {
  publisher = await startFakeListPublisher({ [LIST_PATH]: readFileSync(FIXTURE_SANCTIONS_LIST) });
  system = await startSystem({ env: { SANCTIONS_LIST_URLS: `${publisher.url}${LIST_PATH}`, SANCTIONS_LIST_CHECK_SECONDS: '1' }, watchLists: true });
});
afterAll(async () => {
  await system?.stop();
  await publisher?.stop();
});

const get = (path: string, key = system.keys.reviewer) => call(system.baseUrl, 'GET', path, { key });
const post = (path: string, key: string, body?: unknown) => call(system.baseUrl, 'POST', path, { key, body });
const completedRuns = () => system.db('screening_runs').where({ status: 'completed' }).orderBy('finished_at');
const download = () =>
  system.temporal.workflow.execute('sanctionsListDownload', { taskQueue: system.config.TEMPORAL_TASK_QUEUE, workflowId: `sanctions-list-download:test-${Date.now()}-${Math.random()}`, args: [] });
const localCopy = () => readFileSync(join(system.config.sanctionsListDownload!.dir, 'SDN.CSV'));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

it('downloads the list at start; a new publication naming an owner freezes the seller at once; a reviewer clears it and the seller trades again', async () => {
  expect(publisher.requests).toContain(`GET ${LIST_PATH}`);
  const ready = (await call(system.baseUrl, 'GET', '/readyz')).body;
  expect(ready.checks.sanctionsLists).toMatchObject({ status: 'current', download: { outcome: 'published', error: null } });
  expect(ready.degraded).not.toContain('sanctions_lists_download_failed');
  expect(sha(localCopy())).toBe(sha(readFileSync(FIXTURE_SANCTIONS_LIST)));

  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, ukCompany({ ownerName: ['Dmitri', 'Kovalenko'], ownerBirthDate: '1990-04-12' }));
  const app = (
    await waitFor(
      () => get(`/v1/applications/${accepted.body.id}`),
      (r) => r.body.status === 'approved',
    )
  ).body;
  expect(app.status).toBe('approved');
  const first = await waitFor(completedRuns, (runs) => runs.length >= 1);
  const versionBefore = first[first.length - 1].list_version;

  // The publisher puts out a new version with the owner's name; the scheduled download fetches it.
  publisher.files.set(
    LIST_PATH,
    Buffer.concat([
      readFileSync(FIXTURE_SANCTIONS_LIST),
      Buffer.from('900010,"KOVALENKO, Dmitri","individual","SYNTH-UA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1966; nationality Ukraine; Synthetic test entry."\r\n'),
    ]),
  );
  const fetched = await download();
  expect(fetched).toMatchObject({ outcome: 'published', entries: 7 });
  expect(fetched.version).not.toBe(versionBefore);
  expect(sha(localCopy())).toBe(sha(publisher.files.get(LIST_PATH) as Buffer));

  const runs = await waitFor(completedRuns, (r) => r.some((run) => run.list_version === fetched.version), 60_000);
  expect(runs.find((r) => r.list_version === fetched.version)).toMatchObject({ trigger: 'list_change', new_matches: 1, scope: 'delta', entries_screened: 1 });
  const versions = (await get('/v1/sanctions-list-versions')).body.data;
  expect(versions[0]).toMatchObject({ version: fetched.version, previousVersion: versionBefore, added: 1, sources: [{ file: 'SDN.CSV' }] });

  // The money stopped before any reviewer looked.
  const held = await waitFor(
    () => get(`/v1/sellers/${accepted.body.sellerId}`),
    (r) => r.body.capabilities?.payouts === false,
  );
  expect(held.body.capabilities).toMatchObject({ payouts: false, selling: false });
  const [hold] = (await get(`/v1/sellers/${accepted.body.sellerId}/enforcements`)).body.data;
  expect(hold).toMatchObject({ type: 'sanctions_hold', status: 'active' });
  expect(hold.statementOfReasons.listedEntries).toEqual(['ofac-sdn:900010']);

  // A reviewer clears the false positive: the hold is lifted.
  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=investigation&status=open'),
      (r) => r.body.data.some((t: any) => t.sellerId === accepted.body.sellerId),
    )
  ).body.data.find((t: any) => t.sellerId === accepted.body.sellerId);
  const investigation = (
    await waitFor(
      () => get(`/v1/investigations/${task.subjectId}`),
      (r) => r.body.signals?.length === 1,
    )
  ).body;
  expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.reviewer)).status).toBe(200);
  const cleared = await post(`/v1/review-tasks/${task.id}/adjudications`, system.keys.reviewer, {
    checkId: investigation.signals[0].checkId,
    entryId: 'ofac-sdn:900010',
    verdict: 'false_positive',
    note: 'born 1990; the listed person 1966, Ukrainian',
  });
  expect(cleared.status).toBe(201);
  await post(`/v1/review-tasks/${task.id}/decision`, system.keys.reviewer, { outcome: 'no_action', reasons: ['false_positive_match'], note: 'different person' });
  await waitFor(
    () => get(`/v1/enforcements/${hold.id}`),
    (r) => r.body.status === 'ended',
  );
  expect((await get(`/v1/sellers/${accepted.body.sellerId}`)).body.capabilities).toMatchObject({ payouts: true, selling: true });
});

it('keeps the set in use when a download fails, serves an outage page or a cut file, and says so until a good download', async () => {
  const inUse = localCopy();
  const version = (await call(system.baseUrl, 'GET', '/readyz')).body.checks.sanctionsLists.version;
  const alarmed = async (error: RegExp) => {
    const ready = (await call(system.baseUrl, 'GET', '/readyz')).body;
    expect(ready.status).toBe('ready');
    expect(ready.degraded).toContain('sanctions_lists_download_failed');
    expect(ready.checks.sanctionsLists).toMatchObject({ version, download: { outcome: 'failed', error: expect.stringMatching(error) } });
    const metrics = await (await fetch(`${system.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/^sellergate_sanctions_list_download_failing 1$/m);
    // Nothing replaced the copy screened against.
    expect(sha(localCopy())).toBe(sha(inUse));
  };

  publisher.failing.set(LIST_PATH, 503);
  expect(await download()).toMatchObject({ outcome: 'failed', error: expect.stringContaining('answered 503') });
  await alarmed(/answered 503/);
  publisher.failing.delete(LIST_PATH);

  const good = publisher.files.get(LIST_PATH) as Buffer;
  publisher.files.set(LIST_PATH, '<html><body>The service is temporarily unavailable</body></html>');
  expect(await download()).toMatchObject({ outcome: 'failed', error: expect.stringContaining('SDN.CSV: not a format Sellergate reads') });
  await alarmed(/not a format/);

  // Cut short after two records: it parses, but lists far fewer entries than the set in use.
  publisher.files.set(LIST_PATH, `${good.toString('utf8').split(/\r?\n/).slice(0, 2).join('\n')}\n`);
  expect(await download()).toMatchObject({ outcome: 'failed', error: expect.stringContaining('refused as cut short') });
  await alarmed(/cut short/);

  publisher.files.set(LIST_PATH, good);
  expect(await download()).toMatchObject({ outcome: 'unchanged', version });
  const ready = (await call(system.baseUrl, 'GET', '/readyz')).body;
  expect(ready.degraded).not.toContain('sanctions_lists_download_failed');
  expect(ready.checks.sanctionsLists.download).toMatchObject({ outcome: 'unchanged', error: null });
  // The database figures are read at most once a few seconds per process: the next scrapes say it.
  await waitFor(
    async () => (await fetch(`${system.baseUrl}/metrics`)).text(),
    (text) => /^sellergate_sanctions_list_download_failing 0$/m.test(text),
    30_000,
  );
});
