/** Messages of the dispute workflow, shared with the API. */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { DisputeAppeal, DisputeDecision, DisputeStatus, SellerResponse } from '../../domain/disputes/disputes';
import type { ReviewTaskState } from '../../domain/review/review';
import type { Actor } from '../../domain/shared/actor';

export const respondToDisputeUpdate = defineUpdate<{ status: DisputeStatus }, [{ response: SellerResponse; actor: Actor }]>('respondToDispute');
export const decideDisputeUpdate = defineUpdate<{ status: DisputeStatus }, [{ taskId: string; actor: Actor; decision: DisputeDecision }]>('decideDispute');
export const appealDisputeUpdate = defineUpdate<{ status: DisputeStatus }, [{ appeal: DisputeAppeal; actor: Actor }]>('appealDispute');
/** The buyer withdrew (the order system says so): the dispute ends wherever it is, until it is resolved. */
export const withdrawDisputeSignal = defineSignal<[]>('withdrawDispute');
export const disputeStateQuery = defineQuery<{ status: DisputeStatus; respondBy: string | null; appealableUntil?: string; reviewTask?: ReviewTaskState }>('disputeState');
