/** Messages about screening matches, handled by every workflow whose review task can hold one (onboarding, investigation). */
import { defineUpdate } from '@temporalio/workflow';
import type { MatchAdjudication, RecordedAdjudication } from '../../domain/screening/adjudication';

/** The reviewer who holds the task records a verdict on one of its matches; refused otherwise. */
export const adjudicateMatchUpdate = defineUpdate<RecordedAdjudication, [MatchAdjudication]>('adjudicateMatch');
