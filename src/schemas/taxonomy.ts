import { z } from 'astro/zod';
import { slugSchema } from './fields.ts';

/** One term in a taxonomy list (content/taxonomies/*.yml). */
export const termSchema = z.strictObject({
  id: slugSchema.describe('The code used in listings, like arts-and-crafts.'),
  label: z.string().trim().min(1).describe('The name people see.'),
  description: z.string().trim().optional().describe('A short plain-words description.'),
});

/** A town or village, with its centre for maps and "near me". */
export const areaSchema = termSchema.extend({
  centre: z.strictObject({ lat: z.number(), lng: z.number() }).describe('The centre of the town or village.'),
  postcodeDistricts: z.array(z.string().trim()).default([]).describe('Postcode districts, like PL25, used for "near me".'),
});

/** Words that should find each other in search: "lonely" finds social groups and befriending. */
export const synonymSchema = z.strictObject({
  words: z.array(z.string().trim().min(1)).min(1).describe('What people type.'),
  alsoSearch: z.array(z.string().trim().min(1)).min(1).describe('Words and term codes those should also find.'),
  twoWay: z.boolean().default(false).describe('Whether the match works in both directions (memory café ↔ dementia).'),
});

const termListSchema = z.array(termSchema).min(1);

/** Every taxonomy, one file each in content/taxonomies/. */
export const taxonomiesSchema = z.strictObject({
  categories: termListSchema.describe('What a listing is about.'),
  audiences: termListSchema.describe('Who a listing is for.'),
  helpsWith: termListSchema.describe('How people feel or what they need help with.'),
  accessFeatures: termListSchema.describe('Access features a venue can have.'),
  areas: z.array(areaSchema).min(1).describe('Towns and villages.'),
  synonyms: z.array(synonymSchema).default([]).describe('Search synonyms.'),
});

/** The file for each taxonomy, relative to content/taxonomies/. */
export const TAXONOMY_FILES = {
  categories: 'categories.yml',
  audiences: 'audiences.yml',
  helpsWith: 'helps-with.yml',
  accessFeatures: 'access-features.yml',
  areas: 'areas.yml',
  synonyms: 'synonyms.yml',
} as const satisfies Record<keyof z.input<typeof taxonomiesSchema>, string>;

export type Term = z.output<typeof termSchema>;
export type Area = z.output<typeof areaSchema>;
export type Synonym = z.output<typeof synonymSchema>;
export type Taxonomies = z.output<typeof taxonomiesSchema>;
