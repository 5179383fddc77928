/**
 * INFORM Act over real HTTP: a US seller crosses 200 sales and $5,000, the daily cycle starts its
 * INFORM process, the seller is asked for the missing tax ID, and certifying with it verifies.
 */
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
