/**
 * Onboarding over real HTTP, against the real Temporal dev server and a real Postgres database:
 * the approve path, the review path (claim, four-hands refusal, decide), a final rejection and
 * idempotent resubmission.
 */
import { call, waitFor } from '../helpers/http';
import { uniqueIban, ukCompany } from '../../scripts/sample-applications';
import { startSystem, type System } from '../helpers/system';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

const submit = (body: unknown, headers: Record<string, string> = {}) => call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body, headers });

const read = (id: string, key = system.keys.onboarding_frontend) => call(system.baseUrl, 'GET', `/v1/applications/${id}`, { key });

const settled = (id: string, statuses: string[]) =>
  waitFor(
    () => read(id),
    (r) => statuses.includes(r.body?.status),
  );

describe('a clean UK company', () => {
  it('moves submitted -> verifying -> approved with one check per subject and kind', async () => {
    const accepted = await submit(ukCompany());
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ status: 'submitted' });
    expect(accepted.body.id).toMatch(/^app_/);
    expect(accepted.body.sellerId).toMatch(/^sel_/);
    expect(accepted.headers.get('location')).toBe(`/v1/applications/${accepted.body.id}`);

    const done = await settled(accepted.body.id, ['approved', 'rejected', 'in_review']);
    expect(done.body.status).toBe('approved');
    const checks: Array<{ kind: string; subject: { type: string; id: string }; status: string }> = done.body.checks;
    // registry + sanctions for the business, identity + sanctions for each of two persons, the bank account
    expect(checks).toHaveLength(7);
    expect(new Set(checks.map((c) => `${c.kind}/${c.subject.id}`)).size).toBe(7);
    expect(checks.every((c) => c.status === 'passed')).toBe(true);
    expect(checks.filter((c) => c.subject.type === 'person' && c.kind === 'identity')).toHaveLength(2);
    expect(done.body.decision).toMatchObject({ outcome: 'approve', automated: true });
    expect(done.body.risk).toMatchObject({ level: 'low', score: 0 });
    expect(done.body.requirements).toMatchObject({ pendingVerification: [], errors: [] });

    const history = await system.db('audit_events').where({ subject_id: accepted.body.id }).orderBy('seq').pluck('action');
    expect(history[0]).toBe('application.submitted');
    expect(history).toContain('application.status_changed');
    expect(history[history.length - 1]).toBe('application.approved');
    const seller = await call(system.baseUrl, 'GET', `/v1/sellers/${accepted.body.sellerId}`, { key: system.keys.onboarding_frontend });
    expect(seller.status).toBe(200);
    expect(seller.body).toMatchObject({
      id: accepted.body.sellerId,
      status: 'active',
      capabilities: { listing: true, selling: true, payouts: true },
      applications: [{ id: accepted.body.id, status: 'approved' }],
    });
    expect((await call(system.baseUrl, 'GET', '/v1/sellers/sel_zzzzzzzzzzzzzzzzzzzz', { key: system.keys.reviewer })).status).toBe(404);
  });
});

describe('requirements', () => {
  it('says what is due, by when and why, and sends the application to a reviewer', async () => {
    const body = ukCompany();
    delete (body.persons[1] as { address?: unknown }).address;
    const accepted = await submit(body);
    const app = (await settled(accepted.body.id, ['in_review', 'approved'])).body;
    expect(app.status).toBe('in_review');
    const ownerId = app.checks.find((c: any) => c.kind === 'identity' && c.evidence.documentChecked === false).subject.id;
    expect(app.requirements).toMatchObject({
      version: 'requirements-2026-12-v3',
      currentlyDue: [`persons.${ownerId}.address`],
      pastDue: [],
      disabledReason: 'requirements_due',
    });
    expect(new Date(app.requirements.currentDeadline).getTime() - new Date(app.submittedAt).getTime()).toBe(14 * 86_400_000);
    expect(app.reviewTasks[0].reasons).toEqual(['requirements_due']);
    // The task names its seller, in the application and in the queue.
    expect(app.reviewTasks[0].sellerId).toBe(app.sellerId);
    const queued = await call(system.baseUrl, 'GET', '/v1/review-tasks?kind=application&status=open&limit=100', { key: system.keys.reviewer });
    expect(queued.body.data.find((t: any) => t.id === app.reviewTasks[0].id)).toMatchObject({ sellerId: app.sellerId });
    expect(await system.db('review_tasks').where({ id: app.reviewTasks[0].id }).first('seller_id')).toEqual({ seller_id: app.sellerId });
  });
});

describe('a sanctions hit', () => {
  async function inReview(overrides: Parameters<typeof ukCompany>[0]) {
    const accepted = await submit(ukCompany(overrides));
    const app = await settled(accepted.body.id, ['in_review', 'approved']);
    expect(app.body.status).toBe('in_review');
    return app.body;
  }

  const decide = (taskId: string, key: string, body: unknown) => call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/decision`, { key, body });
  const claim = (taskId: string, key: string) => call(system.baseUrl, 'POST', `/v1/review-tasks/${taskId}/claim`, { key });

  it('goes to review; one reviewer approves, a second confirms (four eyes), and the decision says who and why', async () => {
    const app = await inReview({ ownerName: ['Irina', 'Volkova'] });
    const screening = app.checks.find((c: any) => c.kind === 'sanctions' && c.status !== 'passed');
    expect(screening).toMatchObject({ status: 'needs_review', code: 'sanctions_potential_match' });
    expect(screening.evidence.matches[0]).toMatchObject({ entryId: 'ofac-sdn:900001' });
    expect(screening.evidence.listVersion).toMatch(/^sha256:/);
    expect(app.requirements.errors).toContainEqual(expect.objectContaining({ code: 'sanctions_potential_match' }));
    expect(app.risk.level).toBe('high');

    const queue = await call(system.baseUrl, 'GET', '/v1/review-tasks?status=open&queue=sanctions', { key: system.keys.reviewer });
    expect(queue.status).toBe(200);
    const task = queue.body.data.find((t: any) => t.applicationId === app.id);
    expect(task).toMatchObject({ status: 'open', queue: 'sanctions', priority: 1 });
    expect(new Date(task.slaDueAt).getTime()).toBeGreaterThan(Date.now());

    const approve = { outcome: 'approve', reasons: ['false_positive_match'], note: 'date of birth and nationality differ from the listed person' };
    // Deciding before claiming is refused by the workflow's validator.
    const early = await decide(task.id, system.keys.reviewer, approve);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('review_task_not_claimed_by_caller');

    const claimed = await claim(task.id, system.keys.reviewer);
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ status: 'claimed', assignee: { name: 'test reviewer' } });
    const other = await claim(task.id, system.keys.senior_reviewer);
    expect(other.status).toBe(409);
    expect(other.body.code).toBe('review_task_claimed_by_another');
    expect((await decide(task.id, system.keys.senior_reviewer, approve)).status).toBe(409);

    const first = await decide(task.id, system.keys.reviewer, approve);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ awaitingSecondReview: true, applicationStatus: 'in_review' });
    const waiting = await call(system.baseUrl, 'GET', '/v1/review-tasks?status=awaiting_second_review', { key: system.keys.senior_reviewer });
    expect(waiting.body.data.find((t: any) => t.id === task.id)).toMatchObject({ firstReview: { by: { name: 'test reviewer' }, outcome: 'approve' }, assignee: null });
    const self = await claim(task.id, system.keys.reviewer);
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('four_eyes_same_reviewer');

    expect((await claim(task.id, system.keys.senior_reviewer)).status).toBe(200);
    const confirmed = await decide(task.id, system.keys.senior_reviewer, { outcome: 'approve', reasons: ['false_positive_match'], note: 'agreed' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ applicationStatus: 'approved' });

    const final = await read(app.id, system.keys.reviewer);
    expect(final.body.status).toBe('approved');
    expect(final.body.decision).toMatchObject({
      outcome: 'approve',
      automated: false,
      reasons: ['false_positive_match'],
      decidedBy: { name: 'test reviewer', role: 'reviewer' },
      confirmedBy: { name: 'test senior_reviewer', role: 'senior_reviewer' },
    });
    expect(final.body.reviewTasks[0]).toMatchObject({ id: task.id, status: 'decided' });

    const again = await decide(task.id, system.keys.reviewer, approve);
    expect(again.status).toBe(409);
    expect(await system.db('decisions').where({ application_id: app.id }).count('* as n').first()).toEqual({ n: '1' });
  });

  it('a final rejection of a listed business needs a second reviewer too', async () => {
    const app = await inReview({ legalName: 'Blackwater Maritime Trading LLC' });
    const task = app.reviewTasks[0];
    const reject = { outcome: 'reject', rejectType: 'final', reasons: ['sanctions_match_confirmed'], note: 'listed entity' };
    expect((await claim(task.id, system.keys.compliance_officer)).status).toBe(200);
    expect((await decide(task.id, system.keys.compliance_officer, reject)).status).toBe(202);
    expect((await claim(task.id, system.keys.senior_reviewer)).status).toBe(200);
    expect((await decide(task.id, system.keys.senior_reviewer, reject)).status).toBe(200);
    const final = await read(app.id);
    expect(final.body).toMatchObject({ status: 'rejected', decision: { outcome: 'reject', rejectType: 'final', decidedBy: { role: 'compliance_officer' }, confirmedBy: { role: 'senior_reviewer' } } });
    const seller = await call(system.baseUrl, 'GET', `/v1/sellers/${app.sellerId}`, { key: system.keys.reviewer });
    expect(seller.body).toMatchObject({ status: 'rejected', capabilities: { listing: false, selling: false, payouts: false } });
    expect(final.body.requirements.disabledReason).toBe('rejected');
  });

  it('one reviewer decides a medium-risk application alone', async () => {
    const accepted = await submit(ukCompany({ registrationNumber: '00000000' }));
    const app = (await settled(accepted.body.id, ['in_review'])).body;
    expect(app.risk.level).toBe('medium');
    const task = app.reviewTasks[0];
    await claim(task.id, system.keys.reviewer);
    const res = await decide(task.id, system.keys.reviewer, { outcome: 'reject', rejectType: 'retry', reasons: ['business_not_found'] });
    expect(res.status).toBe(200);
    expect((await read(app.id)).body.decision).toMatchObject({ outcome: 'reject', rejectType: 'retry', confirmedBy: null });
  });

  it('refuses a decision whose reasons do not fit the outcome, naming the field', async () => {
    const app = await inReview({ ownerName: ['Oleksandr', 'Petrenko'] });
    const res = await call(system.baseUrl, 'POST', `/v1/review-tasks/${app.reviewTasks[0].id}/decision`, {
      key: system.keys.reviewer,
      body: { outcome: 'reject', reasons: ['false_positive_match'] },
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: any) => e.path).sort()).toEqual(['reasons[0]', 'rejectType']);
  });
});

describe('links to sellers turned away', () => {
  it('scores an application high when its bank account belongs to a rejected seller, and says why', async () => {
    const shared = uniqueIban();
    const first = (await settled((await submit(ukCompany({ legalName: 'Blackwater Maritime Trading LLC', iban: shared }))).body.id, ['in_review'])).body;
    const task = first.reviewTasks[0];
    const reject = { outcome: 'reject', rejectType: 'final', reasons: ['sanctions_match_confirmed'] };
    await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/claim`, { key: system.keys.reviewer });
    await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/decision`, { key: system.keys.reviewer, body: reject });
    await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/claim`, { key: system.keys.senior_reviewer });
    expect((await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/decision`, { key: system.keys.senior_reviewer, body: reject })).status).toBe(200);

    const second = (await settled((await submit(ukCompany({ legalName: 'Fresh Start Trading Ltd', iban: shared }))).body.id, ['in_review', 'approved'])).body;
    expect(second.status).toBe('in_review');
    expect(second.checks.every((c: any) => c.status === 'passed' || c.code === 'bank_account_name_mismatch')).toBe(true);
    expect(second.risk.contributions).toContainEqual(expect.objectContaining({ rule: 'link.bank_account', points: 60, explanation: expect.stringContaining(first.sellerId) }));
    expect(second.risk.level).toBe('high');
    // The fingerprints are keyed hashes: the stored value is not the account number.
    const stored = await system.db('bank_accounts').where({ application_id: second.id }).first('fingerprint');
    expect(stored.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.fingerprint).not.toContain(shared.slice(4));
  });
});

describe('the review queue', () => {
  it('pages by SLA with a cursor and filters by assignee', async () => {
    const apps = [];
    for (let i = 0; i < 3; i++) apps.push((await submit(ukCompany({ registrationNumber: '00000000' }))).body.id);
    for (const id of apps) await settled(id, ['in_review']);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await call(system.baseUrl, 'GET', `/v1/review-tasks?status=open&queue=verification&limit=2${cursor ? `&cursor=${cursor}` : ''}`, { key: system.keys.reviewer });
      expect(page.status).toBe(200);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((t: any) => t.slaDueAt + t.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(3);

    const task = (await read(apps[0], system.keys.reviewer)).body.reviewTasks[0];
    expect(task.reasons).toEqual(['registry_not_found']);
    await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/claim`, { key: system.keys.senior_reviewer });
    const mine = await call(system.baseUrl, 'GET', '/v1/review-tasks?assignee=me&status=claimed', { key: system.keys.senior_reviewer });
    expect(mine.body.data.map((t: any) => t.id)).toEqual([task.id]);

    const bad = await call(system.baseUrl, 'GET', '/v1/review-tasks?cursor=nonsense&limit=0', { key: system.keys.reviewer });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.path)).toContain('query.limit');
  });
});

describe('a request for information', () => {
  it('tells the seller what is due and by when; the answer re-verifies what it changed and the application is approved', async () => {
    const accepted = await submit(ukCompany({ registrationNumber: '00000000' }));
    const app = (await settled(accepted.body.id, ['in_review'])).body;
    const task = app.reviewTasks[0];
    await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/claim`, { key: system.keys.reviewer });
    const asked = await call(system.baseUrl, 'POST', `/v1/review-tasks/${task.id}/decision`, {
      key: system.keys.reviewer,
      body: { outcome: 'request_information', reasons: ['document_required'], requestedItems: ['business.registrationNumber'], note: 'Your company number was not found.' },
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ object: 'information_request', applicationStatus: 'information_requested' });

    const waiting = (await read(app.id)).body;
    expect(waiting.status).toBe('information_requested');
    expect(waiting.informationRequest).toMatchObject({ status: 'open', items: ['business.registrationNumber'], message: 'Your company number was not found.' });
    expect(waiting.requirements).toMatchObject({ currentlyDue: ['business.registrationNumber'], currentDeadline: waiting.informationRequest.dueAt, disabledReason: 'requirements_due' });
    expect(new Date(waiting.informationRequest.dueAt).getTime() - new Date(waiting.informationRequest.requestedAt).getTime()).toBe(14 * 86_400_000);

    const invalid = await call(system.baseUrl, 'POST', `/v1/applications/${app.id}/information`, {
      key: system.keys.onboarding_frontend,
      body: { business: { registrationNumber: '' }, colour: 'red' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: any) => e.path).sort()).toEqual(['business.registrationNumber', 'colour']);

    const answered = await call(system.baseUrl, 'POST', `/v1/applications/${app.id}/information`, { key: system.keys.onboarding_frontend, body: { business: { registrationNumber: '87654321' } } });
    expect(answered.status).toBe(202);
    const done = (await settled(app.id, ['approved', 'in_review'])).body;
    expect(done.status).toBe('approved');
    expect(done.checks.find((c: any) => c.kind === 'business_registry').status).toBe('passed');
    expect(done.informationRequest).toMatchObject({ status: 'answered' });
    const audit = await system.db('audit_events').where({ subject_id: app.id, action: 'application.information_provided' }).first();
    expect(audit.data.fields).toEqual(['business.registrationNumber']);
    expect(JSON.stringify(audit.data)).not.toContain('87654321');

    const late = await call(system.baseUrl, 'POST', `/v1/applications/${app.id}/information`, { key: system.keys.onboarding_frontend, body: { business: { registrationNumber: '1' } } });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('no_open_information_request');
  });
});

describe('withdrawal', () => {
  it('withdraws an application in review: its task is cancelled and a second withdrawal or a decision is refused', async () => {
    const accepted = await submit(ukCompany({ registrationNumber: '00000000' }));
    const app = (await settled(accepted.body.id, ['in_review'])).body;
    const res = await call(system.baseUrl, 'POST', `/v1/applications/${app.id}/withdraw`, { key: system.keys.onboarding_frontend, body: { reason: 'no longer selling' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: app.id, object: 'application', status: 'withdrawn' });
    const after = await settled(app.id, ['withdrawn']);
    expect(after.body).toMatchObject({ status: 'withdrawn', requirements: { disabledReason: 'withdrawn' } });
    expect(after.body.reviewTasks[0].status).toBe('cancelled');
    const audit = await system.db('audit_events').where({ subject_id: app.id, action: 'application.withdrawn' }).first();
    expect(audit.data).toMatchObject({ from: 'in_review', to: 'withdrawn', reason: 'no longer selling' });

    const again = await call(system.baseUrl, 'POST', `/v1/applications/${app.id}/withdraw`, { key: system.keys.onboarding_frontend });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('application_already_decided');
    const claimAfter = await call(system.baseUrl, 'POST', `/v1/review-tasks/${app.reviewTasks[0].id}/claim`, { key: system.keys.reviewer });
    expect(claimAfter.status).toBe(409);
  });

  it('refuses to withdraw an approved application, and reviewers may not withdraw', async () => {
    const accepted = await submit(ukCompany());
    await settled(accepted.body.id, ['approved']);
    const late = await call(system.baseUrl, 'POST', `/v1/applications/${accepted.body.id}/withdraw`, { key: system.keys.onboarding_frontend });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('application_already_decided');
    expect((await call(system.baseUrl, 'POST', `/v1/applications/${accepted.body.id}/withdraw`, { key: system.keys.reviewer })).status).toBe(403);
  });
});

describe('idempotent submission', () => {
  it('the same key and body give the same application once; a different body is refused', async () => {
    const body = ukCompany();
    const key = `idem-${Date.now()}`;
    const first = await submit(body, { 'Idempotency-Key': key });
    const second = await submit(body, { 'Idempotency-Key': key });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body).toEqual(first.body);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    // One statement reserved the key, whether new or seen: the row holds the first request's ID.
    expect(await system.db('idempotency_keys').where({ key }).pluck('resource_id')).toEqual([first.body.id]);

    const changed = await submit({ ...body, country: 'IE', bankAccount: { accountHolderName: 'x', iban: 'IE29AIBK93115212345678' } }, { 'Idempotency-Key': key });
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('idempotency_key_reused');

    await settled(first.body.id, ['approved']);
    const rows = await system.db('applications').where({ seller_id: first.body.sellerId });
    expect(rows).toHaveLength(1);
    const submittedEvents = await system.db('audit_events').where({ subject_id: first.body.id, action: 'application.submitted' });
    expect(submittedEvents).toHaveLength(1);
  });

  it('without a key, two submissions are two applications for the same seller', async () => {
    const body = ukCompany();
    const a = await submit(body);
    const b = await submit(body);
    expect(a.body.id).not.toBe(b.body.id);
    expect(a.body.sellerId).toBe(b.body.sellerId);
  });
});

describe('the company register match', () => {
  it('records the match quality, and a registered office elsewhere goes to a reviewer', async () => {
    const clean = await settled((await submit(ukCompany())).body.id, ['approved', 'in_review']);
    expect(clean.body.checks.find((c: any) => c.kind === 'business_registry').evidence).toMatchObject({ nameMatchScore: 1, addressMatches: true });

    const moved = await settled((await submit(ukCompany({ legalName: 'Moved Widgets Ltd' }))).body.id, ['approved', 'in_review']);
    expect(moved.body.status).toBe('in_review');
    expect(moved.body.checks.find((c: any) => c.kind === 'business_registry')).toMatchObject({ status: 'needs_review', code: 'registry_address_mismatch', evidence: { addressMatches: false } });
    expect(moved.body.requirements.errors).toContainEqual(expect.objectContaining({ code: 'verification_failed_address_match', requirement: 'business.registrationNumber' }));
  });
});
