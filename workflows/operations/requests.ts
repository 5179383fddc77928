/** A lead's requests on the investigators' operations, each a short process whose activity writes its record (one writer per fact). */
import type { InvestigatorInput, MitigationInput } from '../../domain/operations/schemas';
import type { Actor } from '../../domain/shared/actor';
import { records } from '../shared/activities';

export async function investigatorProfile(input: { investigatorId: string; profile: InvestigatorInput; actor: Actor }): Promise<void> {
  await records.saveInvestigator(input);
}

export async function rootCauseMitigation(input: { mitigationId: string; rootCause: string; mitigation: MitigationInput; actor: Actor }): Promise<void> {
  await records.recordMitigation(input);
}
