/**
 * Notice and action over the real stack (HTTP, Temporal, Postgres, SMTP sink, webhook receiver):
 * an incomplete notice is refused element by element (Art. 16(2)); a trusted flagger's notice goes
 * first, is confirmed to the notifier, ends in the removal of one listing with its statement of
 * reasons, a signed webhook naming the listing and the decision with redress to the notifier; the
 * misuse policy (Art. 23(1)) warns the seller first and proposes a suspension after.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { createApiKey } from '../../db/access/api-keys';
import { validateTdbStatement } from '../../domain/enforcement/transparency-validation';
import { call, waitFor } from '../helpers/http';
import { startSmtpSink } from '../helpers/smtp-sink';
import { startSystem, type System } from '../helpers/system';
import { caseTasks } from '../helpers/case-tasks';
import { startWebhookReceiver } from '../helpers/webhook-receiver';

const secret = 'whsec_notices_0123456789abcdef';
let system: System;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  smtp = await startSmtpSink();
  receiver = await startWebhookReceiver(secret);
  system = await startSystem({
    env: {
      SMTP_URL: smtp.url,
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: secret,
      ENFORCEMENT_NOTICE_HOURS: '0',
      TRUSTED_FLAGGER_SLA_HOURS: '6',
      MISUSE_ILLEGAL_CONTENT_COUNT: '1',
    },
  });
});
afterAll(async () => {
  await system?.stop();
  await smtp?.close();
  await receiver?.close();
});

const get = (path: string, key = system.keys.reviewer) => call(system.baseUrl, 'GET', path, { key });
const post = (path: string, key: string, body: unknown, headers: Record<string, string> = {}) => call(system.baseUrl, 'POST', path, { key, body, headers });

async function approvedSeller(): Promise<string> {
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, ukCompany());
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`),
    (r) => r.body.status === 'approved',
  );
  return accepted.body.sellerId;
}

const noticeAbout = (sellerId: string, listingId: string, email = 'brand@protect.example') => ({
  target: { type: 'listing', sellerId, listingId, listedAt: '2026-10-01T09:00:00Z' },
  category: 'counterfeit',
  explanation: 'The handbags in this listing carry our registered trade mark and were not made by us.',
  locations: [`https://shop.example/listings/${listingId}`],
  notifier: { name: 'Brand Protection Network', email },
  goodFaith: true,
});

const removal = (listing = true) => ({
  outcome: 'action',
  reasons: ['counterfeit_confirmed'],
  note: 'the trade mark register entry and the photos agree',
  manifestlyIllegal: true,
  action: {
    type: listing ? 'listing_removal' : 'reduced_visibility',
    ground: { type: 'law', reference: 'Regulation (EU) 2017/1001, Art. 9(2)(a)', explanation: 'Use of a sign identical to an EU trade mark for identical goods.' },
    facts: ['The listing offered handbags under a trade mark the seller is not entitled to use.'],
  },
});

const tasks = caseTasks(() => system.baseUrl);

async function decideNoticeTask(noticeId: string, decision: unknown) {
  const task = await tasks.openTaskOf('notice', noticeId, system.keys.reviewer);
  expect(await tasks.claimAndDecide(task.id, system.keys.reviewer, decision)).toMatchObject({ status: 200, body: { object: 'notice_decision', noticeId } });
  return task;
}

it('refuses an incomplete notice naming each missing element of Art. 16(2), and takes one about child abuse material without a name', async () => {
  const sellerId = await approvedSeller();
  const refused = await post('/v1/notices', system.keys.onboarding_frontend, { target: { type: 'listing', sellerId }, category: 'counterfeit', explanation: 'fake' });
  expect(refused.status).toBe(400);
  const byField = Object.fromEntries(refused.body.errors.map((e: any) => [e.path, e.message]));
  expect(Object.keys(byField).sort()).toEqual(['explanation', 'goodFaith', 'locations', 'notifier.email', 'notifier.name', 'target.listingId']);
  expect(byField.locations).toMatch(/Art\. 16\(2\)\(b\)/);
  expect(byField['notifier.email']).toMatch(/Art\. 16\(2\)\(c\)/);
  const anonymous = await post('/v1/notices', system.keys.onboarding_frontend, {
    target: { type: 'seller', sellerId },
    category: 'child_sexual_abuse_material',
    explanation: 'Images in the seller’s shop banner appear to show the abuse of a child.',
    locations: ['https://shop.example/sellers/banner'],
    goodFaith: true,
  });
  expect(anonymous).toMatchObject({ status: 202, body: { object: 'notice', status: 'received', trustedFlaggerId: null } });
});

it('puts a trusted flagger’s notice first, removes the listing with its statement, tells the marketplace which listing, and the notifier the outcome and the redress', async () => {
  const sellerId = await approvedSeller();
  const { key: flaggerKey, apiKey } = await createApiKey(system.db, 'trusted_flagger', 'Brand Protection Network');
  const registered = await post('/v1/trusted-flaggers', system.keys.compliance_officer, { name: 'Brand Protection Network', memberState: 'DE', expertise: ['counterfeit'], clientId: apiKey.clientId });
  expect(registered).toMatchObject({ status: 201, body: { object: 'trusted_flagger', status: 'active' } });

  // An ordinary notice first, then the flagger's: the flagger's is first in the queue all the same.
  const ordinary = await post('/v1/notices', system.keys.onboarding_frontend, noticeAbout(sellerId, 'lst-1', 'shopper@mail.example'));
  const flagged = await post('/v1/notices', flaggerKey, noticeAbout(sellerId, 'lst-2'), { 'Idempotency-Key': 'tf-1' });
  expect(flagged).toMatchObject({ status: 202, body: { trustedFlaggerId: registered.body.id } });
  expect((await post('/v1/notices', flaggerKey, noticeAbout(sellerId, 'lst-2'), { 'Idempotency-Key': 'tf-1' })).body.id).toBe(flagged.body.id);
  const queue = (
    await waitFor(
      () => get('/v1/review-tasks?kind=notice&status=open'),
      (r) => [ordinary.body.id, flagged.body.id].every((id) => r.body.data.some((t: any) => t.subjectId === id)),
    )
  ).body.data.filter((t: any) => [ordinary.body.id, flagged.body.id].includes(t.subjectId));
  expect(queue.map((t: any) => t.subjectId)).toEqual([flagged.body.id, ordinary.body.id]);
  expect(queue[0]).toMatchObject({ queue: 'notices', reasons: ['notice_counterfeit', 'trusted_flagger'] });
  expect(Date.parse(queue[0].slaDueAt) - Date.parse(queue[0].createdAt)).toBeLessThanOrEqual(6 * 3_600_000 + 60_000);
  // The receipt (Art. 16(4)).
  await waitFor(
    async () => smtp.received.filter((m) => m.to.includes('brand@protect.example') && /received your notice/.test(m.subject)),
    (m) => m.length === 1,
  );

  await decideNoticeTask(flagged.body.id, removal());
  const notice = (
    await waitFor(
      () => get(`/v1/notices/${flagged.body.id}`),
      (r) => r.body.status === 'decided',
    )
  ).body;
  expect(notice).toMatchObject({ outcome: 'action', manifestlyIllegal: true, target: { type: 'listing', listingId: 'lst-2' }, explanation: expect.stringContaining('registered trade mark') });
  const action = (await get(`/v1/enforcements/${notice.enforcementId}`)).body;
  expect(action).toMatchObject({ type: 'listing_removal', status: 'active', listingId: 'lst-2', statementOfReasons: { source: { type: 'trusted_flagger' }, listing: { id: 'lst-2' } } });
  // The seller can still sell: one listing went, not the account.
  expect((await get(`/v1/sellers/${sellerId}`)).body.capabilities).toMatchObject({ selling: true, listing: true });
  const tdb = (await get(`/v1/enforcements/${notice.enforcementId}/transparency-database`)).body;
  expect(tdb).toMatchObject({
    source_type: 'SOURCE_TRUSTED_FLAGGER',
    content_type: ['CONTENT_TYPE_PRODUCT'],
    decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
    content_date: '2026-10-01',
  });
  expect(tdb).not.toHaveProperty('decision_account');
  expect(validateTdbStatement(tdb)).toEqual({});

  const hook = (
    await waitFor(
      async () => receiver.received.filter((w) => w.type === 'listing.action' && w.data.noticeId === flagged.body.id),
      (w) => w.length === 1,
    )
  )[0];
  expect(hook).toMatchObject({
    type: 'listing.action',
    signature: { valid: true },
    data: { noticeId: flagged.body.id, enforcementId: notice.enforcementId, listingId: 'lst-2', action: 'listing_removal' },
  });
  const decisionMail = (
    await waitFor(
      async () => smtp.received.filter((m) => m.to.includes('brand@protect.example') && /Decision on your notice/.test(m.subject)),
      (m) => m.length === 1,
    )
  )[0];
  expect(decisionMail.raw).toMatch(/out-of-court dispute settlement/);
  // The flagger sees its own notice, without the text; another flagger's key does not find it.
  expect((await get(`/v1/notices/${flagged.body.id}`, flaggerKey)).body).not.toHaveProperty('explanation');
  expect((await get(`/v1/notices/${flagged.body.id}`, system.keys.trusted_flagger)).status).toBe(404);
  const accuracy = (await get('/v1/trusted-flaggers')).body.data.find((f: any) => f.id === registered.body.id);
  expect(accuracy).toMatchObject({ decided: 1, actioned: 1, unfounded: 0, accuracy: 1 });
  // Nothing of the notifier in the trail.
  const trail = JSON.stringify(await system.db('audit_events').where({ subject_id: sellerId }));
  expect(trail).not.toContain('brand@protect.example');
  expect(trail).not.toContain('Brand Protection Network');
});

it('warns a seller over the misuse thresholds first, and proposes a suspension for the policy’s period after the warning (Art. 23(1))', async () => {
  const sellerId = await approvedSeller();
  const first = await post('/v1/notices', system.keys.onboarding_frontend, noticeAbout(sellerId, 'lst-a', 'one@mail.example'));
  await decideNoticeTask(first.body.id, removal());
  const warning = await waitFor(
    () => system.db('enforcement_actions').where({ seller_id: sellerId, source: 'notice_misuse' }),
    (rows) => rows.some((r) => r.type === 'warning' && r.status === 'active'),
  );
  expect(warning[0].statement.ground.references[0]).toMatch(/Art\. 23\(1\)/);
  const second = await post('/v1/notices', system.keys.onboarding_frontend, noticeAbout(sellerId, 'lst-b', 'two@mail.example'));
  await decideNoticeTask(second.body.id, removal(false));
  const measures = await waitFor(
    () => system.db('enforcement_actions').where({ seller_id: sellerId, source: 'notice_misuse', type: 'suspension' }),
    (rows) => rows.length === 1 && rows[0].status === 'awaiting_decision',
  );
  // A person confirms the suspension (Art. 23(3): case by case); it lasts the policy's period.
  expect(measures[0].statement).toMatchObject({ duration: { durationDays: 30 }, source: { type: 'notice' }, reasons: ['repeated_manifestly_illegal_content', 'counterfeit_confirmed'] });
  const task = (
    await waitFor(
      () => get('/v1/review-tasks?kind=enforcement&status=open'),
      (r) => r.body.data.some((t: any) => t.subjectId === measures[0].id),
    )
  ).body.data.find((t: any) => t.subjectId === measures[0].id);
  await waitFor(
    () => post(`/v1/review-tasks/${task.id}/claim`, system.keys.senior_reviewer, {}),
    (r) => r.status === 200,
  );
  expect((await post(`/v1/review-tasks/${task.id}/decision`, system.keys.senior_reviewer, { outcome: 'confirm', note: 'three counterfeit listings in a month after a warning' })).status).toBe(200);
  const active = await waitFor(
    () => get(`/v1/enforcements/${measures[0].id}`),
    (r) => r.body.status === 'active',
  );
  expect(Date.parse(active.body.endsAt) - Date.parse(active.body.effectiveAt)).toBeCloseTo(30 * 86_400_000, -5);
  expect((await get(`/v1/sellers/${sellerId}`)).body.status).toBe('suspended');
});
