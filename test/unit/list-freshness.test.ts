/** When the lists behind an index are current, stale or synthetic. */
import { listFreshness } from '../../domain/screening/list-freshness';

const now = new Date('2026-12-03T12:00:00Z');
const source = (file: string, at: string, extra: { publishedAt?: string; synthetic?: boolean } = {}) => ({ file, modifiedAt: at, entries: 10, synthetic: false, ...extra });

describe('listFreshness', () => {
  it('is current when every list is younger than the allowed age', () => {
    expect(listFreshness([source('sdn.csv', '2026-12-03T00:00:00Z'), source('un.xml', '2026-12-02T20:00:00Z')], now, 36)).toEqual({
      status: 'current',
      oldest: { file: 'un.xml', at: '2026-12-02T20:00:00Z', ageHours: 16 },
      maxAgeHours: 36,
    });
  });

  it('is stale when one list is older, by the publication time it states rather than its file', () => {
    const un = source('un.xml', '2026-12-03T11:00:00Z', { publishedAt: '2026-11-30T00:00:00Z' });
    expect(listFreshness([source('sdn.csv', '2026-12-03T00:00:00Z'), un], now, 36)).toMatchObject({ status: 'stale', oldest: { file: 'un.xml', ageHours: 84 } });
  });

  it('is synthetic when the shipped test list is among them, however fresh', () => {
    expect(listFreshness([source('sdn-synthetic.csv', '2026-12-03T11:59:00Z', { synthetic: true })], now, 36).status).toBe('synthetic');
  });
});
