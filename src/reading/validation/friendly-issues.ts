import type { z } from 'astro/zod';
import { closestMatch } from '../../core/spelling.ts';

/** A problem found in a content file, in words a volunteer can act on. */
export interface Problem {
  file: string;
  /** The field, like sessions[0].start; absent for problems with the whole file. */
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** `sessions.0.start` → `sessions[0].start` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  return JSON.stringify(value);
}

type RawIssue = z.core.$ZodRawIssue;

/**
 * Plain-words messages for zod's built-in checks. Schemas give their own messages for the
 * cases volunteers hit most; this covers the rest, so no zod jargon reaches a person.
 */
export function friendlyDefault(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is missing; add it';
      if (issue.input === null && issue.expected !== 'string') return 'is empty; fill it in or remove the line';
      const got = describeValue(issue.input);
      switch (issue.expected) {
        case 'string':
          return issue.input === null ? 'is empty; write something or remove the line' : `should be text, but it is ${got}; put it in quotes`;
        case 'number':
          return `should be a number, like 2 or 2.50 (no units or £ sign), but it is ${got}`;
        case 'boolean':
          return `should be true or false, but it is ${got}`;
        case 'array':
          return `should be a list in square brackets, like [first, second], but it is ${got}`;
        case 'object':
          return `should be a group of fields indented under it, but it is ${got}`;
        default:
          return `is not the right kind of value (${got})`;
      }
    }
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)}`;
      if (issue.origin === 'string') return 'is empty; write something or remove the line';
      return `should be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long; keep it to ${String(issue.maximum)} characters or fewer`;
      if (issue.origin === 'array') return `has too many items; keep it to ${String(issue.maximum)}`;
      return `should be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `${JSON.stringify(issue.input)} is not allowed; use one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_union':
      return `${describeValue(issue.input)} doesn't match any of the forms allowed here; check it against the README`;
    default:
      return undefined;
  }
}

type Def = Record<string, unknown> & { type?: string };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** Look through optional, default and preprocess wrappers to the schema that does the work. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let depth = 0; depth < 20; depth += 1) {
    const def = defOf(current);
    if (!def) return current;
    if (def['innerType']) current = def['innerType'];
    else if (def.type === 'pipe') current = defOf(def['in'])?.type === 'transform' ? def['out'] : def['in'];
    else return current;
  }
  return current;
}

/** The field names allowed in the object at `path`, following `data` to pick the right kind of session. */
export function fieldsAt(schema: unknown, path: readonly PropertyKey[], data: unknown): string[] {
  let current = unwrap(schema);
  let value = data;
  const resolveUnion = () => {
    const def = defOf(current);
    if (def?.type !== 'union') return;
    const options = (def['options'] as unknown[]).map(unwrap);
    const discriminator = def['discriminator'] as string | undefined;
    const chosen =
      discriminator && typeof value === 'object' && value !== null
        ? options.find((option) =>
            ((defOf(defOf(option)?.['shape'] && (defOf(option)?.['shape'] as Record<string, unknown>)[discriminator])?.['values'] as unknown[] | undefined) ?? []).includes(
              (value as Record<string, unknown>)[discriminator],
            ),
          )
        : undefined;
    current = chosen ?? options[0];
  };
  resolveUnion();
  for (const key of path) {
    const def = defOf(current);
    if (def?.type === 'array') current = unwrap(def['element']);
    else if (def?.type === 'object') current = unwrap((def['shape'] as Record<string, unknown>)[String(key)]);
    else return [];
    value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    resolveUnion();
  }
  const shape = defOf(current)?.['shape'] as Record<string, unknown> | undefined;
  return shape ? Object.keys(shape) : [];
}

/** Turn a zod error into problems, one per issue, pointing at the misspelt key itself for unknown fields. */
export function problemsFromZod(file: string, error: z.ZodError, schema: unknown, data: unknown): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(schema, issue.path, data);
      return issue.keys.map((key) => {
        const suggestion = closestMatch(
          key,
          allowed.filter((name) => name !== key),
        );
        const hint = suggestion ? `did you mean ${suggestion}?` : 'check the spelling and the indentation (it may belong under another heading), or remove it';
        return { file, field: formatPath([...issue.path, key]), message: `is not a field we know; ${hint}`, severity: 'error' };
      });
    }
    return [{ file, field: formatPath(issue.path), message: issue.message, severity: 'error' }];
  });
}
