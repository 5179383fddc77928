/** The dispute process as its workflow sees it: what it is started with and how it stands. */
import type { Actor } from '../shared/actor';
import type { DisputeDecider, DisputeOutcome } from './codes';
import type { DisputeAppeal, DisputeDecision, DisputeInput, SellerResponse } from './schemas';

export interface DisputeFiling {
  disputeId: string;
  dispute: DisputeInput;
  receivedBy: Actor;
  requestId?: string;
}

export interface DisputeProcessInput {
  disputeId: string;
  filing: DisputeFiling;
  /** The rules version the dispute is decided under (domain/disputes/rules.ts). */
  rulesVersion: string;
}

export type DisputeStatus = 'awaiting_seller' | 'in_review' | 'resolved' | 'appealed' | 'closed';

/** One resolution: the first, and the one after an appeal, which overturns the first when its outcome differs. */
export interface DisputeResolution {
  outcome: DisputeOutcome;
  reasons: string[];
  decidedBy: DisputeDecider;
  actor?: Actor;
  note?: string;
  refund?: { amount: string; currency: string };
}

export type { DisputeAppeal, DisputeDecision, DisputeInput, SellerResponse };
