/** The messages of the onboarding workflow, shared by the workflow and its clients (the API). */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ApplicationStatus, Actor, CheckResult } from '../domain/onboarding';
import type { ReviewDecisionInput, ReviewTaskState } from '../domain/review';
import type { RiskAssessment } from '../domain/risk';

export interface OnboardingState {
  applicationId: string;
  sellerId: string;
  status: ApplicationStatus;
  checks: CheckResult[];
  risk?: RiskAssessment;
  reviewTask?: ReviewTaskState;
  decisionId?: string;
}

export interface ClaimRequest {
  taskId: string;
  actor: Actor;
}

export interface DecisionRequest {
  taskId: string;
  actor: Actor;
  decision: ReviewDecisionInput;
}

export interface DecisionResult {
  decisionId: string;
  status: ApplicationStatus;
}

export const onboardingStateQuery = defineQuery<OnboardingState>('onboardingState');
export const claimReviewTaskUpdate = defineUpdate<ReviewTaskState, [ClaimRequest]>('claimReviewTask');
export const decideReviewTaskUpdate = defineUpdate<DecisionResult, [DecisionRequest]>('decideReviewTask');
