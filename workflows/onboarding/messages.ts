/** The messages of the onboarding workflow, shared by the workflow and its clients (the API). */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ApplicationStatus, CheckResult } from '../../domain/onboarding/onboarding';
import type { Actor } from '../../domain/shared/actor';
import type { InformationAnswer, InformationRequestState } from '../../domain/onboarding/information-request';
import type { ReviewDecisionInput, ReviewTaskState } from '../../domain/review/review';
import type { RiskAssessment } from '../../domain/onboarding/risk';

export interface OnboardingState {
  applicationId: string;
  sellerId: string;
  /** The integrator that submitted it (seller isolation before the records exist). */
  clientId?: string;
  status: ApplicationStatus;
  checks: CheckResult[];
  risk?: RiskAssessment;
  reviewTask?: ReviewTaskState;
  informationRequest?: InformationRequestState;
  decisionId?: string;
}

export interface DecisionRequest {
  taskId: string;
  actor: Actor;
  decision: ReviewDecisionInput;
}

export interface DecisionResult {
  /** Set once the application is decided; absent while a decision waits for a second reviewer. */
  decisionId?: string;
  status: ApplicationStatus;
  awaitingSecondReview?: boolean;
}

export interface InformationRequestAnswer {
  actor: Actor;
  answer: InformationAnswer;
}

export interface WithdrawRequest {
  actor: Actor;
  reason?: string;
}

export const onboardingStateQuery = defineQuery<OnboardingState>('onboardingState');
export const decideReviewTaskUpdate = defineUpdate<DecisionResult, [DecisionRequest]>('decideReviewTask');
export const provideInformationUpdate = defineUpdate<{ status: ApplicationStatus }, [InformationRequestAnswer]>('provideInformation');
export const withdrawApplicationUpdate = defineUpdate<{ status: ApplicationStatus }, [WithdrawRequest]>('withdrawApplication');
