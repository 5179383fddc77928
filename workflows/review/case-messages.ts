/** Messages of the enforcement and appeal workflows, shared with the API and with each other. */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AppealDecision, AppealOutcome } from '../../domain/appeals/appeals';
import type { EnforcementDecision } from '../../domain/review/case-claims';
import type { InvestigationDecision, InvestigationSignal } from '../../domain/investigations/investigations';
import type { InquiryDecision } from '../../domain/inquiries/inquiries';
import type { Actor } from '../../domain/onboarding/onboarding';
import type { ReviewTaskState } from '../../domain/review/review';

export interface CaseState {
  status: string;
  reviewTask?: ReviewTaskState;
}

export const caseStateQuery = defineQuery<CaseState>('caseState');
export const decideEnforcementUpdate = defineUpdate<{ status: string }, [{ taskId: string; actor: Actor; decision: EnforcementDecision }]>('decideEnforcement');
export const decideAppealUpdate = defineUpdate<{ status: string }, [{ taskId: string; actor: Actor; decision: AppealDecision }]>('decideAppeal');

/** The seller fixed the cause (a later review found the standing better): call off what has not taken effect. */
export const cancelEnforcementSignal = defineSignal<[{ reason: string }]>('cancelEnforcement');
/** An appeal against the action arrived while it was in notice: it waits for the appeal. */
export const appealFiledSignal = defineSignal<[{ appealId: string }]>('appealFiled');
export const appealDecidedSignal = defineSignal<[{ appealId: string; outcome: AppealOutcome }]>('appealDecided');

export const decideInvestigationUpdate = defineUpdate<{ status: string; enforcementId?: string }, [{ taskId: string; actor: Actor; decision: InvestigationDecision }]>('decideInvestigation');
/** A report, an anomaly or a screening hit about the seller joins the open investigation (or starts one). */
export const investigationSignal = defineSignal<[InvestigationSignal]>('investigationSignal');
/** The seller certified its INFORM data (POST /v1/sellers/{id}/inform-certification). */
export const informCertifiedSignal = defineSignal<[{ certifiedAt: string }]>('informCertified');
/** The seller answered a request (a new identity document): POST /v1/sellers/{id}/information. */
export const sellerInformationSignal = defineSignal<[{ requestId: string }]>('sellerInformationProvided');
export const decideInquiryUpdate = defineUpdate<{ status: string; awaitingSecondApproval?: boolean }, [{ taskId: string; actor: Actor; decision: InquiryDecision }]>('decideInquiry');
/** A legal hold on the seller was released: its retention clock runs again. */
export const legalHoldReleasedSignal = defineSignal<[{ holdId: string }]>('legalHoldReleased');
