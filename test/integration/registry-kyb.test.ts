/**
 * KYB against Companies House, end to end: the real API, worker and Temporal, with GB companies
 * looked up in a local fake of the Companies House Public Data API (COMPANIES_HOUSE_API_KEY set, the
 * other providers in sandbox mode). A dissolved company is refused with its reason; a declared
 * owner missing from the PSC register goes to a reviewer and opens a discrepancy report a compliance
 * officer approves and files; an owner reached through a holding company passes with its chain.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { chCorporatePsc, chDirector, chIndividualPsc, chProfile, startFakeCompaniesHouse, type FakeCompaniesHouse } from '../helpers/fake-companies-house';
import { startFakeGleif, type FakeGleif } from '../helpers/fake-gleif';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let ch: FakeCompaniesHouse;
let gleif: FakeGleif;
let system: System;

beforeAll(async () => {
  ch = await startFakeCompaniesHouse();
  gleif = await startFakeGleif();
  system = await startSystem({ env: { COMPANIES_HOUSE_API_KEY: ch.apiKey, COMPANIES_HOUSE_API_URL: ch.url, GLEIF_API_URL: gleif.url, OBLIGED_ENTITY_NAME: 'Example Marketplace Ltd' } });
});
afterAll(async () => {
  await system?.stop();
  await ch?.stop();
  await gleif?.stop();
});

const get = (path: string, key: string) => call(system.baseUrl, 'GET', path, { key });
const post = (path: string, key: string, body?: unknown) => call(system.baseUrl, 'POST', path, { key, body });

let serial = 0;
/** A GB company with a fresh registration number, as ukCompany() declares it: Jane Doe 60% (director), John Smith 40%. */
function company() {
  const number = `0${String(7_100_000 + ++serial * 7)}`;
  const body = ukCompany({ registrationNumber: number });
  const [jane, john] = body.persons as Array<{ dateOfBirth: string }>;
  const birth = (p: { dateOfBirth: string }) => ({ year: Number(p.dateOfBirth.slice(0, 4)), month: Number(p.dateOfBirth.slice(5, 7)) });
  return { number, body, jane: birth(jane!), john: birth(john!) };
}

async function onboard(body: unknown) {
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, body);
  expect(accepted.status).toBe(202);
  return (
    await waitFor(
      () => get(`/v1/applications/${accepted.body.id}`, system.keys.reviewer),
      (r) => ['approved', 'in_review'].includes(r.body?.status),
      90_000,
    )
  ).body;
}

const registryCheck = (app: any) => app.checks.find((c: any) => c.kind === 'business_registry');

it('refuses a dissolved company with its reason: the check fails, the seller is told why, a reviewer rejects', async () => {
  const { number, body } = company();
  ch.companies.set(number, { profile: chProfile(number, 'ACME WIDGETS LTD', { company_status: 'dissolved', date_of_cessation: '2024-02-01' }), officers: [], psc: [] });
  const app = await onboard(body);
  expect(app.status).toBe('in_review');
  expect(registryCheck(app)).toMatchObject({
    status: 'failed',
    code: 'registry_company_inactive',
    provider: 'companies-house',
    evidence: { companyStatus: 'dissolved', registeredName: 'ACME WIDGETS LTD' },
  });
  expect(app.requirements.errors).toContainEqual({
    code: 'verification_failed_company_status',
    reason: 'The company register shows the company as dissolved, struck off, or in liquidation, administration or receivership.',
    requirement: 'business.registrationNumber',
  });
  expect(app.requirements.currentlyDue).toContain('business.registrationNumber');
  const task = app.reviewTasks[0];
  expect(task.reasons).toContain('registry_company_inactive');
  // A high-risk final rejection: one reviewer decides, a second confirms.
  const reject = { outcome: 'reject', rejectType: 'final', reasons: ['business_not_active'] };
  expect(app.risk.level).toBe('high');
  expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.reviewer)).status).toBe(200);
  expect((await post(`/v1/review-tasks/${task.id}/decision`, system.keys.reviewer, reject)).status).toBe(202);
  expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.senior_reviewer)).status).toBe(200);
  expect((await post(`/v1/review-tasks/${task.id}/decision`, system.keys.senior_reviewer, reject)).status).toBe(200);
  const final = (
    await waitFor(
      () => get(`/v1/applications/${app.id}`, system.keys.reviewer),
      (r) => r.body.status === 'rejected',
      30_000,
    )
  ).body;
  expect(final.decision).toMatchObject({ outcome: 'reject', rejectType: 'final', reasons: ['business_not_active'], confirmedBy: { role: 'senior_reviewer' } });
});

it('sends a company the registrar is striking off to a reviewer', async () => {
  const { number, body } = company();
  ch.companies.set(number, { profile: chProfile(number, 'ACME WIDGETS LTD', { company_status_detail: 'active-proposal-to-strike-off' }), officers: [], psc: [] });
  const app = await onboard(body);
  expect(registryCheck(app)).toMatchObject({ status: 'needs_review', code: 'registry_company_striking_off' });
  expect(app.requirements.errors).toContainEqual(expect.objectContaining({ code: 'verification_pending_company_status' }));
});

it('finds a declared owner missing from the PSC register: review task, then a discrepancy report approved and filed', async () => {
  const { number, body, jane } = company();
  ch.companies.set(number, {
    profile: chProfile(number, 'ACME WIDGETS LTD'),
    officers: [chDirector('Doe', 'Jane', jane)],
    psc: [chIndividualPsc('Jane', 'Doe', jane, ['ownership-of-shares-50-to-75-percent', 'voting-rights-50-to-75-percent'])],
  });
  const app = await onboard(body);
  expect(app.status).toBe('in_review');
  const check = registryCheck(app);
  const johnId = app.requirements.beneficialOwners.find((o: any) => o.personId !== check.evidence.ownership.owners[0].declaredPersonId).personId;
  expect(check).toMatchObject({
    status: 'needs_review',
    code: 'registry_ownership_discrepancy',
    evidence: {
      ownership: { basis: 'ownership', owners: [{ ref: 'owner-1', basis: 'ownership', effectiveOver: 50, chain: [{ company: number, interest: 'shares 50-75%, votes 50-75%' }] }], unresolved: [] },
      discrepancies: [{ kind: 'owner_not_in_register', personId: johnId, reportable: true }],
    },
  });
  // The evidence the frontend sees names nobody.
  expect(JSON.stringify(check.evidence)).not.toMatch(/Smith|Doe/);
  expect(app.requirements.errors).toContainEqual(expect.objectContaining({ code: 'verification_failed_beneficial_owners', requirement: 'persons' }));
  expect(app.reviewTasks[0].reasons).toContain('registry_ownership_discrepancy');

  const reportId = check.evidence.discrepancyReportId;
  const officer = system.keys.compliance_officer;
  expect((await get(`/v1/discrepancy-reports/${reportId}`, system.keys.reviewer)).status).toBe(403);
  const listed = await get(`/v1/discrepancy-reports?status=awaiting_approval&applicationId=${app.id}`, officer);
  expect(listed.body.data).toEqual([expect.objectContaining({ id: reportId, registrar: 'Companies House', companyNumber: number, status: 'awaiting_approval', decision: null, filing: null })]);
  const report = (await get(`/v1/discrepancy-reports/${reportId}`, officer)).body;
  expect(report.package).toEqual({
    company: { number, name: 'ACME WIDGETS LTD' },
    obligedEntity: { name: 'Example Marketplace Ltd', email: null, type: 'marketplace (customer due diligence)' },
    discrepancies: [
      {
        kind: 'owner_not_in_register',
        declared: { personId: johnId, name: 'John Smith', birth: (body.persons[1] as { dateOfBirth: string }).dateOfBirth.slice(0, 7), nationality: 'GB', roles: ['owner'], ownershipPercent: 40 },
        register: null,
      },
    ],
  });
  // Stored sealed: it names people.
  expect((await system.db('registry_discrepancy_reports').where({ id: reportId }).first('package')).package).toMatch(/^enc:v1:/);

  // Filing before approval is refused; dismissal needs a reason.
  expect((await post(`/v1/discrepancy-reports/${reportId}/filing`, officer, { reference: 'CH-DISC-1', filedAt: new Date().toISOString() })).body).toMatchObject({
    status: 409,
    code: 'discrepancy_report_not_approved',
  });
  expect((await post(`/v1/discrepancy-reports/${reportId}/decision`, officer, { decision: 'dismiss' })).body).toMatchObject({ status: 400, errors: [{ path: 'reason', code: 'required' }] });
  const approved = await post(`/v1/discrepancy-reports/${reportId}/decision`, officer, { decision: 'approve' });
  expect(approved.status).toBe(200);
  expect(approved.body).toMatchObject({ status: 'approved', decision: { by: expect.stringMatching(/^key_/), reason: null } });
  // The same approval again is answered as it was; a dismissal after it is refused.
  expect((await post(`/v1/discrepancy-reports/${reportId}/decision`, officer, { decision: 'approve' })).status).toBe(200);
  expect((await post(`/v1/discrepancy-reports/${reportId}/decision`, officer, { decision: 'dismiss', reason: 'changed my mind' })).body).toMatchObject({
    status: 409,
    code: 'discrepancy_report_decided',
  });
  const filedAt = new Date().toISOString();
  const filed = await post(`/v1/discrepancy-reports/${reportId}/filing`, officer, { reference: 'CH-DISC-1', filedAt });
  expect(filed.body).toMatchObject({ status: 'filed', filing: { reference: 'CH-DISC-1', filedAt } });
  const audit = await system.db('audit_events').where({ subject_id: app.id }).whereLike('action', 'discrepancy_report.%').orderBy('seq').pluck('action');
  expect(audit).toEqual(['discrepancy_report.opened', 'discrepancy_report.read', 'discrepancy_report.approved', 'discrepancy_report.filed']);
});

it('follows a holding company to the owner at the top, keeps the chain and the LEI parents as evidence, and approves', async () => {
  const { number, body, jane, john } = company();
  (body.business as { lei?: string }).lei = '213800D1EI4B9WTWWD28';
  gleif.entities.set('213800D1EI4B9WTWWD28', {
    lei: '213800D1EI4B9WTWWD28',
    legalName: 'ACME WIDGETS LIMITED',
    registeredAs: number,
    directParent: { exception: 'NATURAL_PERSONS' },
    ultimateParent: { exception: 'NATURAL_PERSONS' },
  });
  const holdco = `0${String(8_200_000 + serial)}`;
  ch.companies.set(number, {
    profile: chProfile(number, 'ACME WIDGETS LTD'),
    officers: [chDirector('Doe', 'Jane', jane)],
    psc: [chIndividualPsc('Jane', 'Doe', jane, ['ownership-of-shares-50-to-75-percent']), chCorporatePsc('Smith Holdings Limited', holdco, ['ownership-of-shares-25-to-50-percent'])],
  });
  ch.companies.set(holdco, { profile: chProfile(holdco, 'SMITH HOLDINGS LIMITED'), officers: [], psc: [chIndividualPsc('John', 'Smith', john, ['ownership-of-shares-75-to-100-percent'])] });
  const app = await onboard(body);
  const check = registryCheck(app);
  expect(check.status).toBe('passed');
  expect(check.evidence.ownership.owners).toEqual([
    expect.objectContaining({ basis: 'ownership', effectiveOver: 50, chain: [{ company: number, interest: 'shares 50-75%' }] }),
    expect.objectContaining({
      basis: 'ownership',
      effectiveOver: 18.75,
      chain: [
        { company: number, interest: 'shares 25-50%' },
        { company: holdco, interest: 'shares 75-100%' },
      ],
    }),
  ]);
  expect(check.evidence.ownership.owners.map((o: any) => o.declaredPersonId).sort()).toEqual(app.requirements.beneficialOwners.map((o: any) => o.personId).sort());
  expect(check.evidence.discrepancies).toEqual([]);
  expect(check.evidence.lei).toEqual({
    lei: '213800D1EI4B9WTWWD28',
    legalName: 'ACME WIDGETS LIMITED',
    entityStatus: 'ACTIVE',
    registrationStatus: 'ISSUED',
    registeredAs: number,
    directParent: { exception: 'NATURAL_PERSONS' },
    ultimateParent: { exception: 'NATURAL_PERSONS' },
  });
  expect(app.status).toBe('approved');
  expect(ch.calls.some((c) => c.path === `/company/${holdco}/persons-with-significant-control`)).toBe(true);
});

it('sends a company whose LEI was retired to a reviewer, naming the LEI as what must change', async () => {
  const { number, body } = company();
  (body.business as { lei?: string }).lei = '529900T8BM49AURSDO55';
  gleif.entities.set('529900T8BM49AURSDO55', { lei: '529900T8BM49AURSDO55', legalName: 'ACME WIDGETS LIMITED', registrationStatus: 'RETIRED' });
  ch.companies.set(number, { profile: chProfile(number, 'ACME WIDGETS LTD'), officers: [], psc: [] });
  const app = await onboard(body);
  expect(registryCheck(app)).toMatchObject({ status: 'needs_review', code: 'lei_not_active', evidence: { lei: { registrationStatus: 'RETIRED' } } });
  expect(app.requirements.errors).toContainEqual(expect.objectContaining({ code: 'verification_failed_lei', requirement: 'business.lei' }));
});

describe('monitoring the registers after approval', () => {
  const runMonitoring = async () => {
    const started = await post('/v1/admin/registry-monitoring-runs', system.keys.admin, {});
    expect(started.status).toBe(202);
    return (
      await waitFor(
        () => get(`/v1/admin/registry-monitoring-runs/${started.body.id}`, system.keys.admin),
        (r) => r.body?.status !== 'running',
        60_000,
      )
    ).body;
  };

  it('picks up a company dissolved after approval and a change of control that still matches, opening an investigation only for the first', async () => {
    const approved = async () => {
      const c = company();
      ch.companies.set(c.number, {
        profile: chProfile(c.number, 'ACME WIDGETS LTD'),
        officers: [chDirector('Doe', 'Jane', c.jane)],
        psc: [chIndividualPsc('Jane', 'Doe', c.jane, ['ownership-of-shares-50-to-75-percent']), chIndividualPsc('John', 'Smith', c.john, ['ownership-of-shares-25-to-50-percent'])],
      });
      const app = await onboard(c.body);
      expect(app.status).toBe('approved');
      return { ...c, app };
    };
    const dissolved = await approved();
    const restructured = await approved();
    const quiet = await approved();

    ch.companies.get(dissolved.number)!.profile.company_status = 'dissolved';
    // Jane now also holds the votes: the register changed, the declared owners still match it.
    ch.companies.get(restructured.number)!.psc![0] = chIndividualPsc('Jane', 'Doe', restructured.jane, ['ownership-of-shares-50-to-75-percent', 'voting-rights-50-to-75-percent']);

    const run = await runMonitoring();
    expect(run).toMatchObject({ object: 'registry_monitoring_run', status: 'completed', unavailable: 0 });
    expect(run.companiesChecked).toBeGreaterThanOrEqual(3);
    expect(run.newRisks).toBe(1);

    const checkOf = async (appId: string) => registryCheck((await get(`/v1/applications/${appId}`, system.keys.reviewer)).body);
    expect(await checkOf(dissolved.app.id)).toMatchObject({ status: 'failed', code: 'registry_company_inactive', evidence: { registerChanges: ['status'], monitoringRun: run.id } });
    expect(await checkOf(restructured.app.id)).toMatchObject({ status: 'passed', evidence: { registerChanges: ['controllers'] } });
    expect((await checkOf(quiet.app.id)).evidence.registerChanges).toBeUndefined();

    const investigation = await waitFor(
      () => system.db('investigations').where({ seller_id: dissolved.app.sellerId }).first(),
      (row) => row !== undefined,
      30_000,
    );
    expect(investigation.signals).toEqual([{ source: 'registry_change', applicationId: dissolved.app.id, checkId: expect.any(String), code: 'registry_company_inactive', changes: ['status'] }]);
    expect(await system.db('investigations').where({ seller_id: restructured.app.sellerId }).first()).toBeUndefined();

    // The same register again is no change: nothing more is opened.
    const again = await runMonitoring();
    expect(again.newRisks).toBe(0);
    expect(again.sanctionsHits).toBe(0);
  });

  it('screens a director appointed after approval: on a sanctions list, the money stops at once; cleared by a reviewer, it flows again and is not raised twice', async () => {
    const c = company();
    ch.companies.set(c.number, {
      profile: chProfile(c.number, 'ACME WIDGETS LTD'),
      officers: [chDirector('Doe', 'Jane', c.jane)],
      psc: [chIndividualPsc('Jane', 'Doe', c.jane, ['ownership-of-shares-50-to-75-percent']), chIndividualPsc('John', 'Smith', c.john, ['ownership-of-shares-25-to-50-percent'])],
    });
    const app = await onboard(c.body);
    expect(app.status).toBe('approved');
    // A new director, named on the (synthetic) list with the same birth month and year; the seller declared no such person.
    ch.companies.get(c.number)!.officers!.push(chDirector('Volkova', 'Irina', { year: 1971, month: 3 }, { appointed_on: '2026-11-30' }));

    const run = await runMonitoring();
    expect(run).toMatchObject({ status: 'completed', sanctionsHits: 1 });
    const seller = () => get(`/v1/sellers/${app.sellerId}`, system.keys.reviewer);
    expect((await seller()).body.capabilities).toMatchObject({ payouts: false, selling: false });
    const [hold] = (await get(`/v1/sellers/${app.sellerId}/enforcements`, system.keys.reviewer)).body.data;
    expect(hold).toMatchObject({ type: 'sanctions_hold', status: 'active' });
    expect(hold.statementOfReasons.listedEntries).toEqual(['ofac-sdn:900001']);
    const check = (await get(`/v1/applications/${app.id}`, system.keys.reviewer)).body.checks.find((k: any) => k.subject.type === 'register_person');
    expect(check).toMatchObject({
      kind: 'sanctions',
      status: 'needs_review',
      code: 'sanctions_potential_match',
      evidence: { newMatches: ['ofac-sdn:900001'], registerPerson: { role: 'officer', position: 2, registerRole: 'director', since: '2026-11-30' }, monitoringRun: run.id },
    });
    // The check names the director by the register's place and a fingerprint, never by name (the matches name the listed entry).
    expect(JSON.stringify({ subject: check.subject, registerPerson: check.evidence.registerPerson })).not.toMatch(/irina|volkova/i);

    // The undeclared director may also be a register change the registry check sends to review
    // (run.newRisks): each signal joins the one case, whose review task is worked once all have joined.
    const signals = 1 + run.newRisks;
    const openTask = () =>
      waitFor(
        () => get('/v1/review-tasks?kind=investigation&status=open', system.keys.reviewer),
        (r) => r.body.data.some((t: any) => t.sellerId === app.sellerId),
      ).then((r) => r.body.data.find((t: any) => t.sellerId === app.sellerId));
    const investigation = await waitFor(
      async () => (await get(`/v1/investigations/${(await openTask()).subjectId}`, system.keys.reviewer)).body,
      (body) => body.signals?.length === signals,
    );
    expect(investigation.signals.map((sig: any) => sig.source)).toContain('screening_hit');
    const task = await openTask();
    expect(task.reasons).toContain('screening_hit');
    expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.reviewer)).status).toBe(200);
    const cleared = await post(`/v1/review-tasks/${task.id}/adjudications`, system.keys.reviewer, {
      checkId: check.id,
      entryId: 'ofac-sdn:900001',
      verdict: 'false_positive',
      note: 'a namesake: the register shows another nationality',
    });
    expect(cleared.status).toBe(201);
    await post(`/v1/review-tasks/${task.id}/decision`, system.keys.reviewer, { outcome: 'no_action', reasons: ['false_positive_match'], note: 'different person' });
    await waitFor(
      () => get(`/v1/enforcements/${hold.id}`, system.keys.reviewer),
      (r) => r.body.status === 'ended',
    );
    expect((await seller()).body.capabilities).toMatchObject({ payouts: true, selling: true });

    // The next run knows the reviewer's verdict for that person and entry.
    expect((await runMonitoring()).sanctionsHits).toBe(0);
  });
});
