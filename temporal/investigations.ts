/**
 * Adds something to a seller's open investigation, or opens one: Signal-With-Start on the seller's
 * investigation workflow ID, so two reports at once land in one case, never two.
 */
import type { Client } from '@temporalio/client';
import { newId } from '../domain/shared/ids';
import type { InvestigationSignal, ReportFiling } from '../domain/investigations/investigations';
import { investigationSignal } from '../workflows/investigations/messages';
import { investigationWorkflowId } from './workflow-ids';

export async function signalInvestigation(temporal: { client: Client; taskQueue: string }, sellerId: string, signal: InvestigationSignal, filing?: ReportFiling): Promise<string> {
  const handle = await temporal.client.workflow.signalWithStart('investigation', {
    workflowId: investigationWorkflowId(sellerId),
    taskQueue: temporal.taskQueue,
    args: [{ investigationId: newId('investigation'), sellerId }],
    signal: investigationSignal,
    signalArgs: filing ? [signal, filing] : [signal],
  });
  return handle.workflowId;
}
