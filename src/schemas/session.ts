import { z } from 'astro/zod';
import { minutesOfDay } from '../core/time.ts';
import { dateSchema, daySchema, enumOf, notA, slugSchema, timeSchema } from './fields.ts';
import { weekdayIndex } from '../core/calendar.ts';
import { DAYS, REMOTE_MODES } from './lists.ts';
import { refersTo } from './references.ts';

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Which week of the month: 1 to 5, or "last" (stored as -1). */
const weekOfMonthSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim().toLowerCase() === 'last' ? -1 : value),
  z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)], {
    error: (issue) => `${JSON.stringify(issue.input)} is not a week of the month; use 1, 2, 3, 4, 5 or last`,
  }),
);

/** Fields every session has, whatever its pattern. */
const sessionBase = z.strictObject({
  start: timeSchema.describe('Start time in UK local time, like 10:00 or 10am.'),
  end: timeSchema.describe('End time in UK local time, like 12:00 or 12 noon.'),
  venue: refersTo(slugSchema.optional().describe('The venue: its file name in content/venues/. Not in the list? Add it under Venues first. Leave it out for online, phone or home-visit sessions.'), {
    to: 'venues',
  }),
  remote: enumOf(REMOTE_MODES.ids, 'a remote way of running').optional().describe('For sessions with no venue: online, phone or home-visit.'),
  notes: z.string().trim().optional().describe('Anything else about when it runs, like "term time only" or "not in August".'),
  skipDates: z.array(dateSchema).default([]).describe('Dates it does not run, like bank holidays.'),
});

const weeklySchema = sessionBase.extend({
  pattern: z.literal('weekly').describe('Every week on the days listed.'),
  days: z.array(daySchema).min(1, { error: 'needs at least one day, like [tue]' }).describe('The days of the week it runs.'),
});

const fortnightlySchema = sessionBase.extend({
  pattern: z.literal('fortnightly').describe('Every other week.'),
  day: daySchema.describe('The day of the week it runs.'),
  from: dateSchema.describe('Any date it runs on, so we know which weeks: like 2026-01-06.'),
});

const monthlySchema = sessionBase.extend({
  pattern: z.literal('monthly').describe('Monthly on the nth weekday, like the 1st and 3rd Tuesday or the last Friday.'),
  day: daySchema.describe('The day of the week it runs.'),
  weeks: z.array(weekOfMonthSchema).min(1, { error: 'needs at least one week, like [1, 3] or [last]' }).describe('Which weeks of the month: 1 to 5, or last.'),
});

const datesSchema = sessionBase.extend({
  pattern: z.literal('dates').describe('On the dates listed only (one-off events).'),
  dates: z.array(dateSchema).min(1, { error: 'needs at least one date, like [2026-12-05]' }).describe('The dates it runs.'),
});

const courseSchema = sessionBase.extend({
  pattern: z.literal('course').describe('A course: weekly on the days listed, from a start date for a number of weeks.'),
  days: z.array(daySchema).min(1, { error: 'needs at least one day, like [mon]' }).describe('The days of the week it runs.'),
  startDate: dateSchema.describe('The first day of the course.'),
  endDate: dateSchema.describe('The last day of the course.'),
  weeks: z.number().int().positive().optional().describe('How many weeks the course lasts.'),
});

export const SESSION_PATTERNS = ['weekly', 'fortnightly', 'monthly', 'dates', 'course'] as const;

/** One run of sessions: when it happens and where. A listing can have several. */
export const sessionSchema = z
  .discriminatedUnion('pattern', [weeklySchema, fortnightlySchema, monthlySchema, datesSchema, courseSchema], {
    error: (issue) => {
      const pattern = typeof issue.input === 'object' && issue.input !== null ? (issue.input as { pattern?: unknown }).pattern : undefined;
      if (typeof issue.input !== 'object' || issue.input === null) return 'should be a group of fields (pattern, days, start, end, venue) under a line starting with -';
      return `${notA(pattern, 'a pattern')}; use one of ${SESSION_PATTERNS.join(', ')}`;
    },
  })
  .superRefine(
    (session, ctx) => {
      if (typeof session !== 'object' || session === null) return;
      const times = [session.start, session.end].filter((time) => /^\d\d:\d\d$/.test(time));
      if (times.length === 2 && minutesOfDay(session.end) <= minutesOfDay(session.start)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `${session.end} is not after the start time ${session.start}; check the times (use 24-hour times or am/pm)` });
      }
      if (session.venue && session.remote) {
        ctx.addIssue({ code: 'custom', path: ['remote'], message: 'a session has either a venue or a remote way of running, not both; remove one' });
      }
      if (!session.venue && !session.remote) {
        ctx.addIssue({ code: 'custom', path: ['venue'], message: 'is missing; give the venue file name, or write remote: online, phone or home-visit' });
      }
      if (session.pattern === 'fortnightly' && isIsoDate(session.from) && DAYS.ids.includes(session.day) && DAYS.ids[weekdayIndex(session.from)] !== session.day) {
        ctx.addIssue({
          code: 'custom',
          path: ['from'],
          message: `${session.from} is a ${DAYS.labels[DAYS.ids[weekdayIndex(session.from)] ?? session.day]}, not a ${DAYS.labels[session.day]}; give a date it really runs on`,
        });
      }
      if (session.pattern === 'course' && isIsoDate(session.startDate) && isIsoDate(session.endDate) && session.endDate < session.startDate) {
        ctx.addIssue({ code: 'custom', path: ['endDate'], message: `${session.endDate} is before the start date ${session.startDate}; check the dates` });
      }
    },
    { when: () => true },
  );

export type Session = z.output<typeof sessionSchema>;
export type SessionPattern = Session['pattern'];
