/**
 * A regulator's inquiry from submission to approved response, over real HTTP: acknowledged at once,
 * bound to the sellers within the authority's reach, limited to what the legal basis reaches, approved
 * by two compliance officers because identity documents go out, and read by the regulator (audited);
 * an order by post logged by a compliance officer; the seller told of it unless the order forbids it;
 * the package sealed at rest and erased at the end of its period.
 */
import { createApiKey } from '../../db/access/api-keys';
import { inquiryWorkflowId } from '../../temporal/workflow-ids';
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

it('reaches a trader by where it offers to consumers, logs an order that came by post, tells the seller, and keeps the package sealed for its period', async () => {
  // A UK company that also sells to consumers in Germany: within reach of an EU order under the DSA, not of an EU AML request.
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, { ...ukCompany(), sellingRegions: ['GB', 'DE'] });
  // Selling into the Union it owes the DSA Art. 30 copy of an identity document: in review, but a seller all the same.
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`, system.keys.reviewer),
    (r) => r.body.status === 'in_review',
  );
  const sellers = [{ sellerId: accepted.body.sellerId }];
  const aml = await post('/v1/inquiries', system.keys.regulator, {
    reference: 'EU-AML-1',
    legalBasis: 'aml_record_request',
    sellers,
    categories: ['trader_traceability'],
    dueAt: dueAt(),
    sellerNotice: { withhold: true },
  });
  expect(aml.body.errors).toEqual([expect.objectContaining({ path: 'sellers[0].sellerId', code: 'unknown_seller' })]);

  // The order came by post: a compliance officer logs it, saying who sent it and when it arrived.
  const byPost = {
    reference: 'BNetzA-2026-117',
    legalBasis: 'dsa_art_10',
    sellers,
    categories: ['trader_traceability', 'verification_summary'],
    dueAt: dueAt(),
    receivedFrom: { authority: 'Bundesnetzagentur', jurisdiction: 'DE', via: 'post', receivedAt: new Date(Date.now() - 86_400_000).toISOString() },
  };
  expect((await post('/v1/inquiries', system.keys.compliance_officer, { ...byPost, receivedFrom: undefined })).body.errors).toEqual([
    expect.objectContaining({ path: 'receivedFrom', code: 'required' }),
  ]);
  expect((await post('/v1/inquiries', system.keys.regulator, byPost)).body.errors).toEqual([expect.objectContaining({ path: 'receivedFrom', code: 'not_allowed' })]);
  expect((await post('/v1/inquiries', system.keys.reviewer, byPost)).status).toBe(403);
  const logged = await post('/v1/inquiries', system.keys.compliance_officer, byPost);
  expect(logged.status).toBe(202);
  expect(logged.body).toMatchObject({ authority: 'Bundesnetzagentur', receivedVia: 'post', receivedAt: byPost.receivedFrom.receivedAt, sellerNotice: { withheld: false, notifiedAt: null } });
  const id = logged.body.id;
  await waitFor(
    () => get(`/v1/inquiries/${id}`, system.keys.compliance_officer),
    (r) => r.body.status === 'awaiting_approval',
  );
  // At rest the package is one sealed value; the officer reads it opened.
  const stored = await system.db('inquiries').where({ id }).first('response');
  expect(stored.response).toMatch(/^enc:v1:/);
  const draft = (await get(`/v1/inquiries/${id}/response`, system.keys.compliance_officer)).body;
  expect(draft.sellers[0].traderTraceability).toMatchObject({ legalName: 'Acme Widgets Ltd' });
  // A DSA order never carries identity documents, whatever it asks for.
  expect(JSON.stringify(draft)).not.toMatch(/idDocument|passport|identityDocuments/);

  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=inquiry&status=open', system.keys.compliance_officer),
      (r) => r.body.data.some((t: any) => t.subjectId === id),
    )
  ).body.data.find((t: any) => t.subjectId === id);
  await post(`/v1/review-tasks/${task.id}/claim`, secondOfficer);
  expect((await post(`/v1/review-tasks/${task.id}/decision`, secondOfficer, { outcome: 'approve', note: 'Art. 10 order, trader data only' })).body).toMatchObject({ inquiryStatus: 'answered' });

  // The seller is told of the order and what was given (DSA Art. 10(5)).
  const answered = (
    await waitFor(
      () => get(`/v1/inquiries/${id}`, system.keys.compliance_officer),
      (r) => r.body.sellerNotice.notifiedAt !== null,
    )
  ).body;
  const told = await system.db('events').where({ seller_id: accepted.body.sellerId, type: 'inquiry.order_received' }).first('data');
  expect(told.data).toMatchObject({ inquiryId: id, authority: 'Bundesnetzagentur', effect: 'information_provided', categories: ['trader_traceability', 'verification_summary'] });
  const keptYears = (Date.parse(answered.responseKeptUntil) - Date.now()) / (365 * 86_400_000);
  expect(keptYears).toBeGreaterThan(4.9);

  // At the end of its period the daily retention step erases the package; the audit trail stays.
  await system
    .db('inquiries')
    .where({ id })
    .update({ response_erase_after: new Date(Date.now() - 1000) });
  const review = await post('/v1/admin/performance-reviews', system.keys.admin, { asOf: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) });
  await waitFor(
    () => get(`/v1/admin/performance-reviews/${review.body.id}`, system.keys.admin),
    (r) => r.body.status === 'completed',
  );
  expect((await get(`/v1/inquiries/${id}/response`, system.keys.compliance_officer)).body).toMatchObject({ status: 410, code: 'response_erased' });
  expect(await system.db('audit_events').where({ subject_id: id }).pluck('action')).toEqual(
    expect.arrayContaining(['inquiry.received', 'inquiry.answered', 'inquiry.sellers_notified', 'inquiry.response_erased']),
  );
});

it('withholds the seller notice when the order says so', async () => {
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, ukCompany());
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`, system.keys.reviewer),
    (r) => r.body.status === 'approved',
  );
  const quiet = await post('/v1/inquiries', ukRegulator, {
    reference: 'TS-QUIET',
    legalBasis: 'dsa_art_10',
    sellers: [{ sellerId: accepted.body.sellerId }],
    categories: ['trader_traceability'],
    dueAt: dueAt(),
    sellerNotice: { withhold: true },
  });
  expect(quiet.body.sellerNotice).toEqual({ withheld: true, until: null, notifiedAt: null });
  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=inquiry&status=open', system.keys.compliance_officer),
      (r) => r.body.data.some((t: any) => t.subjectId === quiet.body.id),
    )
  ).body.data.find((t: any) => t.subjectId === quiet.body.id);
  await post(`/v1/review-tasks/${task.id}/claim`, system.keys.compliance_officer);
  await post(`/v1/review-tasks/${task.id}/decision`, system.keys.compliance_officer, { outcome: 'decline', note: 'outside the order' });
  await waitFor(
    () => get(`/v1/inquiries/${quiet.body.id}`, ukRegulator),
    (r) => r.body.status === 'declined',
  );
  // Once the inquiry's workflow has finished, nothing was sent to the seller.
  expect(await system.temporal.workflow.getHandle(inquiryWorkflowId(quiet.body.id)).result()).toEqual({ status: 'declined' });
  expect(await system.db('events').where({ seller_id: accepted.body.sellerId, type: 'inquiry.order_received' }).first()).toBeUndefined();
  expect(await system.db('audit_events').where({ subject_id: quiet.body.id, action: 'inquiry.sellers_notified' }).first()).toBeUndefined();
});
