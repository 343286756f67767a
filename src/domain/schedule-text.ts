/**
 * Plain-English descriptions of sessions, British style: "Every Tuesday, 10am to 12 noon".
 * Dates are calendar dates ("YYYY-MM-DD") with no time zone; they are read as UTC midnight
 * only so that calendar sums never meet a clock change.
 */
import type { Arrangement } from '../schemas/arrangement.ts';
import type { Session } from '../schemas/session.ts';
import { DAYS, WEEKDAYS, type Day } from '../schemas/lists.ts';
import { minutesOfDay } from '../core/time.ts';
import { calendarDate, daysBetween, weekdayIndex } from '../core/calendar.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Weeks of the month in words: 1st to 5th, and last (-1). */
export const WEEK_ORDINALS: Record<number, string> = { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', 5: '5th', [-1]: 'last' };
/** A dates session lists this many dates, then "and N more dates". */
const MAX_LISTED_DATES = 4;

export { addDays, calendarDate, daysBetween, isoDate } from '../core/calendar.ts';

/** The day of the week of a calendar date. */
export function dayOfDate(date: string): Day {
  return DAYS.ids[weekdayIndex(date)] as Day;
}

/** Unique days in week order, Monday first. */
export function sortDays(days: readonly Day[]): Day[] {
  return DAYS.ids.filter((day) => days.includes(day));
}

/** "a", "a and b", "a, b and c". */
function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "10am", "10:30am", "12 noon", "12 midnight", "6:30pm". */
export function formatTime(time: string): string {
  const minutes = minutesOfDay(time);
  if (minutes === 0) return '12 midnight';
  if (minutes === 12 * 60) return '12 noon';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const clockHour = hours % 12 === 0 ? 12 : hours % 12;
  return `${clockHour}${rest ? `:${String(rest).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`;
}

export function describeTime(start: string, end: string): string {
  return `${formatTime(start)} to ${formatTime(end)}`;
}

/** "Saturday 5 December 2026", or shorter forms without the weekday or year. */
export function formatDate(date: string, { weekday = true, year = true } = {}): string {
  const parsed = calendarDate(date);
  const parts = [`${parsed.getUTCDate()}`, MONTHS[parsed.getUTCMonth()]];
  if (weekday) parts.unshift(DAYS.labels[dayOfDate(date)]);
  if (year) parts.push(`${parsed.getUTCFullYear()}`);
  return parts.join(' ');
}

/** "Monday to Friday", "Tuesday and Thursday", or undefined for all seven days: the days, in words. */
function daysInWords(days: readonly Day[]): string | undefined {
  const sorted = sortDays(days);
  if (sorted.length === 7) return undefined;
  if (sorted.join() === WEEKDAYS.join()) return 'Monday to Friday';
  return listJoin(sorted.map((day) => DAYS.labels[day]));
}

function describeWeekdays(days: readonly Day[]): string {
  const words = daysInWords(days);
  if (words === undefined) return 'Every day';
  return words === 'Monday to Friday' ? words : `Every ${words}`;
}

function describeDates(dates: readonly string[]): string {
  const sorted = [...new Set(dates)].sort();
  // "and 1 more date" would be silly when the date itself fits.
  const shown = sorted.length <= MAX_LISTED_DATES + 1 ? sorted : sorted.slice(0, MAX_LISTED_DATES);
  const parts = shown.map((date, index) => {
    const next = shown[index + 1];
    return formatDate(date, { year: next === undefined || next.slice(0, 4) !== date.slice(0, 4) });
  });
  const more = sorted.length - shown.length;
  if (more > 0) parts.push(`${more} more dates`);
  return listJoin(parts);
}

/** Weeks a course lasts, counting the first and last weeks. */
export function courseWeeks(session: Extract<Session, { pattern: 'course' }>): number {
  return session.weeks ?? Math.floor(daysBetween(session.startDate, session.endDate) / 7) + 1;
}

function describeCourse(session: Extract<Session, { pattern: 'course' }>): string {
  const { startDate, endDate } = session;
  if (startDate === endDate) return formatDate(startDate);
  const weeks = courseWeeks(session);
  const sameYear = startDate.slice(0, 4) === endDate.slice(0, 4);
  const from = formatDate(startDate, { weekday: false, year: !sameYear });
  const to = formatDate(endDate, { weekday: false });
  return `${describeWeekdays(session.days)} for ${weeks} week${weeks === 1 ? '' : 's'}, from ${from} to ${to}`;
}

/** When a service can be arranged: "By arrangement, any day", "By arrangement, Monday to Friday, 9am to 5pm". */
export function describeArrangement({ days, start, end }: Arrangement): string {
  const daysText = daysInWords(days) ?? 'any day';
  const hours = start && end ? describeTime(start, end) : start ? `from ${formatTime(start)}` : end ? `until ${formatTime(end)}` : undefined;
  return `By arrangement, ${daysText}${hours ? `, ${hours}` : ''}`;
}

/** When a session runs, in plain English. Notes and skip dates are shown separately. */
export function describeSession(session: Session): string {
  return `${describeWhen(session)}, ${describeTime(session.start, session.end)}`;
}

function describeWhen(session: Session): string {
  switch (session.pattern) {
    case 'weekly':
      return describeWeekdays(session.days);
    case 'fortnightly':
      return `Every other ${DAYS.labels[session.day]}`;
    case 'monthly': {
      const order = (week: number) => (week === -1 ? 99 : week);
      const weeks = [...new Set(session.weeks)].sort((a, b) => order(a) - order(b));
      return capitalise(`${listJoin(weeks.map((week) => WEEK_ORDINALS[week] ?? `${week}th`))} ${DAYS.labels[session.day]} of the month`);
    }
    case 'dates':
      return describeDates(session.dates);
    case 'course':
      return describeCourse(session);
  }
}
