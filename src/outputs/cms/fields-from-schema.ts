import { z } from 'astro/zod';
import { TIME_PATTERN } from '../../core/time.ts';
import { capitalise, WEEK_ORDINALS } from '../../domain/schedule-text.ts';
import { SESSION_PATTERNS } from '../../schemas/session.ts';
import { dateSchema, daySchema, TIME_HINT, timeSchema } from '../../schemas/fields.ts';
import * as lists from '../../schemas/lists.ts';
import { references, type Reference } from '../../schemas/references.ts';
import type { DecapField, DecapListType, DecapOption } from './decap-types.ts';
import { LABELS, LIST_ITEMS, MULTILINE } from './wording.ts';

/**
 * Decap CMS fields from a zod schema. Hints are the schema's own descriptions, "required" is
 * whether the schema needs the field, fixed lists and taxonomies become selects with their
 * labels, and what a field names (an organisation, a venue) becomes a relation. Nothing here
 * knows a field by name except for its label (wording.ts).
 */

export interface FieldContext {
  /** The choices for a taxonomy, with the labels from content/taxonomies/. */
  taxonomy: (name: Extract<Reference, { taxonomy: string }>['taxonomy']) => DecapOption[];
  /** How to choose another file: a relation to a collection of this admin, or a select of what exists. */
  entry: (
    to: Extract<Reference, { to: string }>['to'],
  ) => Pick<DecapField, 'widget' | 'collection' | 'value_field' | 'search_fields' | 'display_fields' | 'options' | 'media_folder' | 'public_folder' | 'choose_url'>;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  values?: unknown[];
  discriminator?: string;
}

/** A session pattern's own part of a field path (sessions.monthly.weeks → sessions.weeks), for labels they share. */
const PATTERN_IN_PATH = new RegExp(`\\.(${SESSION_PATTERNS.join('|')})\\.`);

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const sameAs = (schema: z.ZodType, known: z.ZodType) => defOf(schema) === defOf(known);

/** A field's schema without its optional/default wrappers, with what they said. */
export interface Unwrapped {
  core: z.ZodType;
  required: boolean;
  default?: unknown;
  description?: string;
  reference?: Reference;
}

const SPECIAL: z.ZodType[] = [dateSchema, daySchema, timeSchema];

export function unwrap(schema: z.ZodType): Unwrapped {
  let core = schema;
  let required = true;
  let fallback: unknown;
  let description: string | undefined;
  let reference: Reference | undefined;
  for (;;) {
    description ??= core.description;
    reference ??= references.get(core);
    const def = defOf(core);
    if (SPECIAL.some((known) => sameAs(core, known))) break;
    if (def.type === 'optional' && def.innerType) {
      required = false;
      core = def.innerType;
    } else if ((def.type === 'default' || def.type === 'prefault') && def.innerType) {
      required = false;
      fallback ??= def.defaultValue;
      core = def.innerType;
    } else if (def.type === 'pipe' && def.in && def.out) {
      // z.preprocess(fn, schema) is transform → schema; schema.transform(fn) is schema → transform.
      core = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else {
      break;
    }
  }
  return { core, required, ...(fallback !== undefined ? { default: fallback } : {}), ...(description ? { description } : {}), ...(reference ? { reference } : {}) };
}

/**
 * The label for a field, by its path. A session's own fields fall back to the sessions' shared
 * labels, and a referral-only listing's staff: block to the staff information's labels.
 */
export function labelFor(path: string): string {
  const shared = path.replace(PATTERN_IN_PATH, '.');
  const label = LABELS[path] ?? LABELS[shared] ?? LABELS[path.replace(/^staff\./, '')];
  if (!label) throw new Error(`The CMS has no label for ${path}; add one to src/outputs/cms/wording.ts`);
  return label;
}

/** The labelled choices of a fixed list (src/schemas/lists.ts), found by its codes. */
function fixedListOptions(ids: readonly string[]): DecapOption[] {
  type CodeList = { items: readonly { id: string; label: string }[]; ids: readonly string[] };
  const isList = (candidate: unknown): candidate is CodeList => typeof candidate === 'object' && candidate !== null && 'ids' in candidate && 'items' in candidate && Array.isArray(candidate.ids);
  const list = (Object.values(lists) as unknown[]).filter(isList).find((candidate) => candidate.ids.join() === ids.join());
  return ids.map((id) => ({ value: id, label: list?.items.find((item) => item.id === id)?.label ?? id }));
}

/** The choices of a union of literals (like the week of the month: 1 to 5 or last). */
function literalOptions(schema: z.ZodType): DecapOption[] | undefined {
  const def = defOf(schema);
  if (def.type !== 'union' || !def.options) return undefined;
  const values = def.options.flatMap((option) => defOf(option).values ?? []);
  if (values.length !== def.options.length) return undefined;
  return values.map((value) => ({ value: value === -1 ? 'last' : String(value), label: capitalise(WEEK_ORDINALS[Number(value)] ?? String(value)) }));
}

function choices(unwrapped: Unwrapped, context: FieldContext): Partial<DecapField> | undefined {
  const { core, reference } = unwrapped;
  if (reference && 'taxonomy' in reference) return { widget: 'select', options: context.taxonomy(reference.taxonomy) };
  if (reference && 'to' in reference) return context.entry(reference.to);
  if (sameAs(core, daySchema)) return { widget: 'select', options: fixedListOptions(lists.DAYS.ids) };
  const def = defOf(core);
  if (def.type === 'enum' && def.entries) return { widget: 'select', options: fixedListOptions(Object.values(def.entries)) };
  const literals = literalOptions(core);
  if (literals) return { widget: 'select', options: literals };
  return undefined;
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as { type?: string; minimum?: number; maximum?: number; minItems?: number; maxLength?: number };

/** The Decap field for one schema field. `path` names it for its label, like sessions.start. */
export function fieldFor(name: string, schema: z.ZodType, path: string, context: FieldContext): DecapField {
  const unwrapped = unwrap(schema);
  const { core, required, description } = unwrapped;
  const base = {
    name,
    label: labelFor(path),
    required,
    ...(description ? { hint: description } : {}),
    ...(unwrapped.default !== undefined && !Array.isArray(unwrapped.default) && typeof unwrapped.default !== 'object' ? { default: unwrapped.default } : {}),
  };
  const def = defOf(core);

  if (sameAs(core, dateSchema)) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  const choice = choices(unwrapped, context);
  if (choice) return { ...base, ...choice } as DecapField;

  if (def.type === 'array' && def.element) {
    const item = unwrap(def.element);
    const singular = LIST_ITEMS[path] ?? LIST_ITEMS[path.replace(PATTERN_IN_PATH, '.')];
    if (singular) Object.assign(base, { label_singular: singular });
    const min = jsonSchemaOf(core).minItems;
    const itemChoices = choices(item, context);
    if (itemChoices?.widget === 'select') return { ...base, ...itemChoices, multiple: true, ...(min ? { min } : {}) } as DecapField;
    const itemDef = defOf(item.core);
    if (itemDef.type === 'union' && itemDef.discriminator && itemDef.options) {
      return {
        ...base,
        widget: 'list',
        collapsed: false,
        typeKey: itemDef.discriminator,
        types: itemDef.options.map((option, _index, options) => listType(option, options, itemDef.discriminator ?? '', path, context)),
        ...(min ? { min } : {}),
      };
    }
    if (itemDef.type === 'object') return { ...base, widget: 'list', collapsed: false, fields: objectFields(item.core, path, context), ...(min ? { min } : {}) };
    const single = fieldFor(name, def.element, path, context);
    return { ...base, widget: 'list', field: { ...single, label: base.label }, ...(min ? { min } : {}) };
  }
  // Open, not folded away: the people using these forms shouldn't have to find the fields.
  if (def.type === 'object') return { ...base, widget: 'object', collapsed: false, fields: objectFields(core, path, context, [], required) };
  if (def.type === 'boolean') return { ...base, widget: 'boolean' };
  if (def.type === 'number') {
    const json = jsonSchemaOf(core);
    return {
      ...base,
      widget: 'number',
      value_type: json.type === 'integer' ? 'int' : 'float',
      ...(json.minimum !== undefined ? { min: json.minimum } : {}),
      ...(json.maximum !== undefined ? { max: json.maximum } : {}),
    };
  }
  if (sameAs(core, timeSchema)) {
    // Times: the checker's own rule and words (src/core/time.ts, src/schemas/fields.ts).
    return { ...base, widget: 'string', pattern: [TIME_PATTERN, `This is not a time; ${TIME_HINT}`] };
  }
  return { ...base, widget: MULTILINE.has(path) ? 'text' : 'string' };
}

/**
 * An object's fields. In a part of the form that may be left empty (like the cost), the form
 * can't insist on a field the schema needs only when the part is filled in, or nobody could save
 * without filling it; the hint says so, and the checker holds the rule at review.
 */
function objectFields(schema: z.ZodType, path: string, context: FieldContext, leaveOut: readonly string[] = [], parentRequired = true): DecapField[] {
  const shape = defOf(schema).shape ?? {};
  return Object.entries(shape)
    .filter(([key]) => !leaveOut.includes(key))
    .map(([key, field]) => fieldFor(key, field, `${path}.${key}`, context))
    .map((field) => {
      if (parentRequired) return field;
      // No defaults either: a default would fill the part in (cost: helpAvailable: false) when nobody did.
      const { default: _default, ...rest } = field;
      return field.required === false ? rest : { ...rest, required: false, hint: `${field.hint ?? ''} Needed when you fill in this part.`.trim() };
    });
}

/** One pattern of a list whose items change with their pattern (sessions): its own fields first, then those every pattern has. */
function listType(option: z.ZodType, options: readonly z.ZodType[], discriminator: string, path: string, context: FieldContext): DecapListType {
  const shape = defOf(option).shape ?? {};
  const value = String(defOf(unwrap(shape[discriminator] ?? option).core).values?.[0]);
  const typePath = `${path}.${value}`;
  const fields = objectFields(option, typePath, context, [discriminator]);
  const common = new Set(Object.keys(shape).filter((key) => options.every((other) => key in (defOf(other).shape ?? {}))));
  return {
    name: value,
    label: labelFor(typePath),
    widget: 'object',
    summary: '{{fields.start}} to {{fields.end}}',
    fields: [...fields.filter((field) => !common.has(field.name)), ...fields.filter((field) => common.has(field.name))],
  };
}

/** The fields of a top-level schema, in the order of the form's sections, the question on each section's first field. */
export function formFields(schema: z.ZodType, sections: readonly { question: string; fields: readonly string[] }[], context: FieldContext, extra: Record<string, DecapField> = {}): DecapField[] {
  const shape = defOf(schema).shape ?? {};
  return sections.flatMap((section) =>
    section.fields.map((key, index) => {
      const field = extra[key] ?? (shape[key] ? fieldFor(key, shape[key], key, context) : undefined);
      if (!field) throw new Error(`The CMS form lists ${key}, which the schema doesn't have`);
      return index === 0 && !field.label.startsWith(section.question) ? { ...field, label: `${section.question} ${field.label}` } : field;
    }),
  );
}
