/**
 * The notice process on the time-skipping test server with mocked activities: a trusted flagger's
 * notice goes to the top of the queue with its own SLA and a listing decision acts on the listing
 * and tells the marketplace; an ordinary notice waits its longer SLA and escalates past it; a seller
 * over the misuse policy's thresholds is warned first and suspended after (Art. 23(1)); a notifier
 * under suspension has the notice set aside unread (Art. 23(2)).
 */
import type { Activities } from '../../activities';
import { DEFAULT_MISUSE_POLICY, type MisuseCounts } from '../../domain/notices/misuse-policy';
import type { NoticeProcessInput } from '../../domain/notices/notices';
import type { NoticeDecision } from '../../domain/notices/schemas';
import { decideNoticeUpdate } from '../../workflows/notices/messages';
import { caseStateQuery } from '../../workflows/review/case-messages';
import { claimReviewTaskUpdate } from '../../workflows/review/messages';
import { recordedUpdate } from '../../workflows/shared/messages';
import { recordHistory } from '../helpers/histories';
import { useTimeSkipping } from '../helpers/time-skipping';

const temporalTest = useTimeSkipping();
const HOUR = 3_600_000;
const reviewer = { id: 'key_reviewer', name: 'Rita', role: 'reviewer' };
const frontend = { id: 'key_frontend', name: 'notice form', role: 'onboarding_frontend' };

function inputFor(noticeId: string, trustedFlaggerId?: string): NoticeProcessInput {
  return {
    noticeId,
    sellerId: 'sel_1',
    filing: {
      noticeId,
      receivedBy: frontend,
      ...(trustedFlaggerId ? { trustedFlaggerId } : {}),
      notice: {
        target: { type: 'listing', sellerId: 'sel_1', listingId: 'lst-77' },
        category: 'counterfeit',
        explanation: 'The listed handbags carry our registered mark and are not ours.',
        locations: ['https://shop.example/l/lst-77'],
        notifier: { name: 'Brand Protection', email: 'bp@brand.example' },
        goodFaith: true,
      },
    },
    policy: DEFAULT_MISUSE_POLICY,
    slaHours: { notice: 72, trustedFlagger: 12 },
  };
}

function mocks(counts: { seller: MisuseCounts[]; notifier?: MisuseCounts; setAsideUntil?: string }) {
  const seen = { tasks: [] as any[], escalated: [] as any[], events: [] as any[], messages: [] as string[], measures: [] as any[], notifierMeasures: [] as any[], began: [] as string[] };
  const activities: Partial<Activities> = {
    recordNotice: async () => ({ notifierKey: 'nk_1', ...(counts.setAsideUntil ? { setAsideUntil: counts.setAsideUntil } : {}) }),
    markNoticeInReview: async () => {},
    setNoticeAside: async () => {},
    sendNotifierMessage: async (m) => {
      seen.messages.push(m.kind);
      return true;
    },
    openCaseTask: async (t) => {
      seen.tasks.push(t);
      return { slaDueAt: new Date((await temporalTest.env.currentTimeMs()) + (t.slaHours ?? 24) * HOUR).toISOString() };
    },
    escalateReviewTask: async (t) => void seen.escalated.push(t),
    claimReviewTask: async () => {},
    closeReviewTask: async () => {},
    decideNotice: async ({ noticeId, decision }) =>
      decision.action?.type.startsWith('listing_')
        ? { enforcementId: `enf_${noticeId}`, listing: { id: 'lst-77', action: decision.action.type } }
        : decision.action
          ? { enforcementId: `enf_${noticeId}` }
          : {},
    publishEvent: async (e) => void seen.events.push(e),
    sellerMisuseCounts: async () => counts.seller.shift()!,
    notifierMisuseCounts: async () => counts.notifier!,
    proposeMisuseMeasure: async (m) => {
      seen.measures.push(m);
      return { enforcementId: `enf_misuse_${m.step}` };
    },
    recordNotifierMeasure: async (m) => void seen.notifierMeasures.push(m),
    // The enforcement workflows the notice starts, as far as their first step.
    beginEnforcement: async ({ enforcementId }) => {
      seen.began.push(enforcementId);
      return { enforcementId, sellerId: 'sel_1', type: 'warning', status: 'awaiting_decision', effectiveAt: null, endsAt: null, appealableUntil: null, facts: [], grounds: [] };
    },
  };
  return { seen, activities };
}

async function decide(handle: any, decision: NoticeDecision) {
  let state = await handle.query(caseStateQuery);
  while (!state.reviewTask) state = await handle.query(caseStateQuery);
  const taskId = state.reviewTask.taskId;
  await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] });
  await handle.executeUpdate(decideNoticeUpdate, { args: [{ taskId, actor: reviewer, decision }] });
  return taskId;
}

/** The enforcement a notice started would wait on its worker's queue after the test: it ends here, or the test server's clock stalls on it. */
async function stopChild(enforcementId: string) {
  const child = temporalTest.env.client.workflow.getHandle(`enforcement:${enforcementId}`);
  await temporalTest.until(async () => (await child.query(caseStateQuery).catch(() => undefined)) !== undefined);
  await child.terminate('the test is over');
}

const removal: NoticeDecision = {
  outcome: 'action',
  reasons: ['counterfeit_confirmed'],
  note: 'mark confirmed by the brand’s register entry',
  manifestlyIllegal: true,
  manifestlyUnfounded: false,
  action: {
    type: 'listing_removal',
    ground: { type: 'law', reference: 'Regulation (EU) 2017/1001, Art. 9', explanation: 'Use of an identical mark for identical goods.' },
    facts: ['The listing offered goods under a mark the seller is not entitled to use.'],
  },
};

// First: the test server's clock does not step past an abandoned child of an earlier test, even a terminated one.
it('suspends the seller after the prior warning, and escalates an ordinary notice past its longer SLA', async () => {
  const { seen, activities } = mocks({ seller: [{ manifest: 4, total: 5, warnedAt: '2026-11-01T00:00:00.000Z' }] });
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('notice', { workflowId: `notice:ntc_or_${Date.now()}`, taskQueue, args: [inputFor('ntc_or')] });
    await handle.executeUpdate(recordedUpdate);
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    await temporalTest.env.sleep('71 hours');
    expect(seen.escalated).toEqual([]);
    await temporalTest.env.sleep('2 hours');
    expect(seen.escalated).toEqual([{ taskId: state.reviewTask.taskId }]);
    await decide(handle, removal);
    expect(await handle.result()).toEqual(expect.objectContaining({ status: 'decided', measures: ['seller_suspension'] }));
    await recordHistory('notice-misuse-suspension', handle);
    await stopChild('enf_misuse_suspension');
  });
  expect(seen.tasks.filter((t) => t.kind === 'notice')).toEqual([expect.objectContaining({ priority: 2, slaHours: 72, reasons: ['notice_counterfeit'] })]);
  expect(seen.measures).toEqual([expect.objectContaining({ step: 'suspension', policy: DEFAULT_MISUSE_POLICY })]);
  expect(seen.began).toEqual(['enf_misuse_suspension']);
});

it('puts a trusted flagger’s notice first with its own SLA, removes the listing, tells the marketplace which, and warns the seller over the misuse thresholds', async () => {
  const { seen, activities } = mocks({ seller: [{ manifest: 3, total: 4 }] });
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('notice', { workflowId: `notice:ntc_tf_${Date.now()}`, taskQueue, args: [inputFor('ntc_tf', 'tfl_1')] });
    await handle.executeUpdate(recordedUpdate);
    await decide(handle, removal);
    expect(await handle.result()).toEqual({ status: 'decided', outcome: 'action', enforcementId: 'enf_ntc_tf', measures: ['seller_warning'] });
    await recordHistory('notice-trusted-flagger-listing-removal', handle);
    await stopChild('enf_misuse_warning');
  });
  expect(seen.tasks.filter((t) => t.kind === 'notice')).toEqual([
    expect.objectContaining({ kind: 'notice', queue: 'notices', priority: 0, slaHours: 12, reasons: ['notice_counterfeit', 'trusted_flagger'] }),
  ]);
  expect(seen.events).toEqual([
    expect.objectContaining({ type: 'listing.action', sellerId: 'sel_1', data: { noticeId: 'ntc_tf', enforcementId: 'enf_ntc_tf', listingId: 'lst-77', action: 'listing_removal' } }),
  ]);
  expect(seen.messages).toEqual(['receipt', 'decision']);
  expect(seen.measures).toEqual([expect.objectContaining({ noticeId: 'ntc_tf', step: 'warning', counts: { manifest: 3, total: 4 } })]);
  expect(seen.began).toEqual(['enf_misuse_warning']);
});

it('warns a notifier whose notices are frequently manifestly unfounded, and sets aside the notices of one under suspension', async () => {
  const warned = mocks({ seller: [], notifier: { manifest: 5, total: 6 } });
  await temporalTest.withWorker(warned.activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('notice', { workflowId: `notice:ntc_un_${Date.now()}`, taskQueue, args: [inputFor('ntc_un')] });
    await decide(handle, { outcome: 'no_action', reasons: ['not_illegal'], note: 'genuine goods, invoice checked', manifestlyIllegal: false, manifestlyUnfounded: true });
    expect(await handle.result()).toEqual({ status: 'decided', outcome: 'no_action', measures: ['notifier_warning'] });
  });
  expect(warned.seen.notifierMeasures).toEqual([expect.objectContaining({ noticeId: 'ntc_un', notifierKey: 'nk_1', step: 'warning' })]);
  expect(warned.seen.messages).toEqual(['receipt', 'decision', 'misuse_warning']);

  const suspended = mocks({ seller: [], setAsideUntil: '2027-01-01T00:00:00.000Z' });
  await temporalTest.withWorker(suspended.activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('notice', { workflowId: `notice:ntc_sa_${Date.now()}`, taskQueue, args: [inputFor('ntc_sa')] });
    expect(await handle.result()).toEqual({ status: 'set_aside', measures: [] });
  });
  expect(suspended.seen.tasks).toEqual([]);
  expect(suspended.seen.messages).toEqual(['receipt', 'set_aside']);
});

it('registers a trusted flagger through its activity', async () => {
  const registered: any[] = [];
  const activities: Partial<Activities> = {
    registerTrustedFlagger: async (r) => {
      registered.push(r);
      return { id: r.flaggerId, name: r.input.name, memberState: r.input.memberState, expertise: r.input.expertise, clientId: r.input.clientId, status: 'active' };
    },
  };
  const input = { name: 'Brand Protection Network', memberState: 'DE', expertise: ['counterfeit' as const], clientId: 'key_flagger' };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('trustedFlaggerRegistration', {
      workflowId: `trusted-flagger:tfl_${Date.now()}`,
      taskQueue,
      args: [{ flaggerId: 'tfl_1', input, actor: reviewer }],
    });
    expect(await handle.result()).toEqual(expect.objectContaining({ id: 'tfl_1', status: 'active' }));
    await recordHistory('trusted-flagger-registration', handle);
  });
  expect(registered).toEqual([{ flaggerId: 'tfl_1', input, actor: reviewer }]);
});

it('refuses an action on one listing for a notice about the seller as a whole', async () => {
  const { activities } = mocks({ seller: [] });
  const input = inputFor('ntc_seller');
  input.filing.notice.target = { type: 'seller', sellerId: 'sel_1' };
  await temporalTest.withWorker(activities, async (taskQueue) => {
    const handle = await temporalTest.env.client.workflow.start('notice', { workflowId: `notice:ntc_seller_${Date.now()}`, taskQueue, args: [input] });
    let state = await handle.query(caseStateQuery);
    while (!state.reviewTask) state = await handle.query(caseStateQuery);
    const taskId = state.reviewTask.taskId;
    await handle.executeUpdate(claimReviewTaskUpdate, { args: [{ taskId, actor: reviewer }] });
    await expect(handle.executeUpdate(decideNoticeUpdate, { args: [{ taskId, actor: reviewer, decision: removal }] })).rejects.toHaveProperty('cause.type', 'listing_action_needs_listing');
    await handle.terminate('the test is over');
  });
});
