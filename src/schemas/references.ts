import { z } from 'astro/zod';
import type { Taxonomies } from './taxonomy.ts';

/**
 * What a field's value names: another content file (an organisation, a venue, a listing) or a
 * term in one of the taxonomies. Declared on the fields themselves, so the checker's
 * cross-checks, the CMS's relation and select widgets and the exports all follow one table.
 */
export type Reference = { to: 'organisations' | 'venues' | 'listings' | 'images' } | { taxonomy: Exclude<keyof Taxonomies, 'synonyms'> };

export const references = z.registry<Reference>();

/** Mark a field (or a list's item) as naming another file or a taxonomy term. Call it last: zod copies a schema on every call. */
export function refersTo<T extends z.ZodType>(schema: T, reference: Reference): T {
  references.add(schema, reference);
  return schema;
}
