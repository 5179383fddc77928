/** Messages of the notice workflow, shared with the API. */
import { defineUpdate } from '@temporalio/workflow';
import type { NoticeDecision } from '../../domain/notices/notices';
import type { Actor } from '../../domain/shared/actor';

export const decideNoticeUpdate = defineUpdate<{ status: string }, [{ taskId: string; actor: Actor; decision: NoticeDecision }]>('decideNotice');
