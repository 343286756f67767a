/**
 * A blank answer is no answer. Forms (the CMS) write an emptied field as "" and may write a part
 * of a form nobody filled in as {}; YAML reads a key with nothing after it as null. All of them
 * mean "not given", so they are dropped before checking, the same as a line that isn't there.
 * Everything else is left exactly as it is.
 */
export function withoutBlanks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBlanks).filter((item) => !isBlank(item));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .map(([key, item]) => [key, withoutBlanks(item)] as const)
        .filter(([, item]) => !isBlank(item)),
    );
  }
  return value;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
const isBlank = (value: unknown): boolean => value === null || value === '' || (isPlainObject(value) && Object.keys(value).length === 0);
