import type { z } from 'astro/zod';
import { closestMatch } from '../spelling.ts';

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
      const got = describeValue(issue.input);
      switch (issue.expected) {
        case 'string': return `should be text, but it is ${got}; put it in quotes`;
        case 'number': return `should be a number, like 2 or 2.50 (no units or £ sign), but it is ${got}`;
        case 'boolean': return `should be true or false, but it is ${got}`;
        case 'array': return `should be a list, like [tue, thu], but it is ${got}`;
        case 'object': return `should be a group of fields indented under it, but it is ${got}`;
        default: return `is not the right kind of value (${got})`;
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

/** Every field name a schema knows, for "did you mean" on misspelt fields. */
export function fieldNames(schema: unknown, names = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return names;
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return names;
  const shape = def['shape'] as Record<string, unknown> | undefined;
  if (shape) for (const [key, child] of Object.entries(shape)) (names.add(key), fieldNames(child, names, seen));
  for (const key of ['element', 'innerType', 'in', 'out', 'schema']) fieldNames(def[key], names, seen);
  for (const option of (def['options'] as unknown[] | undefined) ?? []) fieldNames(option, names, seen);
  return names;
}

/** Turn a zod error into problems, one per issue, pointing at the misspelt key itself for unknown fields. */
export function problemsFromZod(file: string, error: z.ZodError, knownFields: Set<string>): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const suggestion = closestMatch(key, [...knownFields]);
        const hint = suggestion ? `did you mean ${suggestion}?` : 'check the spelling (field names are case-sensitive) or remove it';
        return { file, field: formatPath([...issue.path, key]), message: `is not a field we know; ${hint}`, severity: 'error' };
      });
    }
    return [{ file, field: formatPath(issue.path), message: issue.message, severity: 'error' }];
  });
}
