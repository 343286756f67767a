/**
 * Calendar dates ("YYYY-MM-DD") with no time zone. They are read as UTC midnight only so that
 * calendar sums never meet a clock change. Plain helpers: no other layer is imported here.
 */
/** A day in milliseconds, for calendar sums on UTC midnights (never for wall-clock time across a clock change). */
export const DAY_MS = 86_400_000;

/** A calendar date as UTC midnight, for calendar sums only. */
export function calendarDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDate(new Date(calendarDate(date).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((calendarDate(to).getTime() - calendarDate(from).getTime()) / DAY_MS);
}

/** The day of the week of a calendar date, Monday 0 to Sunday 6. */
export function weekdayIndex(date: string): number {
  return (calendarDate(date).getUTCDay() + 6) % 7;
}
