/** Daily seller performance metrics as order systems send them (DESIGN.md section 4). */
import { z } from 'zod';
import { isoDate } from '../onboarding/application';

const count = z.number().int().min(0).max(10_000_000);

export const metricsDaySchema = z
  .strictObject({
    date: isoDate,
    orders: count,
    preFulfilmentCancellations: count,
    lateShipments: count,
    orderDefects: count,
    shipments: count,
    shipmentsWithValidTracking: count,
    sales: z.strictObject({
      amount: z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'must be a decimal amount, e.g. "5321.40"'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code, e.g. GBP'),
    }),
  })
  .superRefine((d, ctx) => {
    for (const field of ['preFulfilmentCancellations', 'orderDefects'] as const) {
      if (d[field] > d.orders) ctx.addIssue({ code: 'custom', path: [field], message: 'cannot exceed orders' });
    }
    for (const field of ['lateShipments', 'shipmentsWithValidTracking'] as const) {
      if (d[field] > d.shipments) ctx.addIssue({ code: 'custom', path: [field], message: 'cannot exceed shipments' });
    }
  });

export const metricsBatchSchema = z.strictObject({ days: z.array(metricsDaySchema).min(1).max(400) }).superRefine((b, ctx) => {
  const seen = new Set<string>();
  b.days.forEach((d, i) => {
    if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message: 'appears twice in this batch' });
    seen.add(d.date);
  });
});

export type MetricsDay = z.infer<typeof metricsDaySchema>;
