/**
 * A regulator's inquiry from submission to approved response, over real HTTP: acknowledged at once,
 * bound to the authority's jurisdiction, limited to what the legal basis reaches, approved by two
 * compliance officers because identity documents go out, and read by the regulator (audited).
 */
import { createApiKey } from '../../db/access/api-keys';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let system: System;
let ukRegulator: string;
let secondOfficer: string;
beforeAll(async () => {
  system = await startSystem();
  ukRegulator = (await createApiKey(system.db, 'regulator', 'UK trading standards', { authority: 'UK Trading Standards', jurisdiction: 'GB' })).key;
  secondOfficer = (await createApiKey(system.db, 'compliance_officer', 'second officer')).key;
});
afterAll(async () => {
  await system?.stop();
});

const get = (path: string, key: string) => call(system.baseUrl, 'GET', path, { key });
const post = (path: string, key: string, body?: unknown) => call(system.baseUrl, 'POST', path, { key, body });
const dueAt = () => new Date(Date.now() + 10 * 86_400_000).toISOString();

it('goes from a regulator’s order to an approved, minimal, audited response', async () => {
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, ukCompany());
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`, system.keys.reviewer),
    (r) => r.body.status === 'approved',
  );
  const sellerId = accepted.body.sellerId;

  // The EU authority's key reaches EU sellers only: a UK seller reads as unknown.
  const outside = await post('/v1/inquiries', system.keys.regulator, { reference: 'EU-1', legalBasis: 'dsa_art_10', sellers: [{ sellerId }], categories: ['trader_traceability'], dueAt: dueAt() });
  expect(outside.body.errors).toEqual([expect.objectContaining({ path: 'sellers[0].sellerId', code: 'unknown_seller' })]);
  // A DSA order cannot reach identity documents.
  const beyond = await post('/v1/inquiries', ukRegulator, {
    reference: 'TS-0',
    legalBasis: 'dsa_art_10',
    sellers: [{ sellerId }],
    categories: ['trader_traceability', 'identity_documents'],
    dueAt: dueAt(),
  });
  expect(beyond.body.errors).toEqual([expect.objectContaining({ path: 'categories[1]' })]);

  const order = {
    reference: 'TS-2026-0042',
    legalBasis: 'aml_record_request',
    legalBasisDetail: 'Notice under reg. 40',
    sellers: [{ sellerId }],
    categories: ['trader_traceability', 'identity_documents', 'audit_trail'],
    dueAt: dueAt(),
  };
  const received = await post('/v1/inquiries', ukRegulator, order);
  expect(received.status).toBe(202);
  expect(received.body).toMatchObject({ object: 'inquiry', status: 'received', authority: 'UK Trading Standards', legalBasis: { code: 'aml_record_request' } });
  expect(Date.now() - Date.parse(received.body.acknowledgedAt)).toBeLessThan(60_000);
  const id = received.body.id;
  // The same order sent again (a regulator's retry) is the same inquiry, recorded once.
  const again = await post('/v1/inquiries', ukRegulator, order);
  expect(again.status).toBe(202);
  expect(again.body.id).toBe(id);

  expect((await get(`/v1/inquiries/${id}`, system.keys.regulator)).status).toBe(404); // another authority
  await waitFor(
    () => get(`/v1/inquiries/${id}`, ukRegulator),
    (r) => r.body.status === 'awaiting_approval',
  );
  expect((await get(`/v1/inquiries/${id}/response`, ukRegulator)).body.code).toBe('response_not_approved');

  // The officer reviews exactly what would go out: only the categories asked for.
  const draft = (await get(`/v1/inquiries/${id}/response`, system.keys.compliance_officer)).body;
  expect(Object.keys(draft.sellers[0]).sort()).toEqual(['auditTrail', 'identityDocuments', 'sellerId', 'traderTraceability']);
  expect(draft.sellers[0].traderTraceability).toMatchObject({ legalName: 'Acme Widgets Ltd', tradeRegister: '12345678', paymentAccount: { scheme: 'iban' } });
  expect(JSON.stringify(draft.sellers[0].traderTraceability)).not.toMatch(/GB\d{2}BUKB/); // the account number stays out: last four only

  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=inquiry&status=open', system.keys.compliance_officer),
      (r) => r.body.data.some((t: any) => t.subjectId === id),
    )
  ).body.data.find((t: any) => t.subjectId === id);
  expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.reviewer)).body.code).toBe('compliance_officer_required');
  expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.compliance_officer)).status).toBe(200);
  const first = await post(`/v1/review-tasks/${task.id}/decision`, system.keys.compliance_officer, { outcome: 'approve', note: 'within the notice' });
  expect(first).toMatchObject({ status: 202, body: { awaitingSecondApproval: true } });
  expect((await post(`/v1/review-tasks/${task.id}/claim`, system.keys.compliance_officer)).body.code).toBe('four_eyes_same_reviewer');
  expect((await post(`/v1/review-tasks/${task.id}/claim`, secondOfficer)).status).toBe(200);
  const second = await post(`/v1/review-tasks/${task.id}/decision`, secondOfficer, { outcome: 'approve', note: 'identity documents are within reg. 40' });
  expect(second.body).toMatchObject({ inquiryStatus: 'answered' });

  const answered = (
    await waitFor(
      () => get(`/v1/inquiries/${id}`, ukRegulator),
      (r) => r.body.status === 'answered',
    )
  ).body;
  expect(answered.actedOnAt).not.toBeNull();
  expect(answered.approvedBy.map((a: any) => a.name)).toEqual(['test compliance_officer', 'second officer']);
  const response = (await get(`/v1/inquiries/${id}/response`, ukRegulator)).body;
  expect(response).toMatchObject({ object: 'inquiry_response', status: 'answered', legalBasis: 'aml_record_request' });
  expect(response.sellers[0].identityDocuments[0].idDocument).toMatchObject({ type: 'passport', issuingCountry: 'GB' });
  expect(response.sellers[0].auditTrail.map((e: any) => e.action)).toContain('application.approved');
  const reads = await system.db('audit_events').where({ subject_id: id, action: 'inquiry.response_read' }).pluck('actor_role');
  expect(reads.sort()).toEqual(['compliance_officer', 'regulator']);
});

it('lists inquiries by deadline for compliance officers, and only its own to a regulator', async () => {
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, ukCompany());
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`, system.keys.reviewer),
    (r) => r.body.status === 'approved',
  );
  const sellers = [{ sellerId: accepted.body.sellerId }];
  const soon = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const later = new Date(Date.now() + 20 * 86_400_000).toISOString();
  const urgent = (await post('/v1/inquiries', ukRegulator, { reference: 'TS-LIST-1', legalBasis: 'dsa_art_10', sellers, categories: ['trader_traceability'], dueAt: soon })).body;
  const relaxed = (await post('/v1/inquiries', ukRegulator, { reference: 'TS-LIST-2', legalBasis: 'dsa_art_10', sellers, categories: ['trader_traceability'], dueAt: later })).body;

  const all = (await get('/v1/inquiries', system.keys.compliance_officer)).body.data.map((q: any) => q.id);
  expect(all.indexOf(urgent.id)).toBeLessThan(all.indexOf(relaxed.id));
  // Paged one at a time, the cursor walks the same order.
  const first = (await get('/v1/inquiries?limit=1', system.keys.compliance_officer)).body;
  const second = (await get(`/v1/inquiries?limit=1&cursor=${first.nextCursor}`, system.keys.compliance_officer)).body;
  expect([first.data[0].id, second.data[0].id]).toEqual(all.slice(0, 2));

  expect((await get('/v1/inquiries', ukRegulator)).body.data.every((q: any) => q.authority === 'UK Trading Standards')).toBe(true);
  // The EU test regulator filed nothing that was accepted: it lists nothing of the UK authority's.
  expect((await get('/v1/inquiries', system.keys.regulator)).body.data.map((q: any) => q.id)).not.toContain(urgent.id);
  expect((await get('/v1/inquiries?status=declined', system.keys.compliance_officer)).body.data.map((q: any) => q.id)).not.toContain(urgent.id);
  expect((await get('/v1/inquiries?cursor=garbage', system.keys.compliance_officer)).body.errors[0].path).toBe('query.cursor');
  expect((await get('/v1/inquiries', system.keys.reviewer)).status).toBe(403);
});
