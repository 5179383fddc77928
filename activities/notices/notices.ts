/**
 * Side effects of the notice process: the notice's record and its decision, the action on a listing
 * or the seller it ends in, the counts and measures of Art. 23, and the messages to the notifier.
 */
import { createHmac } from 'node:crypto';
import { imposeAtOnce, proposeEnforcement } from '../../db/enforcement/proposals';
import {
  decideNotice,
  findNotice,
  findNoticeDetails,
  notifierMisuseCounts,
  notifierSetAsideUntil,
  recordNotice,
  recordNotifierMeasure,
  sellerMisuseCounts,
  setNoticeAside,
  markNoticeInReview,
} from '../../db/notices/notices';
import { registerTrustedFlagger } from '../../db/notices/trusted-flaggers';
import type { EnforcementType } from '../../domain/enforcement/enforcement';
import { isListingAction } from '../../domain/enforcement/enforcement';
import type { MisuseCounts, MisusePolicy } from '../../domain/notices/misuse-policy';
import type { NoticeDecision, NoticeFiling } from '../../domain/notices/notices';
import type { TrustedFlaggerInput } from '../../domain/notices/schemas';
import { misuseStatement, noticeActionStatement } from '../../domain/notices/statements';
import type { Actor } from '../../domain/shared/actor';
import { derivedId } from '../../domain/shared/ids';
import type { ActivityDeps } from '../shared/deps';
import { createNotifierMessages } from './notifier-messages';

/** Who sent it, as Art. 23(2) counts: the flagger, or a keyed fingerprint of the email (never the address itself). */
function notifierKeyOf(key: string, filing: NoticeFiling): string | null {
  if (filing.trustedFlaggerId) return `flagger:${filing.trustedFlaggerId}`;
  const email = filing.notice.notifier?.email?.trim().toLowerCase();
  return email ? createHmac('sha256', key).update(`notifier\u0000${email}`).digest('hex') : null;
}

export function createNoticeActivities(deps: ActivityDeps) {
  const { db, fingerprintKey } = deps;
  return {
    ...createNotifierMessages(deps),
    /** Stores the notice once; says whose it is for Art. 23(2), and whether their notices are set aside now. */
    async recordNotice(filing: NoticeFiling): Promise<{ notifierKey: string | null; setAsideUntil?: string }> {
      const notifierKey = notifierKeyOf(fingerprintKey, filing);
      await recordNotice(db, filing, notifierKey);
      return { notifierKey, setAsideUntil: notifierKey ? await notifierSetAsideUntil(db, notifierKey) : undefined };
    },
    async markNoticeInReview({ noticeId }: { noticeId: string }): Promise<void> {
      await markNoticeInReview(db, noticeId);
    },
    async setNoticeAside({ noticeId, actor, until }: { noticeId: string; actor: Actor; until: string }): Promise<void> {
      await setNoticeAside(db, noticeId, actor, until);
    },
    /**
     * The reviewer's decision, and the action it decides: on one listing in effect at once, with its
     * statement; on the seller proposed, for the enforcement workflow the notice process starts.
     */
    async decideNotice(input: { noticeId: string; decision: NoticeDecision; actor: Actor }): Promise<{ enforcementId?: string; listing?: { id: string; action: string } }> {
      const { noticeId, decision, actor } = input;
      const notice = (await findNotice(db, noticeId))!;
      const action = decision.action;
      if (!action) {
        await decideNotice(db, noticeId, decision, actor);
        return {};
      }
      const type = action.type as EnforcementType;
      const enforcementId = derivedId('enforcement', noticeId, type);
      const statement = noticeActionStatement(action, decision.reasons, {
        trusted: notice.trusted_flagger_id !== null,
        listingId: notice.listing_id ?? undefined,
        listedAt: findNoticeDetails(notice).listedAt,
      });
      const proposal = { id: enforcementId, sellerId: notice.seller_id, type, statement, decidedBy: actor, source: 'notice', sourceId: noticeId };
      const onListing = isListingAction(type) && notice.listing_id;
      if (onListing) await imposeAtOnce(db, proposal);
      else await proposeEnforcement(db, proposal);
      await decideNotice(db, noticeId, decision, actor, enforcementId);
      return { enforcementId, ...(onListing ? { listing: { id: notice.listing_id!, action: type } } : {}) };
    },
    async sellerMisuseCounts({ sellerId, windowDays }: { sellerId: string; windowDays: number }): Promise<MisuseCounts> {
      return sellerMisuseCounts(db, sellerId, windowDays);
    },
    async notifierMisuseCounts({ notifierKey, windowDays }: { notifierKey: string; windowDays: number }): Promise<MisuseCounts> {
      return notifierMisuseCounts(db, notifierKey, windowDays);
    },
    /** Art. 23(1): the warning or the suspension, as an enforcement action the workflow then runs; once per notice. */
    async proposeMisuseMeasure(input: {
      noticeId: string;
      sellerId: string;
      step: 'warning' | 'suspension';
      policy: MisusePolicy;
      counts: MisuseCounts;
      reasons: string[];
    }): Promise<{ enforcementId: string }> {
      const enforcementId = derivedId('enforcement', input.noticeId, 'misuse', input.step);
      const statement = misuseStatement(input.step, input.policy, input.counts, input.reasons);
      await proposeEnforcement(db, { id: enforcementId, sellerId: input.sellerId, type: input.step, statement, source: 'notice_misuse', sourceId: input.noticeId });
      return { enforcementId };
    },
    /** Art. 23(2): a notifier's warning, or the suspension of their notices until a date; once per notice. */
    async recordNotifierMeasure(input: { noticeId: string; notifierKey: string; step: 'warning' | 'suspension'; until?: string; actor: Actor }): Promise<void> {
      await recordNotifierMeasure(
        db,
        { id: derivedId('notifierMeasure', input.noticeId, input.step), notifierKey: input.notifierKey, kind: input.step, noticeId: input.noticeId, until: input.until },
        input.actor,
      );
    },
    async registerTrustedFlagger({ flaggerId, input, actor }: { flaggerId: string; input: TrustedFlaggerInput; actor: Actor }) {
      const row = await registerTrustedFlagger(db, flaggerId, input, actor);
      return { id: row.id, name: row.name, memberState: row.member_state, expertise: row.expertise, clientId: row.client_id, status: row.status };
    },
  };
}
