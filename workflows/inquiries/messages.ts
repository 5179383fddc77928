/** Messages of the inquiry workflow, shared with the API. */
import { defineUpdate } from '@temporalio/workflow';
import type { InquiryDecision } from '../../domain/inquiries/inquiries';
import type { Actor } from '../../domain/shared/actor';

export const decideInquiryUpdate = defineUpdate<{ status: string; awaitingSecondApproval?: boolean }, [{ taskId: string; actor: Actor; decision: InquiryDecision }]>('decideInquiry');
