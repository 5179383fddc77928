/** OFAC's 10 business days (31 C.F.R. § 501.603), against the 2026 federal holiday calendar as OPM publishes it. */
import { addBusinessDays, blockingReportDates, isBusinessDay, usFederalHolidays } from '../../domain/screening/blocking-report';

describe('business days for a blocking report', () => {
  it('knows the 2026 federal holidays, with 4 July (a Saturday) observed on Friday 3 July', () => {
    expect([...usFederalHolidays(2026)].filter((d) => d.startsWith('2026')).sort()).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('observes a 1 January on a Saturday on the Friday before (2022: 31 December 2021)', () => {
    expect(usFederalHolidays(2021).has('2021-12-31')).toBe(true);
    expect(isBusinessDay('2021-12-31')).toBe(false);
  });

  it('counts 10 business days past weekends and holidays', () => {
    // Blocked on Thursday 19 November 2026: Thanksgiving (26 Nov) is skipped, the report is due on Friday 4 December.
    expect(addBusinessDays('2026-11-19', 10)).toBe('2026-12-04');
    expect(blockingReportDates('2026-11-19')).toEqual({ dueOn: '2026-12-04', warnOn: '2026-12-02' });
    // Blocked on Friday 18 December 2026: Christmas (25 Dec) and 1 January 2027 are skipped.
    expect(addBusinessDays('2026-12-18', 10)).toBe('2027-01-05');
  });
});
