/**
 * The figures an operator watches, read from the business tables at scrape time (so every API
 * process reports the same, whichever wrote the rows): review queues and their SLAs, and
 * notification deliveries that keep failing.
 */
import type { Knex } from 'knex';

/** Review tasks still to be worked (open, claimed, or waiting for the second reviewer). */
const OPEN_TASK_STATUSES = ['open', 'claimed', 'awaiting_second_review'];

export interface QueueFigures {
  queue: string;
  depth: number;
  oldestAgeSeconds: number;
  slaBreaches: number;
}

export async function queueFigures(db: Knex): Promise<QueueFigures[]> {
  const rows = await db('review_tasks')
    .whereIn('status', OPEN_TASK_STATUSES)
    .groupBy('queue')
    .select(
      'queue',
      db.raw('count(*)::int as depth'),
      db.raw('extract(epoch from now() - min(created_at))::float8 as oldest'),
      db.raw('(count(*) filter (where sla_due_at < now()))::int as breaches'),
    );
  return (rows as unknown as { queue: string; depth: number; oldest: string | number; breaches: number }[]).map((r) => ({
    queue: r.queue,
    depth: r.depth,
    oldestAgeSeconds: Math.max(0, Number(r.oldest)),
    slaBreaches: r.breaches,
  }));
}

export interface DeliveryFigures {
  channel: string;
  /** Still being retried after at least one failed attempt. */
  failing: number;
  /** Given up on. */
  failed: number;
}

export async function deliveryFigures(db: Knex): Promise<DeliveryFigures[]> {
  const rows = await db('deliveries')
    .whereNot({ status: 'delivered' })
    .groupBy('channel')
    .select('channel', db.raw(`(count(*) filter (where status = 'pending' and last_error is not null))::int as failing`), db.raw(`(count(*) filter (where status = 'failed'))::int as failed`));
  return (rows as unknown as { channel: string; failing: number; failed: number }[]).map((r) => ({ channel: r.channel, failing: r.failing, failed: r.failed }));
}
