import { z } from 'astro/zod';

/**
 * What may be published, declared on the schema fields themselves. Two kinds of field are never
 * in the public build:
 * - `staff-only`: lives in the staff content tree (content-staff/), never in content/, which
 *   groups edit and which may be a public repository. Shown in the staff build only.
 * - `never-published`: lives in content/ (a check or the CMS needs it) but no build shows it.
 *
 * The checker (what each tree accepts), the public types (`PublicData`), the query layer (what
 * a build carries) and the leak test's sentinels all read these marks, so a field marked later
 * is covered everywhere the day it is marked.
 */
export type Publication = 'staff-only' | 'never-published';

export interface PublicationMark {
  publication: Publication;
  /** Staff-only fields: where they go instead, given the file's name and the staff tree's path, like content-staff/listing-staff/<name>.yml. */
  home?: (slug: string, staffDir: string) => string;
  /** Why, in plain words, for error messages. */
  reason: string;
}

export const publicationMarks = z.registry<PublicationMark>();

declare const STAFF_ONLY: unique symbol;
declare const NEVER_PUBLISHED: unique symbol;
/** Type-level brands, so `PublicData` can drop marked fields and public code that reads them fails to compile. */
export type StaffOnlyField = { readonly [STAFF_ONLY]: true };
export type NeverPublishedField = { readonly [NEVER_PUBLISHED]: true };
type Marked = StaffOnlyField | NeverPublishedField;

/** Mark a field as staff-only. Call it last (after .optional() and .describe()): zod copies a schema on every call. */
export function staffOnly<T extends z.ZodType>(schema: T, home: (slug: string, staffDir: string) => string, reason: string): T & StaffOnlyField {
  publicationMarks.add(schema, { publication: 'staff-only', home, reason });
  return schema as T & StaffOnlyField;
}

/** Mark a field as kept in content/ but never published by any build. Call it last. */
export function neverPublished<T extends z.ZodType>(schema: T, reason: string): T & NeverPublishedField {
  publicationMarks.add(schema, { publication: 'never-published', reason });
  return schema as T & NeverPublishedField;
}

type Shape = Record<string, unknown>;
type MarkedKeys<S extends Shape, M> = { [K in keyof S]: S[K] extends M ? K : never }[keyof S];

/** What a build may carry of an object schema's output: every marked field is gone. */
export type PublicData<S extends { shape: Shape } & z.ZodType> = Omit<z.output<S>, MarkedKeys<S['shape'], Marked>>;
/** What the staff build may carry: staff-only fields stay, never-published ones are gone. */
export type StaffData<S extends { shape: Shape } & z.ZodType> = Omit<z.output<S>, MarkedKeys<S['shape'], NeverPublishedField>>;

export interface MarkedField {
  key: string;
  mark: PublicationMark;
  schema: z.ZodType;
}

/** The marked fields of an object schema (marks sit on its top-level fields). */
export function markedFields(schema: { shape: Shape }): MarkedField[] {
  return Object.entries(schema.shape).flatMap(([key, field]) => {
    const mark = publicationMarks.get(field as z.ZodType);
    return mark ? [{ key, mark, schema: field as z.ZodType }] : [];
  });
}

/** Keep only what a build for this audience may carry, following the marks. */
export function withoutUnpublished<T extends object>(schema: { shape: Shape }, data: T, audience: 'public' | 'staff'): T {
  const drop = new Set(
    markedFields(schema)
      .filter(({ mark }) => audience === 'public' || mark.publication === 'never-published')
      .map(({ key }) => key),
  );
  return Object.fromEntries(Object.entries(data).filter(([key]) => !drop.has(key))) as T;
}
