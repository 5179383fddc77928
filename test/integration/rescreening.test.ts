/**
 * Ongoing monitoring over real HTTP: an operator replaces the sanctions list file, the worker sees
 * the new version and re-screens every approved seller; a person now on the list holds the seller's
 * payouts and sales at once and opens an investigation, the reviewer clears the false positive, the
 * hold is lifted, and the next run does not raise it again.
 */
import { appendFileSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_SANCTIONS_LIST } from '../../config';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let system: System;
const list = join(mkdtempSync(join(tmpdir(), 'sellergate-lists-')), 'SDN.CSV');
beforeAll(async () => {
  copyFileSync(FIXTURE_SANCTIONS_LIST, list);
  system = await startSystem({ env: { SANCTIONS_LIST_FILES: list, SANCTIONS_LIST_CHECK_SECONDS: '1' }, watchLists: true });
});
afterAll(async () => {
  await system?.stop();
});

const get = (path: string, key = system.keys.reviewer) => call(system.baseUrl, 'GET', path, { key });
const post = (path: string, key: string, body?: unknown) => call(system.baseUrl, 'POST', path, { key, body });
const completedRuns = () => system.db('screening_runs').where({ status: 'completed' }).orderBy('finished_at');

it('re-screens every approved seller when a list changes, and remembers the reviewer’s false positive', async () => {
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

  // The operator replaces the list: a new designation with the owner's name.
  appendFileSync(list, '900010,"KOVALENKO, Dmitri","individual","SYNTH-UA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1966; nationality Ukraine; Synthetic test entry."\r\n');
  const runs = await waitFor(completedRuns, (r) => r.some((run) => run.list_version !== versionBefore), 60_000);
  const run = runs.find((r) => r.list_version !== versionBefore)!;
  expect(run).toMatchObject({ trigger: 'list_change', new_matches: 1 });
  expect(run.subjects_screened).toBeGreaterThanOrEqual(3);

  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=investigation&status=open'),
      (r) => r.body.data.some((t: any) => t.sellerId === accepted.body.sellerId),
    )
  ).body.data.find((t: any) => t.sellerId === accepted.body.sellerId);
  expect(task).toMatchObject({ reasons: ['screening_hit'], priority: 0 });
  // The money stopped before any reviewer looked: payouts held, sales paused, with a statement of reasons.
  const held = (await get(`/v1/sellers/${accepted.body.sellerId}`)).body;
  expect(held.capabilities).toMatchObject({ payouts: false, selling: false, listing: true });
  const [hold] = (await get(`/v1/sellers/${accepted.body.sellerId}/enforcements`)).body.data;
  expect(hold).toMatchObject({ type: 'sanctions_hold', status: 'active', automatedDetection: true, automatedDecision: true, restrictions: { payouts: false, selling: false } });
  expect(hold.statementOfReasons).toMatchObject({ ground: { type: 'law' }, scope: { type: 'sanctions_hold' } });
  expect(hold.statementOfReasons.listedEntries).toEqual(['ofac-sdn:900010']);
  expect(hold.statementOfReasons.facts[0]).toContain('1 listed entry');
  // A day to decide (the due time is set when the task is written, a moment after its creation stamp).
  expect(Math.abs(new Date(task.slaDueAt).getTime() - new Date(task.createdAt).getTime() - 24 * 3_600_000)).toBeLessThan(60_000);
  const investigation = (
    await waitFor(
      () => get(`/v1/investigations/${task.subjectId}`),
      (r) => r.body.signals?.length === 1,
    )
  ).body;
  const hit = investigation.signals[0];
  expect(hit).toMatchObject({ source: 'screening_hit', applicationId: app.id, entryIds: ['ofac-sdn:900010'] });
  const check = (await get(`/v1/applications/${app.id}`)).body.checks.find((c: any) => c.id === hit.checkId);
  expect(check).toMatchObject({ status: 'needs_review', code: 'sanctions_potential_match', evidence: { newMatches: ['ofac-sdn:900010'], listVersion: run.list_version } });

  expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.reviewer)).status).toBe(200);
  const cleared = await post(`/v1/review-tasks/${task.id}/adjudications`, system.keys.reviewer, {
    checkId: hit.checkId,
    entryId: 'ofac-sdn:900010',
    verdict: 'false_positive',
    note: 'born 1990; the listed person 1966, Ukrainian',
  });
  expect(cleared.status).toBe(201);
  await post(`/v1/review-tasks/${task.id}/decision`, system.keys.reviewer, { outcome: 'no_action', reasons: ['false_positive_match'], note: 'different person' });
  await waitFor(
    () => get(`/v1/investigations/${task.subjectId}`),
    (r) => r.body.status === 'closed',
  );
  // Cleared: the hold is lifted by the reviewer's decision, and the seller trades again.
  const lifted = await waitFor(
    () => get(`/v1/enforcements/${hold.id}`),
    (r) => r.body.status === 'ended',
  );
  expect(lifted.body.endedAt).not.toBeNull();
  expect((await get(`/v1/sellers/${accepted.body.sellerId}`)).body.capabilities).toMatchObject({ payouts: true, selling: true });

  // A run now raises nothing new for that person and entry.
  const again = await post('/v1/admin/rescreenings', system.keys.admin, {});
  expect(again.status).toBe(202);
  const done = (
    await waitFor(
      () => get(`/v1/admin/rescreenings/${again.body.id}`, system.keys.admin),
      (r) => r.body.status === 'completed',
    )
  ).body;
  expect(done).toMatchObject({ trigger: 'admin', newMatches: 0, listVersion: run.list_version });
  expect((await get('/v1/review-tasks?kind=investigation&status=open')).body.data.filter((t: any) => t.sellerId === accepted.body.sellerId)).toEqual([]);
});
