import { z } from 'astro/zod';
import { minutesOfDay } from '../core/time.ts';
import { daySchema, timeSchema } from './fields.ts';
import { DAYS } from './lists.ts';

/** "any", "any day" or "every day" stand for all seven days, so a file may say so in words. */
const ANY_DAY = /^(any( day)?|every ?day|all week)$/i;

/**
 * When a service with no fixed sessions (phone befriending, home visits, one-to-one advice) can be
 * arranged: the days, and the hours if they are limited. The day and time filters include it on
 * those days and hours, and its card says "By arrangement".
 */
export const arrangementSchema = z
  .strictObject({
    days: z
      .preprocess(
        (value) => (typeof value === 'string' && ANY_DAY.test(value.trim()) ? [...DAYS.ids] : value),
        z.array(daySchema, { error: 'should be a list of days, like [mon, tue, wed, thu, fri], or the word any' }).min(1, { error: 'needs at least one day, like [mon, wed], or any' }),
      )
      .describe('The days it can be arranged on: every day if it can be any day. In a file, a list like [mon, tue, wed, thu, fri], or the word any.'),
    start: timeSchema.optional().describe('The earliest time it can be arranged, like 9am. Leave out if any time.'),
    end: timeSchema.optional().describe('The latest time it can be arranged, like 5pm. Leave out if any time.'),
  })
  .superRefine(
    (arrangement, ctx) => {
      const { start, end } = arrangement;
      if (typeof start === 'string' && typeof end === 'string' && /^\d\d:\d\d$/.test(start) && /^\d\d:\d\d$/.test(end) && minutesOfDay(end) <= minutesOfDay(start)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `${end} is not after the earliest time ${start}; check the times (use 24-hour times or am/pm)` });
      }
    },
    { when: () => true },
  );

export type Arrangement = z.output<typeof arrangementSchema>;
