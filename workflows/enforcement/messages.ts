/** Messages of the enforcement workflow, shared with the API, the appeal workflow and activities. */
import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AppealOutcome } from '../../domain/appeals/codes';
import type { EnforcementDecision } from '../../domain/enforcement/schemas';
import type { Actor } from '../../domain/shared/actor';

export const decideEnforcementUpdate = defineUpdate<{ status: string }, [{ taskId: string; actor: Actor; decision: EnforcementDecision }]>('decideEnforcement');

/** The seller fixed the cause (a later review found the standing better): call off what has not taken effect. */
export const cancelEnforcementSignal = defineSignal<[{ reason: string }]>('cancelEnforcement');

/** An appeal against the action arrived while it was in notice: it waits for the appeal. */
export const appealFiledSignal = defineSignal<[{ appealId: string }]>('appealFiled');

export const appealDecidedSignal = defineSignal<[{ appealId: string; outcome: AppealOutcome }]>('appealDecided');
