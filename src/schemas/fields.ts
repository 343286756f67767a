import { z } from 'astro/zod';
import { normalisePhone, normalisePostcode } from '../lib/contact-formats.ts';
import { parseTime } from '../lib/time.ts';
import { DAYS } from './lists.ts';

/**
 * Small field schemas shared by the content schemas. Each one accepts the forms volunteers
 * really write, stores one tidy form, and explains itself in plain words when it can't.
 */

const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
const asText = (value: unknown) => (typeof value === 'number' ? String(value) : value);

/** A slug: lower-case letters, numbers and hyphens, as used in file names. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `${quoted(issue.input)} is not a valid name; use lower-case letters, numbers and hyphens, like st-austell-library` });

/** A time of day, stored as 24-hour "HH:MM" in UK local time. Accepts "10am", "10:30", "2.15pm", "noon". */
export const timeSchema = z.preprocess(
  asText,
  z.string().transform((value, ctx) => {
    const time = parseTime(value);
    if (time === null) {
      ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a time; write it like 10:00 or 10am`, input: value });
      return z.NEVER;
    }
    return time;
  }),
);

function toIsoDate(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** A calendar date, stored as "YYYY-MM-DD". */
export const dateSchema = z.preprocess(
  toIsoDate,
  z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: (issue) => `${quoted(issue.input)} is not a date; write it like 2026-03-31 (year-month-day)`,
  }),
);

/** A day of the week, stored as mon…sun. Accepts "Tuesday", "tues", "Tue". */
export const daySchema = z.preprocess(
  (value) => (typeof value === 'string' ? (DAYS.ids.find((day) => value.trim().toLowerCase().startsWith(day)) ?? value) : value),
  z.enum(DAYS.ids, { error: (issue) => `${quoted(issue.input)} is not a day; use one of ${DAYS.ids.join(', ')}` }),
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
export const emailSchema = z.email({ error: (issue) => `${quoted(issue.input)} is not an email address; it should look like name@example.org` });

/** A web address starting with https:// or http://. */
export const urlSchema = z.url({
  protocol: /^https?$/,
  error: (issue) => `${quoted(issue.input)} is not a web address; it should start with https://`,
});

/** Text of at most `max` characters. */
export const shortText = (max: number) =>
  z.string().trim().min(1, { error: 'is empty; write something or remove the line' }).max(max, { error: (issue) => `is too long (${String(issue.input).length} characters); keep it to ${max} or fewer` });
