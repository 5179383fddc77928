/** Side effects of regulator inquiries: the package, the escalation and the answer. */
import { assembleResponse, concludeInquiry, escalateInquiry } from '../../db/inquiries/inquiries';
import type { Actor } from '../../domain/shared/actor';
import type { ActivityDeps } from '../shared/deps';

export function createInquiryActivities({ db }: ActivityDeps) {
  return {
    async assembleInquiryResponse({ inquiryId }: { inquiryId: string }) {
      return assembleResponse(db, inquiryId);
    },
    async escalateInquiry({ inquiryId }: { inquiryId: string }): Promise<void> {
      await escalateInquiry(db, inquiryId);
    },
    async concludeInquiry({ inquiryId, status, approvals, decidedBy, note }: { inquiryId: string; status: 'answered' | 'declined'; approvals: Array<{ actor: Actor; at: string }>; decidedBy: Actor; note?: string }): Promise<void> {
      await concludeInquiry(db, inquiryId, status, approvals, decidedBy, note);
    },
  };
}
