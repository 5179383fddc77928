/** Messages of the appeal workflow, shared with the API. */
import { defineUpdate } from '@temporalio/workflow';
import type { AppealDecision } from '../../domain/appeals/appeals';
import type { Actor } from '../../domain/shared/actor';

export const decideAppealUpdate = defineUpdate<{ status: string }, [{ taskId: string; actor: Actor; decision: AppealDecision }]>('decideAppeal');
