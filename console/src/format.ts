/** How times, durations and codes read in the console. */
import { useEffect, useState } from 'react';

/** The current time, ticking every second, for SLA countdowns. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function duration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days}d ${hours}h`;
  if (hours > 0) return `${hours}h ${mins}m`;
  if (minutes > 0) return `${mins}m`;
  return `${Math.floor(Math.abs(ms) / 1000) % 60}s`;
}

export const dateTime = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—');

/** `sanctions_potential_match` reads as "sanctions potential match". */
export const label = (code: string | null | undefined) => (code ? code.replace(/[_.]/g, ' ') : '—');

export const percent = (share: number | null | undefined) => (share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`);
