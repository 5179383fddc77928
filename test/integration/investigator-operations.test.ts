/**
 * The investigators' operations over the real stack: a notice goes to the investigator on shift with
 * the skills, not to one off shift or at their cap; a trusted flagger's notice past its SLA pages the
 * senior on shift by email; every decided case is sampled (QA_SAMPLE_RATE=1) for a second review the
 * first decider cannot take; the agreement and root-cause reports count them, with a lead's mitigation.
 */
import { ukCompany } from '../../scripts/sample-applications';
import { createApiKey } from '../../db/access/api-keys';
import { call, waitFor } from '../helpers/http';
import { startSmtpSink } from '../helpers/smtp-sink';
import { startSystem, type System } from '../helpers/system';

let system: System;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  smtp = await startSmtpSink();
  // A trusted flagger's notice is past its SLA within seconds.
  system = await startSystem({ env: { SMTP_URL: smtp.url, QA_SAMPLE_RATE: '1', TRUSTED_FLAGGER_SLA_HOURS: '0.001' } });
});
afterAll(async () => {
  await system?.stop();
  await smtp?.close();
});

const get = (path: string, key = system.keys.reviewer) => call(system.baseUrl, 'GET', path, { key });
const post = (path: string, key: string, body: unknown = {}) => call(system.baseUrl, 'POST', path, { key, body });
const always = { days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00', timeZone: 'UTC' };
/** A minute's shift twelve hours from now: off shift for the whole test. */
const hhmm = (d: Date) => d.toISOString().slice(11, 16);
const later = new Date(Date.now() + 12 * 3_600_000);
const never = { days: [1, 2, 3, 4, 5, 6, 7], start: hhmm(later), end: hhmm(new Date(later.getTime() + 60_000)), timeZone: 'UTC' };
const keyId = async (key: string) => (await get('/v1/me', key)).body.id as string;

async function approvedSeller() {
  const accepted = await post('/v1/applications', system.keys.onboarding_frontend, ukCompany());
  await waitFor(
    () => get(`/v1/applications/${accepted.body.id}`),
    (r) => r.body.status === 'approved',
  );
  return accepted.body.sellerId as string;
}

const notice = (sellerId: string, listingId: string) => ({
  target: { type: 'listing', sellerId, listingId },
  category: 'counterfeit',
  explanation: 'The bags in this listing carry our mark and are not ours.',
  locations: [`https://shop.example/listings/${listingId}`],
  notifier: { name: 'Brand', email: 'brand@example.com' },
  goodFaith: true,
});

async function taskOf(subjectId: string, kind: string) {
  return (
    await waitFor(
      () => get(`/v1/review-tasks?kind=${kind}`),
      (r) => r.body.data.some((t: any) => t.subjectId === subjectId),
    )
  ).body.data.find((t: any) => t.subjectId === subjectId);
}

it('routes by skill, shift and cap, pages the senior on an urgent escalation, samples decisions for a second review and reports agreement and root causes', async () => {
  const reviewer = await keyId(system.keys.reviewer);
  const senior = await keyId(system.keys.senior_reviewer);
  const offShift = (await createApiKey(system.db, 'reviewer', 'night reviewer')).apiKey.id;
  const profile = (over: Record<string, unknown>) => ({ name: 'x', categories: ['counterfeit'], languages: ['en'], markets: ['GB'], shift: always, maxOpenCases: 1, ...over });
  expect((await post(`/v1/investigators/${reviewer}`, system.keys.compliance_officer, profile({ name: 'Rita' }))).status).toBe(200);
  await post(`/v1/investigators/${senior}`, system.keys.compliance_officer, profile({ name: 'Sam', senior: true, categories: ['fraud'], maxOpenCases: 5, email: 'sam.senior@marketplace.example' }));
  await post(`/v1/investigators/${offShift}`, system.keys.compliance_officer, profile({ name: 'Nora', shift: never, maxOpenCases: 50 }));
  const bad = await post(`/v1/investigators/${reviewer}`, system.keys.compliance_officer, profile({ shift: { ...always, timeZone: 'Mars/Olympus' } }));
  expect(bad.body.errors.map((e: any) => e.path)).toEqual(['shift.timeZone']);
  expect((await get('/v1/investigators')).body.data.find((i: any) => i.id === offShift)).toMatchObject({ onShift: false });

  const sellerId = await approvedSeller();
  const first = (await post('/v1/notices', system.keys.onboarding_frontend, notice(sellerId, 'lst-ops-1'))).body;
  const second = (await post('/v1/notices', system.keys.onboarding_frontend, notice(sellerId, 'lst-ops-2'))).body;
  // Rita has the skill and is on shift: the first is hers. Her cap is one, Sam lacks the category, Nora is off shift: the second waits for anyone.
  const firstTask = await taskOf(first.id, 'notice');
  const secondTask = await taskOf(second.id, 'notice');
  expect(firstTask.routedTo).toBe(reviewer);
  expect(secondTask.routedTo).toBeNull();
  expect((await get('/v1/review-tasks?routedTo=me&status=open')).body.data.map((t: any) => t.id)).toEqual([firstTask.id]);

  // A trusted flagger's notice passes its SLA in seconds: the senior on shift is paged.
  const { key: flaggerKey, apiKey } = await createApiKey(system.db, 'trusted_flagger', 'Flagger');
  await post('/v1/trusted-flaggers', system.keys.compliance_officer, { name: 'Flagger', memberState: 'IE', expertise: ['counterfeit'], clientId: apiKey.clientId });
  const urgent = (await post('/v1/notices', flaggerKey, notice(sellerId, 'lst-ops-3'))).body;
  const paged = await waitFor(
    () => taskOf(urgent.id, 'notice'),
    (t) => t.pagedTo !== null,
  );
  expect(paged.pagedTo).toBe(senior);
  await waitFor(
    async () => smtp.received.filter((m) => m.to.includes('sam.senior@marketplace.example') && m.subject.includes(paged.id)),
    (m) => m.length === 1,
  );

  // Rita decides her notice with a root cause; the decision is sampled for a second review she cannot take.
  await waitFor(
    () => post(`/v1/review-tasks/${firstTask.id}/claim`, system.keys.reviewer),
    (r) => r.status === 200,
  );
  const decided = await post(`/v1/review-tasks/${firstTask.id}/decision`, system.keys.reviewer, {
    outcome: 'action',
    reasons: ['counterfeit_confirmed'],
    note: 'mark confirmed',
    rootCause: 'deliberate_fraud',
    action: { type: 'listing_removal', ground: { type: 'law', reference: 'Regulation (EU) 2017/1001, Art. 9', explanation: 'identical mark' }, facts: ['Counterfeit bags under the mark.'] },
  });
  expect(decided.status).toBe(200);
  const qaTask = await taskOf(firstTask.id, 'quality_review');
  expect(qaTask).toMatchObject({ queue: 'quality', reasons: ['qa_notice'] });
  expect(JSON.stringify(qaTask)).not.toContain('counterfeit_confirmed');
  expect((await post(`/v1/review-tasks/${qaTask.id}/claim`, system.keys.reviewer)).body.code).toBe('reviewer_took_original_decision');
  await waitFor(
    () => post(`/v1/review-tasks/${qaTask.id}/claim`, system.keys.senior_reviewer),
    (r) => r.status === 200,
  );
  expect((await post(`/v1/review-tasks/${qaTask.id}/decision`, system.keys.senior_reviewer, { outcome: 'no_action', reasons: ['not_illegal'], note: 'the mark is licensed' })).body).toMatchObject({
    object: 'quality_review_decision',
    agreed: false,
  });

  const agreement = (await get('/v1/quality/agreement', system.keys.senior_reviewer)).body;
  expect(agreement.byInvestigator).toEqual([{ investigatorId: reviewer, name: 'test reviewer', sampled: 1, reviewed: 1, agreed: 0, agreementRate: 0 }]);
  expect(agreement.byReason).toEqual([{ reason: 'counterfeit_confirmed', sampled: 1, reviewed: 1, agreed: 0, agreementRate: 0 }]);
  expect((await post('/v1/root-causes/deliberate_fraud/mitigations', system.keys.senior_reviewer, { period: '2026-12', mitigation: 'Brand registry checked at onboarding.' })).status).toBe(201);
  const causes = (await get('/v1/root-causes/report', system.keys.senior_reviewer)).body;
  expect(causes.causes).toEqual([
    expect.objectContaining({ rootCause: 'deliberate_fraud', count: 1, share: 1, mitigation: expect.objectContaining({ text: 'Brand registry checked at onboarding.' }) }),
  ]);
});
