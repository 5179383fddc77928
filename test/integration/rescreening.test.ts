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
import { addBusinessDays } from '../../domain/screening/blocking-report';
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
  // Everyone screened again, against the one entry the change added.
  expect(run).toMatchObject({ trigger: 'list_change', new_matches: 1, scope: 'delta', entries_screened: 1 });
  expect(run.subjects_screened).toBeGreaterThanOrEqual(3);
  const versions = (await get('/v1/sanctions-list-versions')).body.data;
  expect(versions[0]).toMatchObject({ object: 'sanctions_list_version', version: run.list_version, previousVersion: versionBefore, added: 1, changed: 0, removed: 0, sources: [{ file: 'SDN.CSV' }] });
  expect(versions.map((v: any) => v.version)).toContain(versionBefore);
  const changes = (await get(`/v1/sanctions-list-versions/${run.list_version}/changes`)).body.data;
  expect(changes).toEqual([{ entryId: 'ofac-sdn:900010', change: 'added', digest: expect.stringMatching(/^[0-9a-f]{32}$/) }]);

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
  expect(done).toMatchObject({ trigger: 'admin', newMatches: 0, listVersion: run.list_version, scope: 'full' });
  expect(done.entriesScreened).toBeGreaterThan(1);
  expect((await get('/v1/review-tasks?kind=investigation&status=open')).body.data.filter((t: any) => t.sellerId === accepted.body.sellerId)).toEqual([]);
});

it('blocks and reports a confirmed match: the hold stays, and a report is due with OFAC in 10 business days', async () => {
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, ukCompany({ ownerName: ['Aslan', 'Dzhabrailov'], ownerBirthDate: '1971-02-03' }));
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`),
    (r) => r.body.status === 'approved',
  );
  const sellerId = accepted.body.sellerId;
  appendFileSync(list, '900011,"DZHABRAILOV, Aslan","individual","SYNTH-RU",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 03 Feb 1971; nationality Russia; Synthetic test entry."\r\n');
  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=investigation&status=open'),
      (r) => r.body.data.some((t: any) => t.sellerId === sellerId),
      60_000,
    )
  ).body.data.find((t: any) => t.sellerId === sellerId);
  const [hold] = (await get(`/v1/sellers/${sellerId}/enforcements`)).body.data;
  expect(hold).toMatchObject({ type: 'sanctions_hold', status: 'active' });

  await post(`/v1/review-tasks/${task.id}/claim`, system.keys.senior_reviewer);
  const decided = await post(`/v1/review-tasks/${task.id}/decision`, system.keys.senior_reviewer, {
    outcome: 'enforce',
    reasons: ['sanctions_match_confirmed'],
    note: 'same name, date of birth and nationality as the listed person',
    action: {
      type: 'deactivation',
      ground: { type: 'law', reference: 'Council Regulation (EU) No 269/2014, Art. 2(1)', explanation: 'The funds of a listed person are frozen and may not be made available to them.' },
      facts: ['The owner of the account is a person listed under economic sanctions.'],
    },
  });
  expect(decided.status).toBe(200);

  const report = (
    await waitFor(
      () => get('/v1/blocking-reports?status=due', system.keys.compliance_officer),
      (r) => r.body.data?.some((b: any) => b.sellerId === sellerId),
    )
  ).body.data.find((b: any) => b.sellerId === sellerId);
  const blockedOn = hold.effectiveAt.slice(0, 10);
  expect(report).toMatchObject({ status: 'due', authority: 'OFAC (31 C.F.R. § 501.603)', blockedOn, dueOn: addBusinessDays(blockedOn, 10), holdId: hold.id });
  // The funds stay held under the confirmed match.
  expect((await get(`/v1/enforcements/${hold.id}`)).body.status).toBe('active');
  const full = (await get(`/v1/blocking-reports/${report.id}`, system.keys.compliance_officer)).body;
  expect(full.package).toMatchObject({ blockedParty: { legalName: 'Acme Widgets Ltd' }, listedEntries: ['ofac-sdn:900011'], property: { blockedOn } });
  expect((await system.db('blocking_reports').where({ id: report.id }).first('package')).package).toMatch(/^enc:v1:/);
  expect((await get('/v1/blocking-reports', system.keys.reviewer)).status).toBe(403);

  const filed = await post(`/v1/blocking-reports/${report.id}/filing`, system.keys.compliance_officer, { reference: 'OFAC-RS-2026-0042', filedAt: new Date().toISOString() });
  expect(filed).toMatchObject({ status: 202, body: { status: 'filed', filing: { reference: 'OFAC-RS-2026-0042' } } });
  expect((await post(`/v1/blocking-reports/${report.id}/filing`, system.keys.compliance_officer, { reference: 'again', filedAt: new Date().toISOString() })).body.errors[0]).toMatchObject({
    path: 'reference',
    code: 'already_filed',
  });
  const audit = await system
    .db('audit_events')
    .where({ subject_id: sellerId })
    .whereIn('action', ['blocking_report.opened', 'blocking_report.read', 'blocking_report.filed'])
    .orderBy('seq')
    .pluck('action');
  expect(audit).toEqual(['blocking_report.opened', 'blocking_report.read', 'blocking_report.filed']);
});
