/** Messages of the appeal workflow, shared with the API. */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { AppealDecision } from '../../domain/appeals/appeals';
import type { Actor } from '../../domain/shared/actor';

export const decideAppealUpdate = defineUpdate<{ status: string; appealId?: string }, [{ taskId: string; actor: Actor; decision: AppealDecision }]>('decideAppeal');
/** Which appeal a running appeal workflow is: a second filing against the same decision asks it. */
export const appealIdQuery = defineQuery<string>('appealId');
