/**
 * Which investigator a case goes to: one on shift now, skilled for the case (its category, the
 * market's language and the market), under their cap on open cases, the least loaded first; ties go
 * to the one who has waited longest for a case (then by ID, so the choice is the same every time).
 * Urgent cases (priority 0: a sanctions hit, a trusted flagger's notice) that pass their SLA page the
 * senior on shift. Pure: the activity reads the investigators and their loads, this chooses.
 */

export interface Shift {
  /** ISO weekdays, 1 = Monday. */
  days: number[];
  /** "HH:MM" in the shift's time zone; an end before the start runs past midnight. */
  start: string;
  end: string;
  timeZone: string;
}

export interface Investigator {
  id: string;
  name: string;
  categories: string[];
  languages: string[];
  markets: string[];
  shift: Shift;
  maxOpenCases: number;
  senior: boolean;
  /** Cases routed to them or claimed by them and not yet decided. */
  openCases: number;
  /** When they were last given a case (ISO), if ever. */
  lastAssignedAt?: string;
}

export interface CaseNeeds {
  /** What the case is about (a report or notice category, a dispute scenario); absent: any. */
  category?: string;
  /** The seller's market (ISO country). */
  market?: string;
}

/** The language a market's cases are worked in (the marketplace's site language there). */
const marketLanguages: Record<string, string> = {
  GB: 'en',
  IE: 'en',
  US: 'en',
  MT: 'en',
  DE: 'de',
  AT: 'de',
  FR: 'fr',
  BE: 'fr',
  LU: 'fr',
  ES: 'es',
  IT: 'it',
  NL: 'nl',
  PT: 'pt',
  PL: 'pl',
  SE: 'sv',
  DK: 'da',
  FI: 'fi',
  CZ: 'cs',
  SK: 'sk',
  HU: 'hu',
  RO: 'ro',
  BG: 'bg',
  GR: 'el',
  HR: 'hr',
  SI: 'sl',
  EE: 'et',
  LV: 'lv',
  LT: 'lt',
  CY: 'el',
  NO: 'no',
};
export const languageOf = (market?: string) => (market ? marketLanguages[market] : undefined);

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** The weekday (1-7) and minute of the day at `now` in the time zone. */
function localTime(now: Date, timeZone: string): { day: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now).map((p) => [p.type, p.value]),
  );
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
  return { day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function onShift(shift: Shift, now: Date): boolean {
  const { day, minute } = localTime(now, shift.timeZone);
  const start = minutes(shift.start);
  const end = minutes(shift.end);
  if (start <= end) return shift.days.includes(day) && minute >= start && minute < end;
  // Overnight: from the start on a shift day, or before the end on the day after one.
  const yesterday = day === 1 ? 7 : day - 1;
  return (shift.days.includes(day) && minute >= start) || (shift.days.includes(yesterday) && minute < end);
}

export function skilledFor(i: Investigator, needs: CaseNeeds): boolean {
  const language = languageOf(needs.market);
  return (
    (!needs.category || i.categories.includes(needs.category) || i.categories.includes('*')) &&
    (!needs.market || i.markets.includes(needs.market) || i.markets.includes('*')) &&
    (!language || i.languages.includes(language))
  );
}

/** The investigator the case goes to, or undefined when no one on shift can take it (it waits in the queue). */
export function chooseInvestigator(investigators: readonly Investigator[], needs: CaseNeeds, now: Date): Investigator | undefined {
  return investigators
    .filter((i) => i.openCases < i.maxOpenCases && onShift(i.shift, now) && skilledFor(i, needs))
    .sort((a, b) => a.openCases - b.openCases || (a.lastAssignedAt ?? '').localeCompare(b.lastAssignedAt ?? '') || a.id.localeCompare(b.id))[0];
}

/** The senior to page for an urgent escalation: on shift, the least loaded. */
export function seniorOnShift(investigators: readonly Investigator[], now: Date): Investigator | undefined {
  return investigators.filter((i) => i.senior && onShift(i.shift, now)).sort((a, b) => a.openCases - b.openCases || a.id.localeCompare(b.id))[0];
}
