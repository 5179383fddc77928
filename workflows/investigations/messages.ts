/** Messages of the investigation workflow, shared with the API and the signal-with-start helper. */
import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { InvestigationDecision, InvestigationSignal, ReportFiling } from '../../domain/investigations/investigations';
import type { Actor } from '../../domain/shared/actor';

export const decideInvestigationUpdate = defineUpdate<{ status: string; enforcementId?: string }, [{ taskId: string; actor: Actor; decision: InvestigationDecision }]>('decideInvestigation');

/**
 * A report, an anomaly or a screening hit about the seller joins the open investigation (or starts one).
 * A report from the API brings its filing, which the workflow records.
 */
export const investigationSignal = defineSignal<[InvestigationSignal, ReportFiling?]>('investigationSignal');
