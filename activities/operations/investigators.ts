/** Side effects of the investigators' operations: profiles, second reviews, mitigations. */
import { saveInvestigator } from '../../db/operations/investigators';
import { recordQualityReview } from '../../db/operations/quality-reviews';
import { recordMitigation } from '../../db/operations/root-causes';
import type { InvestigatorInput, MitigationInput, QualityReview } from '../../domain/operations/schemas';
import type { Actor } from '../../domain/shared/actor';
import type { ActivityDeps } from '../shared/deps';

export function createInvestigatorActivities({ db }: ActivityDeps) {
  return {
    async saveInvestigator({ investigatorId, profile, actor }: { investigatorId: string; profile: InvestigatorInput; actor: Actor }): Promise<void> {
      await saveInvestigator(db, investigatorId, profile, actor);
    },
    async recordQualityReview({ originalTaskId, qaTaskId, review, actor }: { originalTaskId: string; qaTaskId: string; review: QualityReview; actor: Actor }): Promise<{ agreed: boolean }> {
      return recordQualityReview(db, originalTaskId, qaTaskId, review, actor);
    },
    async recordMitigation({ mitigationId, rootCause, mitigation, actor }: { mitigationId: string; rootCause: string; mitigation: MitigationInput; actor: Actor }): Promise<void> {
      await recordMitigation(db, mitigationId, rootCause, mitigation, actor);
    },
  };
}
