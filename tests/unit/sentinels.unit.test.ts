import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { staffOnly } from '../../src/schemas/publication.ts';
import { markedFieldSentinels, sentinelMaker } from './sentinels.ts';

// The leak test's sentinels come from the schemas' marks, so they cover what is marked, valid as the checker wants it.
describe('sentinels from the publication marks', () => {
  const { values, strings } = markedFieldSentinels();

  it('cover every marked field today: staff information, staff settings and organisation editors', () => {
    expect(values.map(({ document, key, publication }) => `${document}.${key}: ${publication}`)).toEqual([
      'listing.staff: staff-only',
      'organisation.editors: never-published',
      'site.staff: staff-only',
    ]);
    expect(strings.length).toBeGreaterThan(12);
    expect(new Set(strings).size).toBe(strings.length);
  });

  it('are values the schemas accept', () => {
    for (const { schema, value, document, key } of values) expect(schema.safeParse(value).success, `${document}.${key}`).toBe(true);
  });

  it('include a sentinel for a field the day it is marked', () => {
    const schema = z.strictObject({ secret: staffOnly(z.strictObject({ words: z.string(), phone: z.string().optional() }).optional(), () => 'elsewhere', 'testing') });
    const maker = sentinelMaker('new');
    expect(maker.value(schema.shape.secret, 'secret')).toEqual({ words: 'NEW-SECRET-WORDS', phone: 'NEW-SECRET-PHONE' });
    expect(maker.strings).toEqual(['NEW-SECRET-WORDS', 'NEW-SECRET-PHONE']);
  });
});
