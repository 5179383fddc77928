/**
 * INFORM Act over real HTTP: a US seller crosses 200 sales and $5,000, the daily cycle starts its
 * INFORM process, the seller is asked for the missing tax ID, and certifying with it verifies.
 */
import { activateEnforcement, beginEnforcement, liftForCompliance } from '../../db/enforcement/enforcements';
import { derivedId } from '../../domain/shared/ids';
import { ukCompany } from '../../scripts/sample-applications';
import { waitFor } from '../helpers/http';
import { useSystem } from '../helpers/system';

const test = useSystem();
const get = (path: string, key = test.system.keys.reviewer) => test.get(path, key);
const { post } = test;

/** A US company without a tax ID: a reviewer approves it, the tax ID to follow. */
async function usSellerWithoutTaxId(): Promise<string> {
  const uk = ukCompany();
  const body = {
    ...uk,
    country: 'US',
    business: { ...uk.business, address: { line1: '1 Main St', city: 'Boston', postalCode: '02110', region: 'MA', country: 'US' }, phone: '+16175550123' },
    bankAccount: { accountHolderName: uk.business.legalName, routingNumber: '011000015', accountNumber: '123456789' },
  };
  const accepted = await post('/v1/applications', test.system.keys.onboarding_frontend, body);
  expect(accepted.status).toBe(202);
  const inReview = (
    await waitFor(
      () => get(`/v1/applications/${accepted.body.id}`),
      (r) => r.body.status === 'in_review',
    )
  ).body;
  expect(inReview.requirements.currentlyDue).toContain('business.taxId');
  const taskId = inReview.reviewTasks[0].id;
  await post(`/v1/review-tasks/${taskId}/claim`, test.system.keys.reviewer);
  await post(`/v1/review-tasks/${taskId}/decision`, test.system.keys.reviewer, { outcome: 'approve', reasons: ['risk_accepted'], note: 'tax ID to follow' });
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`),
    (r) => r.body.status === 'approved',
  );
  return accepted.body.sellerId;
}

/** 30 days of 10 USD orders of $300 a day (300 sales, $9,000: high volume), then the daily cycle. */
async function sellsAtHighVolume(sellerId: string, days = trailingDays(30, { orders: 10, amount: '300.00' })): Promise<void> {
  expect((await post(`/v1/sellers/${sellerId}/metrics`, test.system.keys.order_system, { days })).status).toBe(200);
  const review = await post('/v1/admin/performance-reviews', test.system.keys.admin, { asOf: yesterday() });
  await waitFor(
    () => get(`/v1/admin/performance-reviews/${review.body.id}`, test.system.keys.admin),
    (r) => r.body.status === 'completed',
  );
}

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** `count` days of metrics ending `endingDaysAgo` days before yesterday. */
function trailingDays(count: number, { orders, amount, endingDaysAgo = 0 }: { orders: number; amount: string; endingDaysAgo?: number }) {
  const asOf = yesterday();
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(Date.parse(`${asOf}T00:00:00Z`) - (endingDaysAgo + i) * 86_400_000).toISOString().slice(0, 10),
    orders,
    preFulfilmentCancellations: 0,
    lateShipments: 0,
    orderDefects: 0,
    shipments: orders,
    shipmentsWithValidTracking: orders,
    sales: { amount, currency: 'USD' },
  }));
}

it('detects a high-volume seller, asks for what is missing, and verifies the certification', async () => {
  const sellerId = await usSellerWithoutTaxId();
  const asOf = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const days = Array.from({ length: 30 }, (_, i) => ({
    date: new Date(Date.parse(`${asOf}T00:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10),
    orders: 10,
    preFulfilmentCancellations: 0,
    lateShipments: 0,
    orderDefects: 0,
    shipments: 10,
    shipmentsWithValidTracking: 10,
    sales: { amount: '300.00', currency: 'USD' },
  }));
  expect((await post(`/v1/sellers/${sellerId}/metrics`, test.system.keys.order_system, { days })).status).toBe(200);
  expect((await post(`/v1/sellers/${sellerId}/inform-certification`, test.system.keys.onboarding_frontend, { certify: true })).body.code).toBe('no_certification_due');

  const review = await post('/v1/admin/performance-reviews', test.system.keys.admin, { asOf });
  await waitFor(
    () => get(`/v1/admin/performance-reviews/${review.body.id}`, test.system.keys.admin),
    (r) => r.body.status === 'completed',
  );
  const asked = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`),
      (r) => r.body.inform?.status === 'collecting',
    )
  ).body;
  expect(asked.inform).toMatchObject({ status: 'collecting', highVolumeSince: asOf, missing: ['business.taxId'] });
  expect(Date.parse(asked.inform.dueAt) - Date.now()).toBeGreaterThan(9 * 86_400_000);

  const without = await post(`/v1/sellers/${sellerId}/inform-certification`, test.system.keys.onboarding_frontend, { certify: true });
  expect(without.body.errors).toEqual([expect.objectContaining({ path: 'taxId', code: 'required' })]);
  const certified = await post(`/v1/sellers/${sellerId}/inform-certification`, test.system.keys.onboarding_frontend, { certify: true, taxId: '12-3456789' });
  expect(certified.status).toBe(202);
  const verified = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`),
      (r) => r.body.inform?.status === 'verified',
    )
  ).body;
  expect(verified.inform).toMatchObject({ status: 'verified', missing: [] });
  expect(Date.parse(verified.inform.dueAt) - Date.now()).toBeGreaterThan(360 * 86_400_000);
  expect(await test.system.db('audit_events').where({ subject_id: sellerId, action: 'inform.certified' }).count('* as n').first()).toEqual({ n: '1' });
});

it('counts a busy year that is over (any 12 months of the last 24), verifies the certification through the providers, and says what buyers must be shown over $20,000', async () => {
  const sellerId = await usSellerWithoutTaxId();
  // 60 busy days ending 14 months ago, nothing since: outside the last 365 days, inside the last 24 months.
  await sellsAtHighVolume(sellerId, trailingDays(60, { orders: 5, amount: '400.00', endingDaysAgo: 420 }));
  const asked = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`),
      (r) => r.body.inform?.status === 'collecting',
    )
  ).body;
  expect(asked.inform.buyerDisclosure).toEqual({ required: true, peakRevenueUsd: 24_000, show: { name: true, address: 'full', phone: true, email: true } });

  const bad = await post(`/v1/sellers/${sellerId}/inform-certification`, test.system.keys.onboarding_frontend, { certify: true, taxId: '12-3456789', disclosureExceptions: ['no_business_fax'] });
  expect(bad.body.errors.map((e: any) => e.path)).toEqual(['disclosureExceptions[0]']);
  const certified = await post(`/v1/sellers/${sellerId}/inform-certification`, test.system.keys.onboarding_frontend, {
    certify: true,
    taxId: '12-3456789',
    disclosureExceptions: ['no_business_phone'],
  });
  expect(certified.status).toBe(202);
  const verified = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`),
      (r) => r.body.inform?.status === 'verified',
    )
  ).body.inform;
  expect(verified.verifiedAt).not.toBeNull();
  expect(verified.verification).toEqual({
    bankAccount: { status: 'verified', provider: 'sandbox-bank', result: 'match' },
    'business.taxId': { status: 'verified', provider: 'sandbox-tax', result: 'match' },
    'business.email': { status: 'verified', provider: 'sandbox-contact', result: 'working' },
    'business.phone': { status: 'verified', provider: 'sandbox-contact', result: 'working' },
  });
  // With only a personal phone, buyers are shown the email alone (15 U.S.C. § 45f(b)(2)).
  expect(verified.buyerDisclosure.show).toEqual({ name: true, address: 'full', phone: false, email: true });
});

it('does not verify a tax ID the tax authority does not know: the seller is asked to correct it', async () => {
  const sellerId = await usSellerWithoutTaxId();
  await sellsAtHighVolume(sellerId);
  await waitFor(
    () => get(`/v1/sellers/${sellerId}`),
    (r) => r.body.inform?.status === 'collecting',
  );
  // The sandbox tax authority has no number ending 0000.
  expect((await post(`/v1/sellers/${sellerId}/inform-certification`, test.system.keys.onboarding_frontend, { certify: true, taxId: '12-3450000' })).status).toBe(202);
  const failed = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`),
      (r) => r.body.inform?.status === 'verification_failed',
    )
  ).body.inform;
  expect(failed).toMatchObject({ missing: ['business.taxId'], verifiedAt: null, verification: { 'business.taxId': { status: 'failed', result: 'not_registered' } } });
  expect(await test.system.db('audit_events').where({ subject_id: sellerId, action: 'inform.data_not_verified' }).count('* as n').first()).toEqual({ n: '1' });
});

it('records whether the high-volume seller is an individual or a business, as the law tells them apart', async () => {
  const sellerId = await usSellerWithoutTaxId();
  await sellsAtHighVolume(sellerId);
  const record = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`),
      (r) => r.body.inform?.status === 'collecting',
    )
  ).body.inform;
  // A company: its business name, tax ID and contact; the representative's identity document is on file.
  expect(record).toMatchObject({ sellerKind: 'business', missing: ['business.taxId'] });
});

it('does not count an email that bounces as a working one', async () => {
  const sellerId = await usSellerWithoutTaxId();
  await sellsAtHighVolume(sellerId);
  await waitFor(
    () => get(`/v1/sellers/${sellerId}`),
    (r) => r.body.inform?.status === 'collecting',
  );
  expect((await post(`/v1/sellers/${sellerId}/inform-certification`, test.system.keys.onboarding_frontend, { certify: true, taxId: '12-3456789', email: 'orders@acme.invalid' })).status).toBe(202);
  const failed = (
    await waitFor(
      () => get(`/v1/sellers/${sellerId}`),
      (r) => r.body.inform?.status === 'verification_failed',
    )
  ).body.inform;
  expect(failed.missing).toEqual(['business.email']);
  expect(failed.verification['business.email']).toEqual({ status: 'failed', provider: 'sandbox-contact', result: 'undeliverable' });
});

it('lifts an INFORM suspension in effect once the seller complies, and reinstates it unless another suspension holds', async () => {
  const sellerId = await usSellerWithoutTaxId();
  const suspend = async (id: string) => {
    await test.system.db('enforcement_actions').insert({
      id,
      seller_id: sellerId,
      type: 'suspension',
      status: 'proposed',
      statement: JSON.stringify({
        facts: ['x'],
        ground: { type: 'law', references: ['15 U.S.C. § 45f'], explanation: 'x' },
        automatedDetection: true,
        automatedDecision: 'partially',
        scope: { type: 'suspension', restrictions: {} },
        duration: { noticeHours: 0, durationDays: null },
        redress: {},
        policyVersion: 'inform-2026-11-v1',
      }),
      restrictions: JSON.stringify({ selling: false, listing: false, payouts: false }),
      automated_detection: true,
      automated_decision: false,
      decided_by: 'key_rv',
      decided_by_name: 'test reviewer',
      source: 'inform',
      source_id: sellerId,
    });
    await beginEnforcement(test.system.db, id, 0);
    await activateEnforcement(test.system.db, id);
  };
  const inform = derivedId('enforcement', 'inform', sellerId, '1');
  await suspend(inform);
  expect((await get(`/v1/sellers/${sellerId}`)).body.status).toBe('suspended');
  expect(await liftForCompliance(test.system.db, inform, 'INFORM certification received and verified')).toBe('lifted');
  expect((await get(`/v1/sellers/${sellerId}`)).body).toMatchObject({ status: 'active', capabilities: { selling: true, payouts: true } });
  expect(await liftForCompliance(test.system.db, inform, 'again')).toBe('unchanged');

  // Another suspension in effect keeps the seller suspended when the INFORM one is lifted.
  const second = derivedId('enforcement', 'inform', sellerId, '2');
  const other = derivedId('enforcement', 'investigation', sellerId);
  await suspend(second);
  await suspend(other);
  expect(await liftForCompliance(test.system.db, second, 'INFORM certification received and verified')).toBe('lifted');
  expect((await get(`/v1/sellers/${sellerId}`)).body.status).toBe('suspended');
});
