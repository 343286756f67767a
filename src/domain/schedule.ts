/**
 * The schedule engine: when sessions happen, as real instants, and how to filter them.
 * rrule does the recurrence maths on "floating" calendar dates (UTC midnight stands for the
 * date alone); each date plus its UK local time is then turned into an instant in Europe/London.
 * Everything is pure: the caller passes "now" as `from`.
 */
import * as rruleModule from 'rrule';
import { tzOffset } from '@date-fns/tz';
import type { Arrangement } from '../schemas/arrangement.ts';
import type { Session } from '../schemas/session.ts';
import { DAYS, TIMES_OF_DAY, type Day, type TimeOfDay } from '../schemas/lists.ts';
import { minutesOfDay } from '../core/time.ts';
import { DAY_MS } from '../core/calendar.ts';
import { THIS_WEEK_DAYS } from './week.ts';
import { addDays, calendarDate, dayOfDate, daysBetween, isoDate, sortDays } from './schedule-text.ts';

export { courseWeeks, describeSession, describeTime, formatDate, formatTime } from './schedule-text.ts';

// Node's own loader (scripts) gets rrule's CommonJS build, whose exports sit on `default`;
// Vite gets the ES build with named exports.
const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;
type RRuleOptions = NonNullable<ConstructorParameters<typeof RRule>[0]>;

export const TIME_ZONE = 'Europe/London';
/** How far ahead to look, so a rule that never matches still stops. */
const HORIZON_DAYS = 2 * 366;
const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const MINUTE_MS = 60_000;

export interface Occurrence {
  /** Index of the session in the array passed in. */
  sessionIndex: number;
  /** The London calendar date, "YYYY-MM-DD". */
  date: string;
  start: Date;
  end: Date;
  day: Day;
}

function dayIndex(day: Day): number {
  return DAYS.ids.indexOf(day);
}

/** The calendar date in London at an instant. */
export function londonDate(instant: Date): string {
  return isoDate(new Date(instant.getTime() + tzOffset(TIME_ZONE, instant) * MINUTE_MS));
}

/**
 * The instant of a London wall-clock time. Worked out from offsets rather than the machine's
 * zone, so the answer is the same everywhere. A time repeated when the clocks go back takes the
 * first (BST) reading; a time skipped when they go forward is moved an hour later (01:30 → 02:30 BST).
 */
export function londonInstant(date: string, time: string): Date {
  const wall = calendarDate(date).getTime() + minutesOfDay(time) * MINUTE_MS;
  const offsets = [-1, 1].map((days) => tzOffset(TIME_ZONE, new Date(wall + days * DAY_MS)));
  const readings = offsets.map((offset) => wall - offset * MINUTE_MS).filter((instant, i) => tzOffset(TIME_ZONE, new Date(instant)) === offsets[i]);
  return new Date(readings.length ? Math.min(...readings) : wall - (offsets[0] ?? 0) * MINUTE_MS);
}

/** The fortnightly session's first date on or after `first`, aligned to its anchor (either side). */
function fortnightStart(session: Extract<Session, { pattern: 'fortnightly' }>, first: string): string {
  const anchor = addDays(session.from, (dayIndex(session.day) - dayIndex(dayOfDate(session.from)) + 7) % 7);
  const offset = ((daysBetween(anchor, first) % 14) + 14) % 14;
  return offset === 0 ? first : addDays(first, 14 - offset);
}

function ruleOptions(session: Exclude<Session, { pattern: 'dates' }>, first: string, last: string): RRuleOptions {
  const window = { dtstart: calendarDate(first), until: calendarDate(last), wkst: RRule.MO };
  switch (session.pattern) {
    case 'weekly':
      return { ...window, freq: RRule.WEEKLY, byweekday: session.days.map(dayIndex) };
    case 'fortnightly':
      return { ...window, freq: RRule.WEEKLY, interval: 2, byweekday: [dayIndex(session.day)], dtstart: calendarDate(fortnightStart(session, first)) };
    case 'monthly':
      return { ...window, freq: RRule.MONTHLY, byweekday: session.weeks.map((week) => RRule[RRULE_DAYS[dayIndex(session.day)] ?? 'MO'].nth(week)) };
    case 'course': {
      const start = session.startDate > first ? session.startDate : first;
      const end = session.endDate < last ? session.endDate : last;
      return { ...window, freq: RRule.WEEKLY, byweekday: session.days.map(dayIndex), dtstart: calendarDate(start), until: calendarDate(end) };
    }
  }
}

/** Calls `visit` with each date of the session from `first` to `last` (inclusive) in order, until it returns false. */
function eachDate(session: Session, first: string, last: string, visit: (date: string) => boolean): void {
  if (first > last) return;
  if (session.pattern === 'dates') {
    for (const date of [...new Set(session.dates)].sort()) {
      if (date >= first && date <= last && !visit(date)) return;
    }
    return;
  }
  const options = ruleOptions(session, first, last);
  if (options.dtstart && options.until && options.dtstart > options.until) return;
  new RRule(options).all((date) => visit(isoDate(date)));
}

/**
 * The next `count` occurrences across all the sessions, in order of start. Includes one in
 * progress at `from`; with `until`, only those starting before it. Looks two years ahead at most.
 */
export function nextOccurrences(sessions: readonly Session[], from: Date, count: number, options: { until?: Date } = {}): Occurrence[] {
  const { until } = options;
  if (count <= 0 || (until && until <= from)) return [];
  const first = londonDate(from);
  const horizon = addDays(first, HORIZON_DAYS);
  const last = until && londonDate(until) < horizon ? londonDate(until) : horizon;
  const found: Occurrence[] = [];
  sessions.forEach((session, sessionIndex) => {
    const skip = new Set(session.skipDates);
    let taken = 0;
    eachDate(session, first, last, (date) => {
      if (skip.has(date)) return true;
      const start = londonInstant(date, session.start);
      const end = londonInstant(date, session.end);
      if (end <= from) return true;
      if (until && start >= until) return false;
      found.push({ sessionIndex, date, start, end, day: dayOfDate(date) });
      return ++taken < count;
    });
  });
  return found.sort((a, b) => a.start.getTime() - b.start.getTime() || a.sessionIndex - b.sessionIndex).slice(0, count);
}

/** Whether any session is on between `from` and `to` (for "happening this week"). */
export function occursBetween(sessions: readonly Session[], from: Date, to: Date): boolean {
  return nextOccurrences(sessions, from, 1, { until: to }).length > 0;
}

function sessionDays(session: Session): Day[] {
  switch (session.pattern) {
    case 'weekly':
      return [...session.days];
    case 'fortnightly':
    case 'monthly':
      return [session.day];
    case 'dates':
      return session.dates.map(dayOfDate);
    case 'course': {
      // Only the days that actually fall inside a course shorter than a week.
      const days: Day[] = [];
      eachDate(session, session.startDate, addDays(session.startDate, 6), (date) => {
        days.push(dayOfDate(date));
        return true;
      });
      return days;
    }
  }
}

/** The days of the week the sessions run on, Monday first. Finished dates and courses still count. */
export function daysOfWeek(sessions: readonly Session[]): Day[] {
  return sortDays(sessions.flatMap(sessionDays));
}

export function runsOnDay(sessions: readonly Session[], day: Day): boolean {
  return daysOfWeek(sessions).includes(day);
}

/** Parts of the day a span of time overlaps: morning before 12 noon, afternoon 12 noon to 5pm, evening after 5pm. */
function spanTimes(startTime: string, endTime: string): TimeOfDay[] {
  const start = minutesOfDay(startTime);
  const end = minutesOfDay(endTime);
  return TIMES_OF_DAY.ids.filter((time) => (time === 'morning' ? start < 12 * 60 : time === 'afternoon' ? start < 17 * 60 && end > 12 * 60 : end > 17 * 60));
}

/** Parts of the day the sessions overlap: morning before 12 noon, afternoon 12 noon to 5pm, evening after 5pm. */
export function timesOfDay(sessions: readonly Session[]): TimeOfDay[] {
  const found = new Set(sessions.flatMap((session) => spanTimes(session.start, session.end)));
  return TIMES_OF_DAY.ids.filter((time) => found.has(time));
}

/** Parts of the day a service by arrangement can be arranged: all of them unless its hours say otherwise. */
export const arrangedTimes = (arrangement: Arrangement): TimeOfDay[] => spanTimes(arrangement.start ?? '00:00', arrangement.end ?? '23:59');

/** When a listing is on: its sessions, and the days and hours it can be arranged. */
export interface WhenOn {
  sessions: readonly Session[];
  byArrangement?: Arrangement | undefined;
}

/** The days a listing is on, Monday first: its sessions' days and the days it can be arranged. The day filters use these. */
export const daysOn = ({ sessions, byArrangement }: WhenOn): Day[] => sortDays([...sessions.flatMap(sessionDays), ...(byArrangement?.days ?? [])]);

/** The parts of the day a listing is on, by session or by arrangement. The time filters use these. */
export function timesOn({ sessions, byArrangement }: WhenOn): TimeOfDay[] {
  const found = new Set([...timesOfDay(sessions), ...(byArrangement ? arrangedTimes(byArrangement) : [])]);
  return TIMES_OF_DAY.ids.filter((time) => found.has(time));
}

/**
 * The (day, time of day) pairs the sessions actually run at, Monday morning first: a Tuesday
 * morning session and a Thursday evening one make two pairs, not Tuesday evening as well.
 * A service by arrangement adds each of its days at each of its hours.
 */
export function sessionSlots(sessions: readonly Session[], byArrangement?: Arrangement): [Day, TimeOfDay][] {
  const pairs = (days: readonly Day[], times: readonly TimeOfDay[]) => days.flatMap((day) => times.map((time) => `${day} ${time}`));
  const found = new Set([
    ...sessions.flatMap((session) => pairs(sessionDays(session), spanTimes(session.start, session.end))),
    ...(byArrangement ? pairs(byArrangement.days, arrangedTimes(byArrangement)) : []),
  ]);
  return DAYS.ids.flatMap((day) => TIMES_OF_DAY.ids.filter((time) => found.has(`${day} ${time}`)).map((time): [Day, TimeOfDay] => [day, time]));
}

/** True when every session is a set of dates or a course whose last date is before `from`'s London date. */
export function isFinished(sessions: readonly Session[], from: Date): boolean {
  const today = londonDate(from);
  return (
    sessions.length > 0 &&
    sessions.every((session) => {
      if (session.pattern === 'dates') return session.dates.every((date) => date < today);
      return session.pattern === 'course' && session.endDate < today;
    })
  );
}

/**
 * The RFC 5545 RRULE (without "RRULE:") for the iCalendar and Open Referral exports, or null for
 * a dates session (export those as RDATEs). The exporter supplies DTSTART with TZID=Europe/London:
 * the fortnightly anchor's day or the course start. A course's UNTIL is in UTC, as RFC 5545 requires then.
 */
export function toRRule(session: Session): string | null {
  const byDay = (days: readonly Day[]) =>
    `BYDAY=${sortDays(days)
      .map((day) => RRULE_DAYS[dayIndex(day)])
      .join(',')}`;
  switch (session.pattern) {
    case 'weekly':
      return `FREQ=WEEKLY;${byDay(session.days)}`;
    case 'fortnightly':
      return `FREQ=WEEKLY;INTERVAL=2;${byDay([session.day])}`;
    case 'monthly': {
      const weeks = [...new Set(session.weeks)].sort((a, b) => (a === -1 ? 99 : a) - (b === -1 ? 99 : b));
      return `FREQ=MONTHLY;BYDAY=${weeks.map((week) => `${week}${RRULE_DAYS[dayIndex(session.day)]}`).join(',')}`;
    }
    case 'course': {
      const until = londonInstant(session.endDate, session.start)
        .toISOString()
        .replace(/[-:]|\.\d{3}/g, '');
      return `FREQ=WEEKLY;${byDay(session.days)};UNTIL=${until}`;
    }
    case 'dates':
      return null;
  }
}

export { THIS_WEEK_DAYS } from './week.ts';

/** The sessions in the THIS_WEEK_DAYS from `now` (at most two a day). */
export function occurrencesInWeek(sessions: readonly Session[], now: Date): Occurrence[] {
  return nextOccurrences(sessions, now, THIS_WEEK_DAYS * 2, { until: new Date(now.getTime() + THIS_WEEK_DAYS * DAY_MS) });
}
