/** Events and their deliveries: the delivery log that shows what was sent, when, and how often tried. */
import type { Knex } from 'knex';
import type { EventInput } from '../../domain/notifications/notifications';

export type Channel = 'webhook' | 'email';

export interface EventRow {
  id: string;
  type: string;
  application_id: string | null;
  seller_id: string;
  data: Record<string, unknown>;
  created_at: Date;
}

export async function recordEvent(db: Knex, e: EventInput): Promise<EventRow> {
  await db('events')
    .insert({ id: e.eventId, type: e.type, application_id: e.applicationId ?? null, seller_id: e.sellerId, data: JSON.stringify(e.data) })
    .onConflict('id')
    .ignore();
  return db('events').where({ id: e.eventId }).first();
}

/** Starts an attempt on a channel; false when that channel already delivered this event. */
export async function beginDelivery(db: Knex, eventId: string, channel: Channel): Promise<boolean> {
  await db('deliveries').insert({ event_id: eventId, channel, status: 'pending' }).onConflict(['event_id', 'channel']).ignore();
  const updated = await db('deliveries').where({ event_id: eventId, channel }).whereNot({ status: 'delivered' }).increment('attempts', 1);
  return updated > 0;
}

export async function finishDelivery(db: Knex, eventId: string, channel: Channel, error?: string): Promise<void> {
  await db('deliveries')
    .where({ event_id: eventId, channel })
    .update(error ? { status: 'pending', last_error: error.slice(0, 500) } : { status: 'delivered', delivered_at: db.fn.now(), last_error: null });
}
