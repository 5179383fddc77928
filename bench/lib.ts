/** What the benchmarks share: a scratch database, percentiles, and the table they print. */
import { createDb, migrate, type Db } from '../db/knex';

export const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function scratchDatabase(name: string): Promise<{ db: Db; url: string; drop(): Promise<void> }> {
  const admin = createDb(ADMIN_URL, { poolMax: 1 });
  await admin.raw(`drop database if exists "${name}" with (force)`);
  await admin.raw(`create database "${name}"`);
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const db = createDb(url, { poolMax: 20 });
  await migrate(db);
  return {
    db,
    url,
    async drop() {
      await db.destroy();
      await admin.raw(`drop database if exists "${name}" with (force)`);
      await admin.destroy();
    },
  };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export interface Figure {
  bench: string;
  metric: string;
  value: number | string;
  baseline?: number | string;
  ratio?: number;
  note?: string;
}
