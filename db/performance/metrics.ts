/** Daily performance metrics per seller: one row per seller and day; a day sent again replaces it. */
import type { Knex } from 'knex';
import type { MetricsDay } from '../../domain/performance/metrics';
import type { Actor } from '../../domain/shared/actor';
import { appendAudit } from '../shared/audit';

export async function storeMetrics(db: Knex, sellerId: string, days: MetricsDay[], actor: Actor, requestId?: string): Promise<{ stored: number; replaced: number }> {
  return db.transaction(async (trx) => {
    const dates = days.map((d) => d.date);
    const existing = await trx('seller_metrics').where({ seller_id: sellerId }).whereIn('day', dates).count<{ n: string }[]>('* as n');
    await trx('seller_metrics')
      .insert(
        days.map((d) => ({
          seller_id: sellerId,
          day: d.date,
          orders: d.orders,
          pre_fulfilment_cancellations: d.preFulfilmentCancellations,
          late_shipments: d.lateShipments,
          order_defects: d.orderDefects,
          shipments: d.shipments,
          shipments_with_valid_tracking: d.shipmentsWithValidTracking,
          sales_amount: d.sales.amount,
          sales_currency: d.sales.currency,
          received_at: trx.fn.now(),
        })),
      )
      .onConflict(['seller_id', 'day'])
      .merge();
    const replaced = Number(existing[0].n);
    await appendAudit(trx, {
      actor,
      action: 'metrics.received',
      subjectType: 'seller',
      subjectId: sellerId,
      data: { days: days.length, replaced, from: dates.reduce((a, b) => (a < b ? a : b)), to: dates.reduce((a, b) => (a > b ? a : b)) },
      requestId,
    });
    return { stored: days.length, replaced };
  });
}
