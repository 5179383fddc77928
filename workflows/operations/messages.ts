/** Messages of the quality review workflow, shared with the API. */
import { defineUpdate } from '@temporalio/workflow';
import type { QualityReview } from '../../domain/operations/schemas';
import type { Actor } from '../../domain/shared/actor';

export const decideQualityReviewUpdate = defineUpdate<{ agreed: boolean }, [{ taskId: string; actor: Actor; review: QualityReview }]>('decideQualityReview');
