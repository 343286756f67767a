import type { z } from 'astro/zod';
import { slugSchema } from '../../schemas/fields.ts';
import type { SourceFile } from '../content-source.ts';
import { withoutBlanks } from '../../core/blanks.ts';
import { closestMatch } from '../../core/spelling.ts';
import { friendlyDefault, problemsFromZod, type Problem } from './friendly-issues.ts';

/** Small pieces the content checks share. */

export function parseFile<S extends z.ZodType>(file: SourceFile, schema: S, problems: Problem[], data = file.data): z.output<S> | undefined {
  if (file.readError) {
    problems.push({ file: file.path, message: file.readError, severity: 'error' });
    return undefined;
  }
  const result = schema.safeParse(withoutBlanks(data ?? {}), { error: friendlyDefault, reportInput: true });
  if (result.success) return result.data;
  problems.push(...problemsFromZod(file.path, result.error, schema, data));
  return undefined;
}

/** Report file names that can't be URLs or that clash, across both trees. Every file is still checked. */
export function checkFileNames(files: readonly SourceFile[], problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const key = file.slug.toLowerCase();
    const earlier = seen.get(key);
    if (!file.readError && !slugSchema.safeParse(file.slug).success) {
      const suggestion = file.slug
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      problems.push({
        file: file.path,
        message: `the file name "${file.slug}" can't be used in a web address; rename the file to ${suggestion} (lower-case letters, numbers and hyphens)`,
        severity: 'error',
      });
    }
    if (earlier) problems.push({ file: file.path, message: `has the same name as ${earlier}; each file needs its own name, so rename one of them`, severity: 'error' });
    else seen.set(key, file.path);
  }
}

export const didYouMean = (word: string, options: readonly string[]): string | undefined => {
  const match = closestMatch(word, options);
  return match ? `did you mean ${match}?` : undefined;
};

/** Read a field from unvalidated data, so cross-checks run even when other fields are wrong. */
export function rawField(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
}
