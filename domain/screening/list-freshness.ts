/**
 * Whether the lists behind an index can be trusted today: a list older than the allowed age (by the
 * publication time it states, else the time its file was last replaced) is stale, and the shipped
 * synthetic list is never a real one. Either makes the service degraded, not down: screening goes on
 * and says what it screened against.
 */
import type { ListSource } from './screening-index';

export interface ListFreshness {
  status: 'current' | 'stale' | 'synthetic';
  /** The oldest list and its age in hours. */
  oldest: { file: string; at: string; ageHours: number } | null;
  maxAgeHours: number;
}

/**
 * Lists downloaded from their publishers (SANCTIONS_LIST_URLS) are as current as the last download
 * that found them good: a list the publisher has not changed for weeks, confirmed an hour ago, is not
 * stale. A publication date the list states still counts first.
 */
export function confirmedAt(sources: readonly ListSource[], lastGoodDownload: Date | undefined): ListSource[] {
  if (!lastGoodDownload) return [...sources];
  return sources.map((s) => (s.publishedAt || new Date(s.modifiedAt) >= lastGoodDownload ? s : { ...s, modifiedAt: lastGoodDownload.toISOString() }));
}

export function listFreshness(sources: readonly ListSource[], now: Date, maxAgeHours: number): ListFreshness {
  const ages = sources.map((s) => {
    const at = s.publishedAt ?? s.modifiedAt;
    return { file: s.file, at, ageHours: Math.round(((now.getTime() - new Date(at).getTime()) / 3_600_000) * 10) / 10 };
  });
  const oldest = ages.sort((a, b) => b.ageHours - a.ageHours)[0] ?? null;
  const status = sources.some((s) => s.synthetic) ? 'synthetic' : oldest && oldest.ageHours > maxAgeHours ? 'stale' : 'current';
  return { status, oldest, maxAgeHours };
}
