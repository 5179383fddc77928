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

export function listFreshness(sources: readonly ListSource[], now: Date, maxAgeHours: number): ListFreshness {
  const ages = sources.map((s) => {
    const at = s.publishedAt ?? s.modifiedAt;
    return { file: s.file, at, ageHours: Math.round(((now.getTime() - new Date(at).getTime()) / 3_600_000) * 10) / 10 };
  });
  const oldest = ages.sort((a, b) => b.ageHours - a.ageHours)[0] ?? null;
  const status = sources.some((s) => s.synthetic) ? 'synthetic' : oldest && oldest.ageHours > maxAgeHours ? 'stale' : 'current';
  return { status, oldest, maxAgeHours };
}
