/**
 * A blank answer is no answer. Forms (the CMS) write an emptied field as "" and YAML reads a key
 * with nothing after it as null; both mean "not given", so they are dropped before checking, the
 * same as a line that isn't there. Everything else is left exactly as it is.
 */
export function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isBlank(item)).map(withoutBlanks);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => !isBlank(item))
        .map(([key, item]) => [key, withoutBlanks(item)]),
    );
  }
  return value;
}

const isBlank = (value: unknown): boolean => value === null || value === '';
