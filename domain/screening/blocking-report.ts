/**
 * A confirmed sanctions match blocks the seller's property (its held payouts), and the holder must
 * report it: to OFAC "within 10 business days from the date that property becomes blocked" (31 C.F.R.
 * § 501.603(b)(1)(i)); the property became blocked when the hold was placed. Business days leave out
 * weekends and the US federal holidays (5 U.S.C. § 6103, with a Saturday holiday observed on the
 * Friday before and a Sunday one on the Monday after). The report is tracked like an inquiry: a
 * compliance officer files it, warned two business days before the deadline.
 */
export const BLOCKING_REPORT_BUSINESS_DAYS = 10;
export const BLOCKING_REPORT_WARN_BUSINESS_DAYS = 2;
export const BLOCKING_REPORT_AUTHORITY = 'OFAC (31 C.F.R. § 501.603)';

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** The n-th given weekday (0 Sunday) of a month; n = -1 the last. */
function nthWeekday(y: number, m: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
    return iso(y, m, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7);
  }
  const lastDay = new Date(Date.UTC(y, m, 0));
  return iso(y, m, lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7));
}

/** A fixed-date holiday falling on a weekend is observed on the nearest weekday. */
function observed(y: number, m: number, d: number): string {
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 6 ? iso(y, m, d - 1) : day === 0 ? iso(y, m, d + 1) : iso(y, m, d);
}

export function usFederalHolidays(y: number): Set<string> {
  return new Set([
    observed(y, 1, 1),
    nthWeekday(y, 1, 1, 3), // Birthday of Martin Luther King, Jr.
    nthWeekday(y, 2, 1, 3), // Washington's Birthday
    nthWeekday(y, 5, 1, -1), // Memorial Day
    observed(y, 6, 19), // Juneteenth
    observed(y, 7, 4),
    nthWeekday(y, 9, 1, 1), // Labor Day
    nthWeekday(y, 10, 1, 2), // Columbus Day
    observed(y, 11, 11), // Veterans Day
    nthWeekday(y, 11, 4, 4), // Thanksgiving Day
    observed(y, 12, 25),
    observed(y + 1, 1, 1), // a 1 January on a Saturday is observed on 31 December
  ]);
}

export function isBusinessDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !usFederalHolidays(d.getUTCFullYear()).has(day);
}

/** The day `n` business days after `from` (a YYYY-MM-DD day; `from` itself does not count). */
export function addBusinessDays(from: string, n: number): string {
  let day = from;
  for (let left = n; left > 0;) {
    day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    if (isBusinessDay(day)) left--;
  }
  return day;
}

/** When the report is due and when the officer is warned, from the day the property was blocked. */
export function blockingReportDates(blockedOn: string): { dueOn: string; warnOn: string } {
  const dueOn = addBusinessDays(blockedOn, BLOCKING_REPORT_BUSINESS_DAYS);
  return { dueOn, warnOn: addBusinessDays(blockedOn, BLOCKING_REPORT_BUSINESS_DAYS - BLOCKING_REPORT_WARN_BUSINESS_DAYS) };
}
