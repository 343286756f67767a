// Sentinels made from the schemas' publication marks (src/schemas/publication.ts): for every field
// marked staff-only or never-published, a valid value whose every piece of text is a unique
// sentinel. A field marked later gets sentinels, and so a place in the leak test, the day it is marked.
// Not a test file itself; used by two-builds.unit.test.ts and sentinels.unit.test.ts.
import type { z } from 'astro/zod';
import { dateSchema, emailSchema, phoneSchema, urlSchema } from '../../src/schemas/fields.ts';
import { makeListingSchema } from '../../src/schemas/listing.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { markedFields, type Publication } from '../../src/schemas/publication.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { venueSchema } from '../../src/schemas/venue.ts';

type Def = Record<string, unknown> & { type?: string };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Every content document schema; the marks on their fields are what the leak test looks for. */
export const DOCUMENT_SCHEMAS = {
  listing: makeListingSchema({ categories: [], audiences: [], helpsWith: [] }),
  organisation: organisationSchema,
  venue: venueSchema,
  site: siteSchema,
} as const;

export interface Sentinels {
  /** Text that must never appear in the public build: words, emails, web addresses, phone numbers. */
  strings: string[];
}

/** Makes valid values whose text is all sentinels, numbering phone numbers from the Ofcom drama range. */
export function sentinelMaker(prefix: string) {
  const strings: string[] = [];
  let phone = 950;
  const keep = (value: string) => (strings.push(value), value);
  const word = (path: string) =>
    `${prefix}-${path}`
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/-$/, '');

  function value(schema: unknown, path: string): unknown {
    if (schema === emailSchema) return keep(`${word(path).toLowerCase()}@example.org`);
    if (schema === urlSchema) return keep(`https://example.org/${word(path).toLowerCase()}`);
    if (schema === phoneSchema) return keep(`07700 900${String(phone++).padStart(3, '0')}`);
    if (schema === dateSchema) return '2026-02-13';
    const def = defOf(schema);
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'nullable':
      case 'prefault':
      case 'readonly':
        return value(def['innerType'], path);
      case 'pipe':
        return value(defOf(def['in']).type === 'transform' ? def['out'] : def['in'], path);
      case 'object':
        return Object.fromEntries(Object.entries(def['shape'] as Record<string, unknown>).map(([key, field]) => [key, value(field, path ? `${path}-${key}` : key)]));
      case 'array':
        return [value(def['element'], `${path}-1`), value(def['element'], `${path}-2`)];
      case 'string': {
        // Text fields with a pattern (like CMS user names) get the first form they accept.
        const candidates = [
          word(path),
          word(path).toLowerCase(),
          `sentinel-${String(strings.length + 1).padStart(4, '0')}`,
          `sentinel/${word(path).toLowerCase()}`,
          `https://example.org/${word(path).toLowerCase()}`,
        ];
        const fits = candidates.find((candidate) => (schema as z.ZodType).safeParse(candidate).success);
        if (!fits) throw new Error(`sentinels.ts can't make a text value that ${path} accepts`);
        return keep(fits);
      }
      case 'enum':
        return Object.values(def['entries'] as Record<string, string>)[0];
      case 'boolean':
        return true;
      case 'number':
        return 7;
      case 'union':
        return value((def['options'] as unknown[])[0], path);
      case 'literal':
        return (def['values'] as unknown[])[0];
      default:
        throw new Error(`sentinels.ts can't make a value for a ${def.type} field at ${path}; teach it this kind of field`);
    }
  }
  return { value, strings };
}

/** For each document, the value of each marked field, made of sentinels. */
export function markedFieldSentinels(publication?: Publication) {
  const maker = sentinelMaker('staff-sentinel-marked');
  const values = Object.entries(DOCUMENT_SCHEMAS).flatMap(([document, schema]) =>
    markedFields(schema as unknown as { shape: Record<string, unknown> })
      .filter(({ mark }) => !publication || mark.publication === publication)
      .map(({ key, mark, schema: field }) => {
        const before = maker.strings.length;
        const value = maker.value(field, `${document}-${key}`);
        return { document, key, publication: mark.publication, value, schema: field as z.ZodType, strings: maker.strings.slice(before) };
      }),
  );
  return { values, strings: maker.strings };
}
