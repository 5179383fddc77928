/**
 * seller_metrics partitioned by month (db/performance/metrics-partitions.ts), over real HTTP with the
 * real worker, Temporal and Postgres: a day in a month without a partition is kept (in the default
 * partition), not refused; making that month's partition moves it there; a window read touches only the
 * months it covers; and each daily cycle makes the partitions of the three months after its day.
 */
import { ensureMetricsPartitions, monthsCovering } from '../../db/performance/metrics-partitions';
import { inSellerRange, sellerRanges } from '../../domain/performance/seller-ranges';
import { newId } from '../../domain/shared/ids';
import { ukCompany } from '../../scripts/sample-applications';
import { call, waitFor } from '../helpers/http';
import { startSystem, type System } from '../helpers/system';

let system: System;
beforeAll(async () => {
  system = await startSystem();
});
afterAll(async () => {
  await system?.stop();
});

const day = (date: string) => ({
  date,
  orders: 10,
  preFulfilmentCancellations: 0,
  lateShipments: 0,
  orderDefects: 0,
  shipments: 10,
  shipmentsWithValidTracking: 10,
  sales: { amount: '100.00', currency: 'EUR' },
});

async function partitions(): Promise<string[]> {
  const { rows } = await system.db.raw(`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'seller_metrics'::regclass order by 1`);
  return rows.map((r: { name: string }) => r.name);
}

const rowsIn = async (table: string, sellerId: string) => Number((await system.db(table).where({ seller_id: sellerId }).count<{ n: string }[]>('* as n'))[0].n);

it('names the months a range covers, across a year end', () => {
  expect(monthsCovering('2026-11-30', '2027-01-01')).toEqual([
    { name: 'seller_metrics_202611', start: '2026-11-01', end: '2026-12-01' },
    { name: 'seller_metrics_202612', start: '2026-12-01', end: '2027-01-01' },
    { name: 'seller_metrics_202701', start: '2027-01-01', end: '2027-02-01' },
  ]);
});

it('keeps a day of a month without a partition, moves it when the month gets one, and reads a window from its months only', async () => {
  const accepted = await call(system.baseUrl, 'POST', '/v1/applications', { key: system.keys.onboarding_frontend, body: ukCompany() });
  const sellerId = accepted.body.sellerId;
  await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/applications/${accepted.body.id}`, { key: system.keys.reviewer }),
    (r) => r.body.status === 'approved',
  );
  expect(await partitions()).toContain('seller_metrics_default');
  expect(await partitions()).not.toContain('seller_metrics_202403');

  const stored = await call(system.baseUrl, 'POST', `/v1/sellers/${sellerId}/metrics`, { key: system.keys.order_system, body: { days: [day('2024-03-05'), day('2024-03-06')] } });
  expect(stored.status).toBe(200);
  expect(await rowsIn('seller_metrics_default', sellerId)).toBe(2);

  expect(await ensureMetricsPartitions(system.db, '2024-03-01', '2024-03-31')).toEqual(['seller_metrics_202403']);
  expect(await rowsIn('seller_metrics_default', sellerId)).toBe(0);
  expect(await rowsIn('seller_metrics_202403', sellerId)).toBe(2);
  expect(await rowsIn('seller_metrics', sellerId)).toBe(2);
  // Made once: a second call makes nothing; a day sent again still replaces its row in the new partition.
  expect(await ensureMetricsPartitions(system.db, '2024-03-01', '2024-03-31')).toEqual([]);
  const again = await call(system.baseUrl, 'POST', `/v1/sellers/${sellerId}/metrics`, { key: system.keys.order_system, body: { days: [day('2024-03-05')] } });
  expect(again.body).toMatchObject({ days: 1, replaced: 1 });

  // The planner prunes: a window inside March 2024 scans that month's partition and no other.
  const { rows } = await system.db.raw(`explain select sum(orders) from seller_metrics where day > '2024-03-01' and day <= '2024-03-31'`);
  const scanned = new Set<string>(
    rows
      .map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'])
      .join('\n')
      .match(/seller_metrics_\w+/g),
  );
  expect([...scanned].filter((t) => !t.endsWith('_index') && !t.endsWith('_pkey'))).toEqual(['seller_metrics_202403']);
});

it("puts each seller in the same range of the cycle as the code does, in the database's own text order", async () => {
  const ranges = sellerRanges(7);
  const ids = [...Array.from({ length: 500 }, () => newId('seller')), 'sel_00000000000000000000', 'sel_zzzzzzzzzzzzzzzzzzzz'];
  const { rows } = await system.db.raw(
    `select id, ${ranges.map((r, i) => `(${[r.from === undefined ? 'true' : `id >= :from${i}`, r.to === undefined ? 'true' : `id < :to${i}`].join(' and ')}) as r${i}`).join(', ')} from unnest(:ids::varchar[]) as id`,
    { ids, ...Object.fromEntries(ranges.flatMap((r, i) => [...(r.from ? [[`from${i}`, r.from]] : []), ...(r.to ? [[`to${i}`, r.to]] : [])])) },
  );
  const inDatabase = rows.map((row: Record<string, unknown>) => ({ id: row.id, ranges: ranges.map((_, i) => row[`r${i}`]).join() }));
  expect(inDatabase).toEqual(ids.map((id) => ({ id, ranges: ranges.map((r) => inSellerRange(id, r)).join() })));
});

it('each daily cycle makes the partitions of the three months after its day', async () => {
  const asOf = '2027-07-15';
  const started = await call(system.baseUrl, 'POST', '/v1/admin/performance-reviews', { key: system.keys.admin, body: { asOf } });
  expect(started.status).toBe(202);
  await waitFor(
    () => call(system.baseUrl, 'GET', `/v1/admin/performance-reviews/${started.body.id}`, { key: system.keys.admin }),
    (r) => r.body.status === 'completed',
  );
  expect(await partitions()).toEqual(expect.arrayContaining(['seller_metrics_202707', 'seller_metrics_202708', 'seller_metrics_202709', 'seller_metrics_202710']));
});
