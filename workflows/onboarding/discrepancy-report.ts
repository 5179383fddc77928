/**
 * One step of a register discrepancy report (approve, dismiss, file), recorded by its activity (one
 * writer per fact). Its workflow ID derives from the report and the step, so a repeated request is
 * recorded once and answered with the first result.
 */
import type { DiscrepancyReportAction } from '../../activities/onboarding/discrepancy-reports';
import { records } from '../shared/activities';

export async function discrepancyReportStep(action: DiscrepancyReportAction): Promise<{ changed: boolean }> {
  return records.actOnDiscrepancyReport(action);
}
