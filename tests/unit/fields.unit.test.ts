// The small field parsers: they accept what volunteers really write, store one tidy form,
// and reject anything ambiguous with a plain-words message.
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { normalisePhone, normalisePostcode, telHref } from '../../src/core/contact-formats.ts';
import { minutesOfDay, parseTime } from '../../src/core/time.ts';
import { dateSchema, daySchema, emailSchema, phoneSchema, postcodeSchema, slugSchema, timeSchema, urlSchema } from '../../src/schemas/fields.ts';

/** The stored value, or a failure naming the input (so a wrong rejection shows its message). */
function parsed(schema: z.ZodType, input: unknown): unknown {
  const result = schema.safeParse(input);
  return result.success ? result.data : `rejected: ${result.error.issues.map((issue) => issue.message).join('; ')}`;
}

/** The one message for a rejected input; fails the test if the input was accepted. */
function rejection(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`${JSON.stringify(input)} was accepted as ${JSON.stringify(result.data)}`);
  expect(result.error.issues).toHaveLength(1);
  return result.error.issues[0]?.message ?? '';
}

describe('times', () => {
  it.each([
    ['10am', '10:00'],
    ['10.30am', '10:30'],
    ['2:15pm', '14:15'],
    ['12 noon', '12:00'],
    ['noon', '12:00'],
    ['midday', '12:00'],
    ['Midday', '12:00'],
    ['14:30', '14:30'],
    ['9:05', '09:05'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['12.30pm', '12:30'],
    ['7 pm', '19:00'],
    ['10:00 AM', '10:00'],
    ['10 a.m.', '10:00'],
    ['2 p.m.', '14:00'],
    ['  3pm ', '15:00'],
    ['23:59', '23:59'],
    ['0:30', '00:30'],
  ])('reads %j as %s', (input, time) => {
    expect(parseTime(input)).toBe(time);
    expect(parsed(timeSchema, input)).toBe(time);
  });

  it('reads a YAML number with two-digit minutes, like 10.15, as a time', () => {
    expect(parsed(timeSchema, 10.15)).toBe('10:15');
  });

  it.each(['10ish', '10', '13pm', '0am', '9:75', '25:00', '24:00', 'morning', '10-12', '10:5', '7.5pm', ''])('rejects %j', (input) => {
    expect(parseTime(input)).toBeNull();
    expect(rejection(timeSchema, input)).toBe(`"${input}" is not a time; write it like 10:00 or 10am`);
  });

  it('rejects a bare hour written as a YAML number', () => {
    expect(rejection(timeSchema, 10)).toBe('10 is not a time; write it in quotes with minutes or am/pm, like "10:00" or "10am"');
    // YAML reads an unquoted 10.15 as the number 10.15: that one is clear enough to accept.
    expect(timeSchema.parse(10.15)).toBe('10:15');
  });

  it('counts minutes since midnight', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('14:30')).toBe(870);
    expect(minutesOfDay('23:59')).toBe(1439);
  });
});

describe('days', () => {
  it.each([
    ['Tuesday', 'tue'],
    ['tues', 'tue'],
    ['TUE', 'tue'],
    ['tue', 'tue'],
    [' Thursday ', 'thu'],
    ['Thurs', 'thu'],
    ['wednesday', 'wed'],
    ['Sun', 'sun'],
  ])('reads %j as %s', (input, day) => {
    expect(parsed(daySchema, input)).toBe(day);
  });

  it.each(['Tusday', 'Thirsday', 'weekdays', 'T', '', 'Tu'])('rejects %j', (input) => {
    expect(rejection(daySchema, input)).toBe(`"${input}" is not a day; use one of mon, tue, wed, thu, fri, sat, sun`);
  });

  it('rejects a number', () => {
    expect(rejection(daySchema, 2)).toBe('2 is not a day; use one of mon, tue, wed, thu, fri, sat, sun');
  });
});

describe('dates', () => {
  it('stores a date as YYYY-MM-DD', () => {
    expect(parsed(dateSchema, '2026-03-31')).toBe('2026-03-31');
    expect(parsed(dateSchema, '2028-02-29')).toBe('2028-02-29');
  });

  it('turns the Date objects some YAML parsers make into YYYY-MM-DD', () => {
    // js-yaml (used by Astro for front matter) reads 2026-03-31 as midnight UTC.
    expect(parsed(dateSchema, new Date(Date.UTC(2026, 2, 31)))).toBe('2026-03-31');
    expect(parsed(dateSchema, new Date('2026-12-05T00:00:00Z'))).toBe('2026-12-05');
  });

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31', '2026-1-6', '31/03/2026', '31 March 2026', 'next Tuesday'])('rejects %j', (input) => {
    expect(rejection(dateSchema, input)).toBe(`"${input}" is not a date; write it like 2026-03-31 (year-month-day)`);
  });
});

describe('phone numbers', () => {
  it.each([
    ['01632960123', '01632 960123'],
    ['01632 960123', '01632 960123'],
    ['+44 1632 960123', '01632 960123'],
    ['+441632960123', '01632 960123'],
    ['07700 900123', '07700 900123'],
    ['07700900123', '07700 900123'],
    ['01726 223300', '01726 223300'],
    ['01726223300', '01726 223300'],
    ['+44 (0)1726 223300', '01726 223300'],
    ['0800 123 4567', '0800 123 4567'],
  ])('tidies %j to %j', (input, phone) => {
    expect(normalisePhone(input)).toBe(phone);
    expect(parsed(phoneSchema, input)).toBe(phone);
  });

  it('accepts a number YAML read as an integer (losing its leading 0)', () => {
    expect(parsed(phoneSchema, 1632960123)).toBe('01632 960123');
  });

  it.each(['12345', '01726 12345', '0172612345', '960902', '999', '+33 1 23 45 67 89', 'ring Jan', ''])('rejects %j', (input) => {
    expect(normalisePhone(input)).toBeNull();
    expect(rejection(phoneSchema, input)).toBe(`"${input}" is not a UK phone number; write the full number with its area code, like 01632 960123`);
  });

  it.each([
    ['01632 960123', 'tel:+441632960123'],
    ['01726 223300', 'tel:+441726223300'],
    ['07700 900123', 'tel:+447700900123'],
    ['0800 123 4567', 'tel:+448001234567'],
  ])('links %j as %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe('postcodes', () => {
  it.each([
    ['pl255ab', 'PL25 5AB'],
    ['PL25 5AB', 'PL25 5AB'],
    [' pl26 8pb ', 'PL26 8PB'],
    ['PL26  8PB', 'PL26 8PB'],
    ['sw1a1aa', 'SW1A 1AA'],
  ])('tidies %j to %j', (input, postcode) => {
    expect(normalisePostcode(input)).toBe(postcode);
    expect(parsed(postcodeSchema, input)).toBe(postcode);
  });

  it.each(['PL25 5A', 'PL25', '5AB', 'PL255 AB1', 'pl26-8pb', ''])('rejects %j', (input) => {
    expect(normalisePostcode(input)).toBeNull();
    expect(rejection(postcodeSchema, input)).toBe(`"${input}" is not a UK postcode; check it against Royal Mail's postcode finder (it looks like PL25 5AB)`);
  });
});

describe('email addresses, web addresses and names', () => {
  it('accepts an email address and rejects one without @', () => {
    expect(parsed(emailSchema, 'jan@example.org')).toBe('jan@example.org');
    expect(rejection(emailSchema, 'jan.example.org')).toBe('"jan.example.org" is not an email address; it should look like name@example.org');
    expect(rejection(emailSchema, 'jan@example')).toBe('"jan@example" is not an email address; it should look like name@example.org');
  });

  it('accepts http and https addresses and rejects others', () => {
    expect(parsed(urlSchema, 'https://example.org/knit')).toBe('https://example.org/knit');
    expect(parsed(urlSchema, 'http://example.org')).toBe('http://example.org');
    for (const input of ['www.example.org', 'example.org', 'ftp://example.org', 'javascript:alert(1)']) {
      expect(rejection(urlSchema, input)).toBe(`"${input}" is not a web address; it should start with https://`);
    }
  });

  it('accepts file-name style names and rejects others', () => {
    expect(parsed(slugSchema, 'st-austell-library')).toBe('st-austell-library');
    for (const input of ['St Austell Library', 'st_austell', '-hall', 'hall-', 'hall--two']) {
      expect(rejection(slugSchema, input)).toBe(`"${input}" is not a valid name; use lower-case letters, numbers and hyphens, like st-austell-library`);
    }
  });
});
