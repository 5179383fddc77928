/** Calendar days as ISO dates (YYYY-MM-DD), counted in UTC. */

/** The day `days` after `day` (before it when negative). */
export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
