/**
 * The investigators' targets per two-month period (the cadence the operations review works to):
 * SLA attainment (case and application tasks decided within their SLA) and backlog age (the median
 * age of the tasks still open at the period's end). Pure: the periods and whether a figure meets
 * its target; db/operations/targets.ts counts.
 */

export interface TargetPeriod {
  /** "2026-11/2026-12": the two months it covers. */
  period: string;
  from: string;
  to: string;
}

const month = (d: Date) => d.toISOString().slice(0, 7);

/** The `count` two-month periods up to the one holding `now` (Jan-Feb, Mar-Apr, ...), oldest first. */
export function twoMonthPeriods(now: Date, count: number): TargetPeriod[] {
  const startMonth = now.getUTCMonth() - (now.getUTCMonth() % 2);
  return Array.from({ length: count }, (_, i) => {
    const from = new Date(Date.UTC(now.getUTCFullYear(), startMonth - 2 * (count - 1 - i), 1));
    const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 2, 1));
    const last = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    return { period: `${month(from)}/${month(last)}`, from: from.toISOString(), to: to.toISOString() };
  });
}

export interface Targets {
  slaAttainment: number;
  backlogAgeHours: number;
}

export const meetsSla = (attainment: number | null, t: Targets) => (attainment === null ? null : attainment >= t.slaAttainment);
export const meetsBacklogAge = (medianHours: number | null, t: Targets) => (medianHours === null ? true : medianHours <= t.backlogAgeHours);
