/** The marketplace's report of a seller's devices and IP addresses, recorded by its activity (one writer per fact). */
import type { IdentifierReport } from '../../activities/account-groups/account-groups';
import { records } from '../shared/activities';

export async function identifierReport(report: IdentifierReport): Promise<{ added: number }> {
  return records.recordReportedIdentifiers(report);
}
