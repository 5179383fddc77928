/** The log of signed provider callbacks: what arrived, once per vendor event, and where it went. */
import type { Knex } from 'knex';

export interface ProviderCallbackRecord {
  provider: string;
  eventId: string;
  clientReference: string;
  providerReference: string;
  /** late: the verification had ended; not_awaited: it waits for another vendor reference. */
  outcome: 'signalled' | 'late' | 'not_awaited';
  resultStatus: string;
}

export async function callbackSeen(db: Knex, provider: string, eventId: string): Promise<boolean> {
  return (await db('provider_callbacks').where({ provider, event_id: eventId }).first('id')) !== undefined;
}

export async function recordCallback(db: Knex, c: ProviderCallbackRecord): Promise<void> {
  await db('provider_callbacks')
    .insert({ provider: c.provider, event_id: c.eventId, client_reference: c.clientReference, provider_reference: c.providerReference, outcome: c.outcome, result_status: c.resultStatus })
    .onConflict(['provider', 'event_id'])
    .ignore();
}
