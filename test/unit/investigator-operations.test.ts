/**
 * The investigators' operations as pure rules: who is on shift (day shifts, overnight shifts, time
 * zones), who a case goes to (skills, cap, load, then who waited longest), which senior is paged,
 * and which decided cases are sampled (FNV-1a of the task ID with MurmurHash3's finaliser; vectors
 * computed independently, in Python).
 */
import { chooseInvestigator, onShift, seniorOnShift, skilledFor, type Investigator } from '../../domain/operations/assignment';
import { agrees, isSampled } from '../../domain/operations/quality-sampling';

const weekdays = { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00', timeZone: 'Europe/London' };
const nights = { days: [5], start: '22:00', end: '06:00', timeZone: 'Europe/Berlin' };

const person = (over: Partial<Investigator>): Investigator => ({
  id: 'key_a',
  name: 'A',
  categories: ['*'],
  languages: ['en'],
  markets: ['GB'],
  shift: weekdays,
  maxOpenCases: 10,
  senior: false,
  openCases: 0,
  ...over,
});

describe('shifts', () => {
  it('covers a day shift in its own time zone, winter and summer', () => {
    // Tuesday 2026-12-08 09:30 in London is 09:30 UTC; in July London is UTC+1.
    expect(onShift(weekdays, new Date('2026-12-08T09:30:00Z'))).toBe(true);
    expect(onShift(weekdays, new Date('2026-12-08T17:00:00Z'))).toBe(false);
    expect(onShift(weekdays, new Date('2026-07-07T16:30:00Z'))).toBe(false); // 17:30 in London
    expect(onShift(weekdays, new Date('2026-07-07T06:30:00Z'))).toBe(false); // 07:30 in London
    expect(onShift(weekdays, new Date('2026-12-12T10:00:00Z'))).toBe(false); // a Saturday
  });
  it('runs an overnight shift past midnight into the next day', () => {
    // Friday 2026-12-11 22:30 in Berlin is 21:30 UTC; Saturday 05:59 in Berlin is 04:59 UTC.
    expect(onShift(nights, new Date('2026-12-11T21:30:00Z'))).toBe(true);
    expect(onShift(nights, new Date('2026-12-12T04:59:00Z'))).toBe(true);
    expect(onShift(nights, new Date('2026-12-12T05:00:00Z'))).toBe(false);
    // Thursday night is not a shift night.
    expect(onShift(nights, new Date('2026-12-10T22:30:00Z'))).toBe(false);
  });
  it('takes 24:00 as the end of the day', () => {
    expect(onShift({ days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00', timeZone: 'UTC' }, new Date('2026-12-08T23:59:30Z'))).toBe(true);
  });
});

describe('assignment', () => {
  const now = new Date('2026-12-08T10:00:00Z');
  it('needs the category, the market and the market’s language', () => {
    const de = person({ id: 'key_de', categories: ['counterfeit'], languages: ['de'], markets: ['DE', 'AT'] });
    expect(skilledFor(de, { category: 'counterfeit', market: 'AT' })).toBe(true);
    expect(skilledFor(de, { category: 'fraud', market: 'AT' })).toBe(false);
    expect(skilledFor(de, { category: 'counterfeit', market: 'FR' })).toBe(false);
    expect(skilledFor({ ...de, markets: ['*'] }, { category: 'counterfeit', market: 'FR' })).toBe(false); // no French
  });
  it('gives the case to the least loaded one on shift under the cap, then to the one who waited longest', () => {
    const team = [
      person({ id: 'key_full', openCases: 10, maxOpenCases: 10 }),
      person({ id: 'key_busy', openCases: 4 }),
      person({ id: 'key_recent', openCases: 2, lastAssignedAt: '2026-12-08T09:59:00Z' }),
      person({ id: 'key_waiting', openCases: 2, lastAssignedAt: '2026-12-08T08:00:00Z' }),
      person({ id: 'key_off', openCases: 0, shift: nights }),
    ];
    expect(chooseInvestigator(team, { category: 'counterfeit', market: 'GB' }, now)?.id).toBe('key_waiting');
    expect(chooseInvestigator(team.slice(0, 2), { market: 'GB' }, now)?.id).toBe('key_busy');
    expect(chooseInvestigator([team[0], team[4]], { market: 'GB' }, now)).toBeUndefined();
  });
  it('pages the least loaded senior on shift', () => {
    const team = [
      person({ id: 'key_s1', senior: true, openCases: 5 }),
      person({ id: 'key_s2', senior: true, openCases: 1 }),
      person({ id: 'key_j', openCases: 0 }),
      person({ id: 'key_s3', senior: true, shift: nights }),
    ];
    expect(seniorOnShift(team, now)?.id).toBe('key_s2');
    expect(seniorOnShift(team.slice(2), now)).toBeUndefined();
  });
});

describe('quality sampling', () => {
  it('samples by the task ID: "qa:rvt_1" hashes to 1541059416 (0.3588 of 2^32)', () => {
    expect(isSampled('rvt_1', 0.359)).toBe(true);
    expect(isSampled('rvt_1', 0.358)).toBe(false);
    // "qa:rvt_2" hashes to 2981412210 (0.6942).
    expect(isSampled('rvt_2', 0.695)).toBe(true);
    expect(isSampled('rvt_2', 0.694)).toBe(false);
    expect(isSampled('rvt_1', 0)).toBe(false);
    expect(isSampled('rvt_1', 1)).toBe(true);
  });
  it('samples about the share asked for', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `rvt_${i.toString(36).padStart(8, '0')}`);
    const share = ids.filter((id) => isSampled(id, 0.1)).length / ids.length;
    expect(share).toBeGreaterThan(0.09);
    expect(share).toBeLessThan(0.11);
  });
  it('agrees on the same outcome only', () => {
    expect(agrees('enforce', 'enforce')).toBe(true);
    expect(agrees('enforce', 'no_action')).toBe(false);
  });
});
