import { describe, expect, it } from 'vitest';
import * as rruleModule from 'rrule';
import type { Session } from '../../src/schemas/session.ts';
import {
  daysOfWeek,
  daysOn,
  describeSession,
  describeTime,
  isFinished,
  londonDate,
  londonInstant,
  nextOccurrences,
  occursBetween,
  runsOnDay,
  sessionSlots,
  timesOfDay,
  timesOn,
  toRRule,
} from '../../src/domain/schedule.ts';
import { describeArrangement } from '../../src/domain/schedule-text.ts';
import { arrangementSchema } from '../../src/schemas/arrangement.ts';

const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule;

const at = { start: '10:00', end: '12:00', venue: 'st-austell-library', skipDates: [] };
const session = (fields: Session): Session => fields;
const weeklyTue = session({ ...at, pattern: 'weekly', days: ['tue'] });
const utc = (text: string) => new Date(text);
const starts = (occurrences: { start: Date }[]) => occurrences.map((o) => o.start.toISOString());
const dates = (occurrences: { date: string }[]) => occurrences.map((o) => o.date);
const londonClock = (instant: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

describe('describeTime', () => {
  it.each([
    ['10:00', '12:00', '10am to 12 noon'],
    ['14:00', '16:00', '2pm to 4pm'],
    ['10:30', '13:00', '10:30am to 1pm'],
    ['18:30', '20:00', '6:30pm to 8pm'],
    ['12:00', '13:30', '12 noon to 1:30pm'],
    ['00:00', '00:30', '12 midnight to 12:30am'],
    ['12:15', '23:59', '12:15pm to 11:59pm'],
  ])('%s to %s is "%s"', (start, end, text) => {
    expect(describeTime(start, end)).toBe(text);
  });
});

describe('describeSession', () => {
  it('describes weekly sessions', () => {
    expect(describeSession(weeklyTue)).toBe('Every Tuesday, 10am to 12 noon');
    expect(describeSession({ ...at, start: '14:00', end: '16:00', pattern: 'weekly', days: ['thu', 'mon'] })).toBe('Every Monday and Thursday, 2pm to 4pm');
    expect(describeSession({ ...at, pattern: 'weekly', days: ['fri', 'mon', 'wed', 'mon'] })).toBe('Every Monday, Wednesday and Friday, 10am to 12 noon');
    expect(describeSession({ ...at, pattern: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'] })).toBe('Monday to Friday, 10am to 12 noon');
    expect(describeSession({ ...at, pattern: 'weekly', days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] })).toBe('Every day, 10am to 12 noon');
  });

  it('describes fortnightly sessions', () => {
    expect(describeSession({ ...at, start: '13:00', end: '15:00', pattern: 'fortnightly', day: 'wed', from: '2026-01-07' })).toBe('Every other Wednesday, 1pm to 3pm');
  });

  it('describes monthly sessions', () => {
    expect(describeSession({ ...at, start: '14:00', end: '16:00', pattern: 'monthly', day: 'thu', weeks: [3, 1] })).toBe('1st and 3rd Thursday of the month, 2pm to 4pm');
    expect(describeSession({ ...at, start: '19:00', end: '21:00', pattern: 'monthly', day: 'fri', weeks: [-1] })).toBe('Last Friday of the month, 7pm to 9pm');
    expect(describeSession({ ...at, pattern: 'monthly', day: 'tue', weeks: [2] })).toBe('2nd Tuesday of the month, 10am to 12 noon');
    expect(describeSession({ ...at, pattern: 'monthly', day: 'mon', weeks: [-1, 1, 3] })).toBe('1st, 3rd and last Monday of the month, 10am to 12 noon');
  });

  it('describes one-off dates', () => {
    const eventTimes = { ...at, start: '10:00', end: '16:00' };
    expect(describeSession({ ...eventTimes, pattern: 'dates', dates: ['2026-12-05'] })).toBe('Saturday 5 December 2026, 10am to 4pm');
    expect(describeSession({ ...eventTimes, pattern: 'dates', dates: ['2026-12-12', '2026-12-05'] })).toBe('Saturday 5 December and Saturday 12 December 2026, 10am to 4pm');
    expect(describeSession({ ...eventTimes, pattern: 'dates', dates: ['2026-12-19', '2027-01-02'] })).toBe('Saturday 19 December 2026 and Saturday 2 January 2027, 10am to 4pm');
  });

  it('lists up to four dates, then counts the rest', () => {
    const five = ['2026-12-05', '2026-12-12', '2026-12-19', '2026-12-26', '2027-01-02'];
    expect(describeSession({ ...at, pattern: 'dates', dates: five })).toBe(
      'Saturday 5 December, Saturday 12 December, Saturday 19 December, Saturday 26 December 2026 and Saturday 2 January 2027, 10am to 12 noon',
    );
    expect(describeSession({ ...at, pattern: 'dates', dates: [...five, '2027-01-09', '2027-01-16'] })).toBe(
      'Saturday 5 December, Saturday 12 December, Saturday 19 December, Saturday 26 December 2026 and 3 more dates, 10am to 12 noon',
    );
  });

  it('describes courses, working out the weeks when not given', () => {
    const course = session({ ...at, pattern: 'course', days: ['mon'], startDate: '2026-01-12', endDate: '2026-02-16', weeks: 6 });
    const text = 'Every Monday for 6 weeks, from 12 January to 16 February 2026, 10am to 12 noon';
    expect(describeSession(course)).toBe(text);
    expect(describeSession({ ...at, pattern: 'course', days: ['mon'], startDate: '2026-01-12', endDate: '2026-02-16' })).toBe(text);
    expect(describeSession({ ...at, pattern: 'course', days: ['mon', 'wed'], startDate: '2026-11-30', endDate: '2027-02-01' })).toBe(
      'Every Monday and Wednesday for 10 weeks, from 30 November 2026 to 1 February 2027, 10am to 12 noon',
    );
  });
});

describe('nextOccurrences', () => {
  it('gives weekly occurrences as London instants', () => {
    const next = nextOccurrences([weeklyTue], utc('2026-01-05T09:00:00Z'), 3);
    expect(next[0]).toEqual({ sessionIndex: 0, date: '2026-01-06', start: utc('2026-01-06T10:00:00Z'), end: utc('2026-01-06T12:00:00Z'), day: 'tue' });
    expect(dates(next)).toEqual(['2026-01-06', '2026-01-13', '2026-01-20']);
    expect(starts(nextOccurrences([weeklyTue], utc('2026-06-01T00:00:00Z'), 1))).toEqual(['2026-06-02T09:00:00.000Z']);
  });

  it('merges sessions in order of start', () => {
    const thursday = session({ ...at, start: '14:00', end: '16:00', pattern: 'weekly', days: ['thu'] });
    const next = nextOccurrences([thursday, weeklyTue], utc('2026-01-05T00:00:00Z'), 4);
    expect(next.map((o) => [o.date, o.sessionIndex])).toEqual([
      ['2026-01-06', 1],
      ['2026-01-08', 0],
      ['2026-01-13', 1],
      ['2026-01-15', 0],
    ]);
  });

  it('includes an occurrence in progress but not one that has ended', () => {
    expect(dates(nextOccurrences([weeklyTue], utc('2026-01-06T11:59:00Z'), 1))).toEqual(['2026-01-06']);
    expect(dates(nextOccurrences([weeklyTue], utc('2026-01-06T12:00:00Z'), 1))).toEqual(['2026-01-13']);
  });

  it('uses the London date of `from`, not the UTC one', () => {
    const from = utc('2026-06-30T23:30:00Z'); // 00:30 on 1 July in London
    expect(londonDate(from)).toBe('2026-07-01');
    const midnight = session({ ...at, start: '00:00', end: '01:00', pattern: 'dates', dates: ['2026-06-30', '2026-07-01'] });
    expect(starts(nextOccurrences([midnight], from, 5))).toEqual(['2026-06-30T23:00:00.000Z']);
  });

  it('keeps 10am local across the clocks going forward and back', () => {
    const sunday = session({ ...at, pattern: 'weekly', days: ['sun'] });
    const spring = nextOccurrences([sunday], utc('2026-03-20T00:00:00Z'), 3);
    expect(starts(spring)).toEqual(['2026-03-22T10:00:00.000Z', '2026-03-29T09:00:00.000Z', '2026-04-05T09:00:00.000Z']);
    const autumn = nextOccurrences([sunday], utc('2026-10-15T00:00:00Z'), 3);
    expect(starts(autumn)).toEqual(['2026-10-18T09:00:00.000Z', '2026-10-25T10:00:00.000Z', '2026-11-01T10:00:00.000Z']);
    expect([...spring, ...autumn].map((o) => londonClock(o.start))).toEqual(Array(6).fill('10:00'));
    expect([...spring, ...autumn].map((o) => o.end.getTime() - o.start.getTime())).toEqual(Array(6).fill(2 * 3_600_000));
  });

  it('moves a time skipped by the clocks going forward an hour later, and takes BST for a repeated time', () => {
    // 01:30 does not exist on 29 March 2026: it becomes 02:30 BST (01:30Z).
    const early = session({ ...at, start: '01:30', end: '03:00', pattern: 'dates', dates: ['2026-03-29'] });
    const [occurrence] = nextOccurrences([early], utc('2026-03-28T12:00:00Z'), 1);
    expect(occurrence?.start.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(occurrence?.end.toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(londonClock(londonInstant('2026-03-29', '01:30'))).toBe('02:30');
    // 01:30 happens twice on 25 October 2026: the first time (BST) is taken.
    expect(londonInstant('2026-10-25', '01:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('aligns fortnightly sessions to an anchor in the past or the future', () => {
    const fortnightly = (from: string) => session({ ...at, pattern: 'fortnightly', day: 'wed', from });
    const march = utc('2026-03-01T00:00:00Z');
    expect(dates(nextOccurrences([fortnightly('2026-01-07')], march, 3))).toEqual(['2026-03-04', '2026-03-18', '2026-04-01']);
    expect(dates(nextOccurrences([fortnightly('2026-06-17')], march, 3))).toEqual(['2026-03-11', '2026-03-25', '2026-04-08']);
    // An anchor that is not the right weekday counts from the next Wednesday.
    expect(dates(nextOccurrences([fortnightly('2026-01-05')], march, 1))).toEqual(['2026-03-04']);
  });

  it('finds the nth weekday of the month', () => {
    const firstAndThird = session({ ...at, start: '14:00', end: '16:00', pattern: 'monthly', day: 'thu', weeks: [1, 3] });
    expect(dates(nextOccurrences([firstAndThird], utc('2026-01-01T00:00:00Z'), 4))).toEqual(['2026-01-01', '2026-01-15', '2026-02-05', '2026-02-19']);
  });

  it('skips a 5th weekday in months without one', () => {
    const fifthFriday = session({ ...at, pattern: 'monthly', day: 'fri', weeks: [5] });
    expect(dates(nextOccurrences([fifthFriday], utc('2026-01-01T00:00:00Z'), 4))).toEqual(['2026-01-30', '2026-05-29', '2026-07-31', '2026-10-30']);
  });

  it('finds the last Friday across month and year ends', () => {
    const lastFriday = session({ ...at, start: '19:00', end: '21:00', pattern: 'monthly', day: 'fri', weeks: [-1] });
    expect(dates(nextOccurrences([lastFriday], utc('2026-01-01T00:00:00Z'), 4))).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24']);
    expect(dates(nextOccurrences([lastFriday], utc('2026-12-01T00:00:00Z'), 2))).toEqual(['2026-12-25', '2027-01-29']);
  });

  it('leaves out skip dates', () => {
    const withBreak = session({ ...weeklyTue, skipDates: ['2026-01-13', '2026-01-27'] });
    expect(dates(nextOccurrences([withBreak], utc('2026-01-05T00:00:00Z'), 3))).toEqual(['2026-01-06', '2026-01-20', '2026-02-03']);
  });

  it('keeps courses within their start and end dates', () => {
    const course = session({ ...at, pattern: 'course', days: ['mon'], startDate: '2026-01-12', endDate: '2026-02-16' });
    const all = nextOccurrences([course], utc('2026-01-01T00:00:00Z'), 10);
    expect(all).toHaveLength(6);
    expect(dates(all).at(0)).toBe('2026-01-12');
    expect(dates(all).at(-1)).toBe('2026-02-16');
    expect(dates(nextOccurrences([course], utc('2026-02-10T00:00:00Z'), 10))).toEqual(['2026-02-16']);
    expect(nextOccurrences([course], utc('2026-03-01T00:00:00Z'), 10)).toEqual([]);
  });

  it('gives one-off dates in order, without past ones or repeats', () => {
    const events = session({ ...at, pattern: 'dates', dates: ['2026-12-12', '2026-01-01', '2026-12-05', '2026-12-12'] });
    expect(dates(nextOccurrences([events], utc('2026-06-01T00:00:00Z'), 5))).toEqual(['2026-12-05', '2026-12-12']);
  });

  it('stops at `until`, at the count and after two years', () => {
    expect(dates(nextOccurrences([weeklyTue], utc('2026-01-05T00:00:00Z'), 10, { until: utc('2026-01-20T00:00:00Z') }))).toEqual(['2026-01-06', '2026-01-13']);
    expect(nextOccurrences([weeklyTue], utc('2026-01-05T00:00:00Z'), 0)).toEqual([]);
    expect(nextOccurrences([session({ ...at, pattern: 'dates', dates: ['2030-01-01'] })], utc('2026-01-05T00:00:00Z'), 1)).toEqual([]);
    expect(nextOccurrences([weeklyTue], utc('2026-01-05T00:00:00Z'), 200)).toHaveLength(105);
  });
});

describe('days and times', () => {
  it('lists the days of the week, Monday first', () => {
    expect(daysOfWeek([session({ ...at, pattern: 'weekly', days: ['thu', 'mon', 'mon'] }), session({ ...at, pattern: 'monthly', day: 'sun', weeks: [1] })])).toEqual(['mon', 'thu', 'sun']);
    expect(daysOfWeek([session({ ...at, pattern: 'dates', dates: ['2026-12-05', '2026-12-25'] })])).toEqual(['fri', 'sat']);
  });

  it('says whether sessions run on a day, counting finished courses', () => {
    const shortCourse = session({ ...at, pattern: 'course', days: ['mon', 'fri'], startDate: '2020-01-06', endDate: '2020-01-08' });
    expect(runsOnDay([shortCourse], 'mon')).toBe(true);
    expect(runsOnDay([shortCourse], 'fri')).toBe(false);
    expect(runsOnDay([weeklyTue], 'tue')).toBe(true);
    expect(runsOnDay([weeklyTue], 'wed')).toBe(false);
    expect(runsOnDay([session({ ...at, pattern: 'fortnightly', day: 'wed', from: '2026-01-07' })], 'wed')).toBe(true);
  });

  it.each([
    ['10:00', '13:00', ['morning', 'afternoon']],
    ['16:00', '18:00', ['afternoon', 'evening']],
    ['18:30', '20:00', ['evening']],
    ['12:00', '14:00', ['afternoon']],
    ['10:00', '12:00', ['morning']],
    ['17:00', '19:00', ['evening']],
    ['09:00', '17:00', ['morning', 'afternoon']],
    ['11:00', '19:00', ['morning', 'afternoon', 'evening']],
  ])('%s to %s is %j', (start, end, parts) => {
    expect(timesOfDay([session({ ...at, start, end, pattern: 'weekly', days: ['mon'] })])).toEqual(parts);
  });

  it('combines times of day across sessions in order', () => {
    const evening = session({ ...at, start: '19:00', end: '21:00', pattern: 'weekly', days: ['fri'] });
    expect(timesOfDay([evening, weeklyTue])).toEqual(['morning', 'evening']);
  });

  it("pairs each session's own days and times: Tuesday morning and Friday evening make two slots, not four", () => {
    const evening = session({ ...at, start: '19:00', end: '21:00', pattern: 'weekly', days: ['fri'] });
    expect(sessionSlots([evening, weeklyTue])).toEqual([
      ['tue', 'morning'],
      ['fri', 'evening'],
    ]);
    const long = session({ ...at, start: '11:00', end: '13:00', pattern: 'weekly', days: ['mon', 'wed'] });
    expect(sessionSlots([long, long])).toEqual([
      ['mon', 'morning'],
      ['mon', 'afternoon'],
      ['wed', 'morning'],
      ['wed', 'afternoon'],
    ]);
  });
});

describe('isFinished and occursBetween', () => {
  const now = utc('2026-03-10T12:00:00Z');

  it('is finished only when every session is dates or a course in the past', () => {
    const pastDates = session({ ...at, pattern: 'dates', dates: ['2026-01-01', '2026-03-09'] });
    const course = (endDate: string) => session({ ...at, pattern: 'course', days: ['tue'], startDate: '2026-02-03', endDate });
    const courseEndingToday = course('2026-03-10');
    const pastCourse = course('2026-03-03');
    expect(isFinished([pastDates], now)).toBe(true);
    expect(isFinished([pastDates, pastCourse], now)).toBe(true);
    expect(isFinished([courseEndingToday], now)).toBe(false);
    expect(isFinished([pastDates, weeklyTue], now)).toBe(false);
    expect(isFinished([], now)).toBe(false);
  });

  it('says whether anything happens in a window', () => {
    const weekStart = utc('2026-01-05T00:00:00Z');
    const weekEnd = utc('2026-01-12T00:00:00Z');
    expect(occursBetween([weeklyTue], weekStart, weekEnd)).toBe(true);
    expect(occursBetween([session({ ...at, pattern: 'monthly', day: 'fri', weeks: [-1] })], weekStart, weekEnd)).toBe(false);
    expect(occursBetween([weeklyTue], utc('2026-01-06T12:00:00Z'), utc('2026-01-13T10:00:00Z'))).toBe(false);
    expect(occursBetween([weeklyTue], utc('2026-01-06T11:00:00Z'), utc('2026-01-06T11:30:00Z'))).toBe(true);
  });
});

describe('toRRule', () => {
  it('writes RFC 5545 rules that rrule can read', () => {
    const rules = [
      toRRule({ ...at, pattern: 'weekly', days: ['thu', 'mon'] }),
      toRRule({ ...at, pattern: 'fortnightly', day: 'wed', from: '2026-01-07' }),
      toRRule({ ...at, pattern: 'monthly', day: 'thu', weeks: [3, 1] }),
      toRRule({ ...at, pattern: 'monthly', day: 'fri', weeks: [-1] }),
      toRRule({ ...at, pattern: 'course', days: ['mon'], startDate: '2026-01-12', endDate: '2026-02-16' }),
    ];
    expect(rules).toEqual(['FREQ=WEEKLY;BYDAY=MO,TH', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', 'FREQ=MONTHLY;BYDAY=1TH,3TH', 'FREQ=MONTHLY;BYDAY=-1FR', 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20260216T100000Z']);
    for (const rule of rules) expect(() => RRule.parseString(rule ?? '')).not.toThrow();
    expect(toRRule({ ...at, pattern: 'dates', dates: ['2026-12-05'] })).toBeNull();
  });
});

describe('by arrangement', () => {
  const weekdays = arrangementSchema.parse({ days: ['Monday', 'tue', 'wed', 'thu', 'fri'], start: '10am', end: '4pm' });
  it('reads days and hours as the sessions do, and "any" as every day', () => {
    expect(weekdays).toEqual({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '10:00', end: '16:00' });
    expect(arrangementSchema.parse({ days: 'any' }).days).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(arrangementSchema.parse({ days: 'Any day' }).days).toHaveLength(7);
    expect(arrangementSchema.safeParse({ days: [] }).error?.issues[0]?.message).toBe('needs at least one day, like [mon, wed], or any');
    expect(arrangementSchema.safeParse({ days: ['mon'], start: '5pm', end: '9am' }).error?.issues[0]?.path).toEqual(['end']);
  });
  it('says when in plain words', () => {
    expect(describeArrangement(weekdays)).toBe('By arrangement, Monday to Friday, 10am to 4pm');
    expect(describeArrangement({ days: ['sun', 'sat', 'mon', 'tue', 'wed', 'thu', 'fri'] })).toBe('By arrangement, any day');
    expect(describeArrangement({ days: ['tue', 'fri'], start: '12:00' })).toBe('By arrangement, Tuesday and Friday, from 12 noon');
  });
  it("adds its days and hours to the sessions' for the day and time filters", () => {
    expect(daysOn({ sessions: [weeklyTue], byArrangement: { days: ['sat', 'mon'] } })).toEqual(['mon', 'tue', 'sat']);
    expect(timesOn({ sessions: [], byArrangement: weekdays })).toEqual(['morning', 'afternoon']);
    expect(timesOn({ sessions: [], byArrangement: { days: ['mon'] } })).toEqual(['morning', 'afternoon', 'evening']);
    expect(sessionSlots([weeklyTue], { days: ['mon'], start: '18:00', end: '20:00' })).toEqual([
      ['mon', 'evening'],
      ['tue', 'morning'],
    ]);
  });
});
