/**
 * Governance figures: the reporting periods and the shapes the managers' dashboard and the DSA
 * Art. 24 transparency report are built from. Pure: the queries fill them in.
 */
import { z } from 'zod';

export const intervals = ['day', 'week', 'month'] as const;
export type Interval = (typeof intervals)[number];

/** A range the metrics cover: from inclusive, to exclusive, at most about two years. */
export interface Range {
  from: string;
  to: string;
}

const MAX_RANGE_DAYS = 800;
const DAY_MS = 86_400_000;

export const metricsQuerySchema = z
  .strictObject({
    from: z.iso.date().or(z.iso.datetime()).optional(),
    to: z.iso.date().or(z.iso.datetime()).optional(),
    interval: z.enum(intervals).default('week'),
  })
  .transform((q, ctx) => {
    // Default: the 90 days up to now.
    const to = q.to ? new Date(q.to) : new Date();
    const from = q.from ? new Date(q.from) : new Date(to.getTime() - 90 * DAY_MS);
    if (from >= to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must be before to' });
    else if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) ctx.addIssue({ code: 'custom', path: ['from'], message: `the range may span at most ${MAX_RANGE_DAYS} days` });
    return { from: from.toISOString(), to: to.toISOString(), interval: q.interval };
  });

/** DSA Art. 24(1) and 15(1): reports cover a half-year, `2026-H1` (January–June) or `2026-H2`. */
export const transparencyPeriodSchema = z.strictObject({
  period: z.string().regex(/^\d{4}-H[12]$/, 'must be a half-year such as 2026-H1 or 2026-H2'),
});

export function halfYear(period: string): Range {
  const [year, half] = [Number(period.slice(0, 4)), period.slice(5)];
  const from = new Date(Date.UTC(year, half === 'H1' ? 0 : 6, 1));
  const to = new Date(Date.UTC(half === 'H1' ? year : year + 1, half === 'H1' ? 6 : 0, 1));
  return { from: from.toISOString(), to: to.toISOString() };
}

/** A share as a fraction with four decimals, or null when there is nothing to divide. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Hours with one decimal, or null. */
export const hours = (seconds: number | null | undefined): number | null => (seconds === null || seconds === undefined ? null : Math.round((Number(seconds) / 3600) * 10) / 10);
