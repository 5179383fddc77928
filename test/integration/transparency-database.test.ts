/**
 * Statements of reasons reach the EU DSA Transparency Database (Art. 24(5)) over real HTTP, through
 * a local fake that validates as the database does: each restriction in effect is queued with it and
 * sent in a batch by the submission workflow; a lost answer is looked up by puid and never sent
 * twice; a statement the database refuses is recorded with its errors while the others of its batch
 * are sent again; a 429 is waited out; a warning is never sent.
 */
import { activateEnforcement, beginEnforcement } from '../../db/enforcement/enforcements';
import { ladderStep } from '../../domain/performance/policy';
import { REDRESS, type EnforcementType, type StatementOfReasons } from '../../domain/enforcement/enforcement';
import { newId } from '../../domain/shared/ids';
import { ukCompany } from '../../scripts/sample-applications';
import { TRANSPARENCY_SUBMISSION_WORKFLOW_ID } from '../../temporal/workflow-ids';
import { startFakeTransparencyDatabase, type FakeTransparencyDatabase } from '../helpers/fake-transparency-database';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';
import { validateTdbStatement } from '../../domain/enforcement/transparency-validation';

let tdb: FakeTransparencyDatabase;
let system: System;
let sellerId: string;

beforeAll(async () => {
  tdb = await startFakeTransparencyDatabase();
  system = await startSystem({ env: { TRANSPARENCY_DATABASE_URL: tdb.url, TRANSPARENCY_DATABASE_TOKEN: tdb.token, ENFORCEMENT_NOTICE_HOURS: '0' } });
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany() });
  await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => r.body.status === 'approved',
  );
  sellerId = accepted.body.sellerId;
});
afterAll(async () => {
  await system?.stop();
  await tdb?.stop();
});

const get = (path: string) => call(system.baseUrl, 'GET', path, { key: system.keys.reviewer });

/** An action decided by an investigator and put into effect, as the enforcement workflow's activities do. */
async function inEffect(type: Exclude<EnforcementType, 'sanctions_hold'>, reasons: string[], ground: StatementOfReasons['ground']): Promise<string> {
  const step = ladderStep(type)!;
  const id = newId('enforcement');
  const statement: StatementOfReasons = {
    facts: ['Three buyers received goods bearing a registered trade mark that the rights holder confirmed were not genuine.'],
    ground,
    automatedDetection: false,
    automatedDecision: 'not_automated',
    scope: { type, restrictions: step.restrictions },
    duration: { noticeHours: 0, durationDays: step.durationDays ?? null },
    redress: REDRESS,
    policyVersion: 'investigation',
    reasons,
    source: { type: 'notice' },
  };
  await system.db('enforcement_actions').insert({
    id,
    seller_id: sellerId,
    type,
    status: 'proposed',
    statement: JSON.stringify(statement),
    restrictions: JSON.stringify(step.restrictions),
    automated_detection: false,
    automated_decision: false,
    decided_by: 'key_test',
    decided_by_name: 'test senior_reviewer',
    source: 'investigation',
    source_id: 'inv_test',
  });
  await beginEnforcement(system.db, id, 0);
  await activateEnforcement(system.db, id);
  return id;
}

const terms = { type: 'terms' as const, references: ['Marketplace Terms 7.2 (prohibited items)'], explanation: 'The terms forbid listing items that the law forbids selling.' };
const law = { type: 'law' as const, references: ['Trade Marks Act 1994 s.92'], explanation: 'Selling goods bearing a sign identical to a registered trade mark without consent is an offence.' };

async function submitNow() {
  const handle = await system.temporal.workflow.start('transparencySubmission', {
    workflowId: `${TRANSPARENCY_SUBMISSION_WORKFLOW_ID}:${newId('enforcement')}`,
    taskQueue: system.config.TEMPORAL_TASK_QUEUE,
    args: [],
  });
  return handle.result() as Promise<{ rounds: number; accepted: number; refused: number; remaining: number }>;
}

const submission = async (id: string) => (await get(`/v1/enforcements/${id}`)).body.transparencyDatabase;

it('sends each restriction in effect once, in one batch, and records the uuid the database gave it', async () => {
  const ids = [
    await inEffect('suspension', ['counterfeit_confirmed'], law),
    await inEffect('reduced_visibility', ['policy_violation'], terms),
    await inEffect('feature_restriction', ['prohibited_items_confirmed'], terms),
  ];
  const warning = await inEffect('warning', ['policy_violation'], terms);
  for (const id of ids) expect(await submission(id)).toMatchObject({ status: 'queued', attempts: 0, uuid: null });
  expect(await submission(warning)).toBeNull();
  expect((await get(`/v1/enforcements/${warning}/transparency-database`)).body).toMatchObject({ status: 409, code: 'not_a_restriction' });

  const result = await submitNow();
  expect(result).toMatchObject({ accepted: 3, refused: 0, remaining: 0 });
  expect(tdb.calls.filter((c) => c.method === 'POST')).toEqual([{ method: 'POST', path: '/api/v1/statements', count: 3 }]);
  for (const id of ids) {
    const record = await submission(id);
    expect(record).toMatchObject({ status: 'accepted', attempts: 1, uuid: tdb.statements.get(id)!.uuid, errors: null });
    expect(validateTdbStatement(tdb.statements.get(id)!)).toEqual({});
  }
  expect(tdb.statements.get(ids[0])).toMatchObject({
    category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
    category_specification: ['KEYWORD_TRADEMARK_INFRINGEMENT'],
    decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
    source_type: 'SOURCE_ARTICLE_16',
    decision_account: 'DECISION_ACCOUNT_SUSPENDED',
  });
  expect(tdb.statements.has(warning)).toBe(false);
  const audit = await system.db('audit_events').where({ action: 'transparency_statement.accepted' }).select('data');
  expect(audit.map((a) => a.data.enforcementId).sort()).toEqual([...ids].sort());
  // Nothing more to send: the next run sends nothing.
  expect(await submitNow()).toMatchObject({ accepted: 0, remaining: 0 });
});

it('never sends a statement twice when the answer is lost after the database created it', async () => {
  const id = await inEffect('suspension', ['fraud_confirmed'], law);
  const before = tdb.calls.length;
  tdb.misbehave({ createThenFail: true });
  const result = await submitNow();
  expect(result).toMatchObject({ accepted: 1, remaining: 0 });
  // One POST created it; the retry asked whether the puid was there instead of sending it again.
  expect(tdb.calls.slice(before)).toEqual([
    { method: 'POST', path: '/api/v1/statements', count: 1 },
    { method: 'GET', path: `/api/v1/statement/existing-puid/${id}` },
  ]);
  expect([...tdb.statements.keys()].filter((p) => p === id)).toHaveLength(1);
  expect(await submission(id)).toMatchObject({ status: 'accepted', attempts: 1 });
});

it('records a refusal with the database’s errors and sends the rest of the batch again', async () => {
  const refused = await inEffect('suspension', ['counterfeit_confirmed'], law);
  const fine = await inEffect('reduced_visibility', ['policy_violation'], terms);
  const reasons = { category: ['The selected category is invalid.'] };
  // The database refuses the first statement of the next batch for a rule of its own; the batch creates nothing.
  tdb.misbehave({ status: 429, retryAfter: 1 }, { refuse: { 0: reasons } });
  const result = await submitNow();
  expect(result).toMatchObject({ accepted: 1, refused: 1, remaining: 0 });
  expect(await submission(refused)).toMatchObject({ status: 'refused', errors: reasons });
  expect(await submission(fine)).toMatchObject({ status: 'accepted', attempts: 3 });
  expect(tdb.statements.has(refused)).toBe(false);
  const audit = await system.db('audit_events').where({ action: 'transparency_statement.refused' }).first('data');
  expect(audit.data).toMatchObject({ enforcementId: refused, by: 'database', fields: ['category'] });
});

it('refuses locally, and never sends, a statement the database’s validation would refuse', async () => {
  const id = await inEffect('deactivation', ['policy_violation'], terms);
  // A statement queued before content_date was required, with the category the database removed in July 2025.
  const { statement } = await system.db('transparency_statements').where({ puid: id }).first('statement');
  delete statement.content_date;
  await system
    .db('transparency_statements')
    .where({ puid: id })
    .update({ statement: JSON.stringify({ ...statement, category: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE' }) });
  const posts = tdb.calls.filter((c) => c.method === 'POST').length;
  expect(await submitNow()).toMatchObject({ refused: 1, remaining: 0 });
  expect(tdb.calls.filter((c) => c.method === 'POST').length).toBe(posts);
  expect((await submission(id)).errors).toEqual({
    category: ['The selected category is invalid.'],
    content_date: ['The content date field is required.'],
  });
});
