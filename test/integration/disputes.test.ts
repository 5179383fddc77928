/**
 * Disputes over the real stack: the order system files, the rules choose the path (a small claim
 * refunded at once, a larger one waits for the seller), the seller contests through the frontend,
 * a reviewer decides; a counterfeit the buyer wins joins the seller's investigation; the rule report
 * counts what each rule decided.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';
import { caseTasks } from '../helpers/case-tasks';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

const get = (path: string, key = system.keys.reviewer) => call(system.baseUrl, 'GET', path, { key });
const post = (path: string, key: string, body: unknown = {}) => call(system.baseUrl, 'POST', path, { key, body });

async function approvedSeller(): Promise<string> {
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, ukCompany());
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`),
    (r) => r.body.status === 'approved',
  );
  return accepted.body.sellerId;
}

const disputeOf = (sellerId: string, orderId: string, over: Record<string, unknown> = {}) => ({
  orderId,
  sellerId,
  buyerRef: `buyer-${orderId}`,
  scenario: 'not_received',
  category: 'home',
  amount: { amount: '42.00', currency: 'GBP' },
  description: 'Tracking has not moved for two weeks.',
  evidence: ['https://tracking.example/x'],
  ...over,
});

const tasks = caseTasks(() => system.baseUrl);

async function decide(disputeId: string, decision: unknown) {
  const task = await tasks.openTaskOf('dispute', disputeId, system.keys.reviewer);
  expect(await tasks.claimAndDecide(task.id, system.keys.reviewer, decision)).toMatchObject({ status: 200, body: { object: 'dispute_decision', disputeId } });
  return task;
}

it('refunds a small claim at once, and sends a larger one through the seller’s answer to a reviewer’s decision', async () => {
  const sellerId = await approvedSeller();
  const small = await post('/v1/disputes', system.keys.order_system, disputeOf(sellerId, 'ord-small', { amount: { amount: '9.99', currency: 'GBP' } }));
  expect(small).toMatchObject({ status: 202, body: { path: 'auto_refund', ruleId: 'not_received.default', rulesVersion: 'disputes-2026-12' } });
  await waitFor(
    () => get(`/v1/disputes/${small.body.id}`),
    (r) => r.body.status === 'resolved',
  );

  const filed = await post('/v1/disputes', system.keys.order_system, disputeOf(sellerId, 'ord-large'));
  expect(filed).toMatchObject({ status: 202, body: { path: 'seller_response', status: 'awaiting_seller', sellerAnswer: null } });
  expect(Date.parse(filed.body.respondBy) - Date.parse(filed.body.createdAt)).toBeGreaterThan(71 * 3_600_000);
  // The same dispute sent again is the same dispute.
  expect((await post('/v1/disputes', system.keys.order_system, disputeOf(sellerId, 'ord-large'))).body.id).toBe(filed.body.id);
  const answered = await post(`/v1/disputes/${filed.body.id}/response`, system.keys.onboarding_frontend, { answer: 'contest', statement: 'Delivered and signed for on Monday.', evidence: [] });
  expect(answered).toMatchObject({ status: 200, body: { status: 'in_review', sellerAnswer: 'contest' } });
  expect(await post(`/v1/disputes/${filed.body.id}/response`, system.keys.onboarding_frontend, { answer: 'accept', statement: 'Changed my mind.', evidence: [] })).toMatchObject({
    status: 409,
    body: { code: 'dispute_not_awaiting_seller' },
  });
  expect((await get(`/v1/disputes/${filed.body.id}`)).body).toMatchObject({ description: 'Tracking has not moved for two weeks.', sellerStatement: 'Delivered and signed for on Monday.' });
  await decide(filed.body.id, { outcome: 'seller_favour', reasons: ['proof_of_delivery'], note: 'signature on the carrier’s record' });
  const resolved = await waitFor(
    () => get(`/v1/disputes/${filed.body.id}`, system.keys.order_system),
    (r) => r.body.status === 'resolved',
  );
  expect(resolved.body).toMatchObject({ outcome: 'seller_favour', decidedBy: 'reviewer', sellerFault: false, refund: null });
  expect(resolved.body).not.toHaveProperty('description');
  // The buyer's appeal is the order system's; a seller's key cannot appeal for the buyer.
  expect((await post(`/v1/disputes/${filed.body.id}/appeal`, system.keys.onboarding_frontend, { by: 'buyer', statement: 'Not me who signed.' })).status).toBe(400);
  expect(await post(`/v1/disputes/${filed.body.id}/appeal`, system.keys.order_system, { by: 'buyer', statement: 'The signature is not mine.' })).toMatchObject({
    status: 200,
    body: { status: 'appealed', appealedBy: 'buyer' },
  });

  const report = (await get('/v1/dispute-rules/report')).body;
  expect(report.rules.find((r: any) => r.ruleId === 'not_received.default')).toMatchObject({ rulesVersion: 'disputes-2026-12' });
  expect(report.rules.find((r: any) => r.ruleId === 'not_received.default').decided).toBeGreaterThanOrEqual(2);
});

it('puts a counterfeit the buyer won into the seller’s investigation', async () => {
  const sellerId = await approvedSeller();
  const filed = await post('/v1/disputes', system.keys.order_system, disputeOf(sellerId, 'ord-fake', { scenario: 'counterfeit', category: 'fashion', amount: { amount: '180.00', currency: 'GBP' } }));
  await post(`/v1/disputes/${filed.body.id}/response`, system.keys.onboarding_frontend, { answer: 'contest', statement: 'Bought from the brand’s distributor.', evidence: [] });
  await decide(filed.body.id, { outcome: 'buyer_favour', reasons: ['counterfeit_confirmed'], note: 'the brand’s letter says otherwise' });
  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=investigation&status=open'),
      (r) => r.body.data.some((t: any) => t.sellerId === sellerId),
    )
  ).body.data.find((t: any) => t.sellerId === sellerId);
  const investigation = await waitFor(
    () => get(`/v1/investigations/${task.subjectId}`),
    (r) => r.body.signals?.length > 0,
  );
  expect(investigation.body.signals).toEqual([{ source: 'dispute', disputeId: filed.body.id, scenario: 'counterfeit' }]);
  expect((await get(`/v1/disputes/${filed.body.id}`)).body).toMatchObject({ outcome: 'buyer_favour', sellerFault: true, refund: { amount: '180.00', currency: 'GBP' } });
  // The seller's figures count it, against the orders its daily metrics report.
  await post(`/v1/sellers/${sellerId}/metrics`, system.keys.order_system, {
    days: [
      {
        date: new Date().toISOString().slice(0, 10),
        orders: 40,
        preFulfilmentCancellations: 0,
        lateShipments: 0,
        orderDefects: 0,
        shipments: 40,
        shipmentsWithValidTracking: 40,
        sales: { amount: '900.00', currency: 'GBP' },
      },
    ],
  });
  const figures = await waitFor(
    () => get(`/v1/sellers/${sellerId}`),
    (r) => r.body.disputes.orders === 40,
  );
  expect(figures.body.disputes).toEqual({ windowDays: 30, orders: 40, disputes: 1, sellerFault: 1, disputeRate: 0.025, sellerFaultRate: 0.025 });
});
