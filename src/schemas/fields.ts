import { z } from 'astro/zod';
import { normalisePhone, normalisePostcode } from '../core/contact-formats.ts';
import { parseTime } from '../core/time.ts';
import { DAYS } from './lists.ts';

/**
 * Small field schemas shared by the content schemas. Each one accepts the forms volunteers
 * really write, stores one tidy form, and explains itself in plain words when it can't.
 */

const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

/** "is missing" when a field is left out, otherwise `"x" is not <what>`. */
export const notA = (input: unknown, what: string): string => (input === undefined || input === null ? 'is missing' : `${quoted(input)} is not ${what}`);

/** One of a fixed list of codes, with a message that lists them. */
export const enumOf = <const T extends readonly [string, ...string[]]>(ids: T, what: string) => z.enum(ids, { error: (issue) => `${notA(issue.input, what)}; use one of ${ids.join(', ')}` });

/** A slug: lower-case letters, numbers and hyphens, as used in file names. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `${notA(issue.input, 'a valid name')}; use lower-case letters, numbers and hyphens, like st-austell-library` });

/** How to write a time, in the checker's words and the CMS's. */
export const TIME_HINT = 'write it like 10:00 or 10am';

/** A time of day, stored as 24-hour "HH:MM" in UK local time. Accepts "10am", "10:30", "2.15pm", "noon". */
export const timeSchema = z.preprocess(
  (value, ctx) => {
    if (typeof value !== 'number') return value;
    // YAML reads an unquoted 10.15 as a number; 14.00 becomes 14, so ask for quotes rather than guess.
    const time = parseTime(String(value));
    if (time === null) ctx.addIssue({ code: 'custom', message: `${value} is not a time; write it in quotes with minutes or am/pm, like "10:00" or "10am"`, input: value });
    return time ?? value;
  },
  z.string().transform((value, ctx) => {
    const time = parseTime(value);
    if (time === null) {
      ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a time; ${TIME_HINT}`, input: value });
      return z.NEVER;
    }
    return time;
  }),
);

function toIsoDate(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** Years a date in a listing can plausibly have; anything else is a typo (2062, 1926, 20226). */
export const PLAUSIBLE_YEARS = { from: 2000, to: 2099 } as const;

/** A calendar date, stored as "YYYY-MM-DD". */
export const dateSchema = z.preprocess(
  toIsoDate,
  z
    .string()
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
      error: (issue) => `${notA(issue.input, 'a date')}; write it like 2026-03-31 (year-month-day)`,
      abort: true,
    })
    .refine((value) => Number(value.slice(0, 4)) >= PLAUSIBLE_YEARS.from && Number(value.slice(0, 4)) <= PLAUSIBLE_YEARS.to, {
      error: (issue) => `${String(issue.input)} has a year that can't be right; check the year (dates here are between ${PLAUSIBLE_YEARS.from} and ${PLAUSIBLE_YEARS.to})`,
    }),
);

// The ways people write each day. Anything else ("Monday to Friday", "Tues & Thurs") is an error, not a guess.
const DAY_SPELLINGS: Record<string, string> = Object.fromEntries(
  DAYS.items.flatMap((day) => {
    const full = day.label.toLowerCase();
    const extra = { tue: ['tues'], wed: ['weds'], thu: ['thur', 'thurs'] }[day.id as string] ?? [];
    return [day.id, full, `${full}s`, ...extra].map((spelling) => [spelling, day.id]);
  }),
);

/** A day of the week, stored as mon…sun. Accepts "Tuesday", "tues", "Tue". */
export const daySchema = z.preprocess(
  (value) => (typeof value === 'string' ? (DAY_SPELLINGS[value.trim().toLowerCase()] ?? value) : value),
  z.enum(DAYS.ids, {
    error: (issue) => {
      const several = typeof issue.input === 'string' && /[\s,&/+-]/.test(issue.input.trim());
      return `${notA(issue.input, 'a day')}; use one of ${DAYS.ids.join(', ')}${several ? ', and list each day separately, like [mon, wed]' : ''}`;
    },
  }),
);

/** A UK phone number, stored in the usual spaced form ("01632 960123"). */
export const phoneSchema = z.preprocess(
  asText,
  z.string().transform((value, ctx) => {
    const phone = normalisePhone(value);
    if (phone === null) {
      ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a UK phone number; write the full number with its area code, like 01632 960123`, input: value });
      return z.NEVER;
    }
    return phone;
  }),
);

/** A UK postcode, stored in capitals with one space ("PL25 5AB"). */
export const postcodeSchema = z.string().transform((value, ctx) => {
  const postcode = normalisePostcode(value);
  if (postcode === null) {
    ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a UK postcode; check it against Royal Mail's postcode finder (it looks like PL25 5AB)`, input: value });
    return z.NEVER;
  }
  return postcode;
});

/** An email address. */
export const emailSchema = z.email({ error: (issue) => `${notA(issue.input, 'an email address')}; it should look like name@example.org` });

/** A web address starting with https:// or http://. */
export const urlSchema = z.url({
  protocol: /^https?$/,
  error: (issue) => `${notA(issue.input, 'a web address')}; it should start with https://`,
});

/** Text of at most `max` characters. */
export const shortText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'is empty; write something or remove the line' })
    .max(max, { error: (issue) => `is too long (${String(issue.input).length} characters); keep it to ${max} or fewer` });
