/**
 * Side effects of the dispute process: its record through its states, and what an outcome tells
 * the seller's investigation (a counterfeit the buyer won; the dispute rate's early warning).
 */
import { appealDispute, closeDispute, countDisputeRate, recordDispute, recordSellerResponse, resolveDispute } from '../../db/disputes/disputes';
import type { DisputeAppeal, DisputeFiling, DisputeResolution, SellerResponse } from '../../domain/disputes/disputes';
import { DISPUTE_WARNING, disputeRateWarning, type DisputePath } from '../../domain/disputes/rules';
import type { Actor } from '../../domain/shared/actor';
import { signalInvestigation } from '../../temporal/investigations';
import type { ActivityDeps } from '../shared/deps';

export function createDisputeActivities({ db, temporal }: ActivityDeps) {
  return {
    async recordDispute({ filing, rulesVersion, path, respondBy }: { filing: DisputeFiling; rulesVersion: string; path: DisputePath; respondBy: string | null }): Promise<void> {
      await recordDispute(db, filing, rulesVersion, path, respondBy);
    },
    async recordSellerResponse({ disputeId, response, actor }: { disputeId: string; response: SellerResponse; actor: Actor }): Promise<void> {
      await recordSellerResponse(db, disputeId, response, actor);
    },
    async resolveDispute({ disputeId, resolution, sellerFault, stage }: { disputeId: string; resolution: DisputeResolution; sellerFault: boolean | null; stage: 'first' | 'appeal' }): Promise<void> {
      await resolveDispute(db, disputeId, { ...resolution, sellerFault }, stage);
    },
    async appealDispute({ disputeId, appeal, actor }: { disputeId: string; appeal: DisputeAppeal; actor: Actor }): Promise<void> {
      await appealDispute(db, disputeId, appeal.by, appeal.statement, actor);
    },
    async closeDispute({ disputeId }: { disputeId: string }): Promise<void> {
      await closeDispute(db, disputeId);
    },
    /** A buyer's win that the rule wants investigated, and the dispute rate's early warning, join the seller's investigation. */
    async raiseDisputeSignals(input: { disputeId: string; sellerId: string; scenario: string; investigate: boolean }): Promise<{ signals: string[] }> {
      if (!temporal) throw new Error('the worker has no Temporal client to signal investigations');
      const signals: string[] = [];
      if (input.investigate) {
        await signalInvestigation(temporal, input.sellerId, { source: 'dispute', disputeId: input.disputeId, scenario: input.scenario });
        signals.push('dispute');
      }
      const counts = await countDisputeRate(db, input.sellerId, DISPUTE_WARNING.windowDays);
      if (disputeRateWarning(counts)) {
        await signalInvestigation(temporal, input.sellerId, { source: 'dispute_rate', sellerFault: counts.sellerFault, orders: counts.orders });
        signals.push('dispute_rate');
      }
      return { signals };
    },
  };
}
