/** Messages of the blocking report workflow, shared with the API. */
import { defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../../domain/shared/actor';

/** A compliance officer filed the report with the authority (POST /v1/blocking-reports/{id}/filing); recorded before it returns. */
export const fileBlockingReportUpdate = defineUpdate<{ status: 'filed' }, [{ reportId: string; reference: string; filedAt: string; actor: Actor; apiRequestId?: string }]>('fileBlockingReport');
