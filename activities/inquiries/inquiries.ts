/** Side effects of regulator inquiries: the package, the escalation and the answer. */
import { assembleResponse, concludeInquiry, escalateInquiry, inquirySellerNotice, markSellersNotified, recordInquiry } from '../../db/inquiries/inquiries';
import type { InquiryRequest } from '../../domain/inquiries/schemas';
import type { Actor } from '../../domain/shared/actor';
import type { ActivityDeps } from '../shared/deps';

export function createInquiryActivities({ db }: ActivityDeps) {
  return {
    /** The order as received, written by its own workflow: an API that could not start it wrote nothing. */
    async recordInquiry({ inquiryId, request, receivedBy, receivedAt, requestId }: { inquiryId: string } & InquiryFiling): Promise<void> {
      await recordInquiry(db, inquiryId, request, receivedBy, requestId, receivedAt);
    },
    async assembleInquiryResponse({ inquiryId }: { inquiryId: string }) {
      return assembleResponse(db, inquiryId);
    },
    async escalateInquiry({ inquiryId }: { inquiryId: string }): Promise<void> {
      await escalateInquiry(db, inquiryId);
    },
    async concludeInquiry({
      inquiryId,
      status,
      approvals,
      decidedBy,
      note,
    }: {
      inquiryId: string;
      status: 'answered' | 'declined';
      approvals: Array<{ actor: Actor; at: string }>;
      decidedBy: Actor;
      note?: string;
    }): Promise<void> {
      await concludeInquiry(db, inquiryId, status, approvals, decidedBy, note);
    },
    /** Whom to tell of the order and its effect, and from when (DSA Art. 9(5)/10(5)). */
    async inquirySellerNotice({ inquiryId }: { inquiryId: string }) {
      return inquirySellerNotice(db, inquiryId);
    },
    async markSellersNotified({ inquiryId }: { inquiryId: string }): Promise<void> {
      await markSellersNotified(db, inquiryId);
    },
  };
}

export interface InquiryFiling {
  request: InquiryRequest;
  receivedBy: Actor & { authority: string; jurisdiction: string };
  /** When the API acknowledged receipt (DSA Art. 10(1)): the answer the regulator got says so. */
  receivedAt: string;
  requestId?: string;
}
