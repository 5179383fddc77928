/** The live state every case workflow (enforcement, appeal, investigation, inquiry) answers with. */
import { defineQuery } from '@temporalio/workflow';
import type { ReviewTaskState } from '../../domain/review/review';

export interface CaseState {
  status: string;
  reviewTask?: ReviewTaskState;
}

export const caseStateQuery = defineQuery<CaseState>('caseState');
