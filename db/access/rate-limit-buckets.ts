/**
 * Token buckets kept in Postgres, so every API process draws on the same allowance. One statement
 * per reservation: the row is refilled for the time since it was last touched, up to `capacity`, and
 * up to `wanted` whole tokens are taken from it, under the row lock the upsert holds. Time is the
 * database's (`now()`), so the processes' clocks do not matter.
 */
import type { Knex } from 'knex';

export interface Reservation {
  /** Tokens taken, 0 to `wanted`. */
  granted: number;
  /** Tokens left in the bucket after it. */
  tokens: number;
}

export async function reserveTokens(db: Knex, bucket: string, wanted: number, capacity: number, perSecond: number): Promise<Reservation> {
  const available = `least(:capacity::float8, b.tokens + extract(epoch from now() - b.refilled_at)::float8 * :perSecond::float8)`;
  const granted = `greatest(0, least(:wanted::int, floor(${available})::int))`;
  const { rows } = await db.raw(
    `insert into rate_limit_buckets as b (bucket, tokens, refilled_at, granted)
     values (:bucket, :capacity::float8 - least(:wanted::int, floor(:capacity::float8)::int), now(), least(:wanted::int, floor(:capacity::float8)::int))
     on conflict (bucket) do update set
       tokens = ${available} - ${granted},
       granted = ${granted},
       refilled_at = now()
     returning granted, tokens`,
    { bucket, wanted, capacity, perSecond },
  );
  return { granted: Number(rows[0].granted), tokens: Number(rows[0].tokens) };
}

/** Buckets untouched for longer than a full refill are full again: the same as no row. */
export async function forgetFullBuckets(db: Knex, refillSeconds: number): Promise<number> {
  return db('rate_limit_buckets').whereRaw('refilled_at < now() - make_interval(secs => ?)', [refillSeconds]).delete();
}
