import { DEFAULT_CONTENT_DIR } from '../schemas/content-layout.ts';

/**
 * Where the two content trees are: the one place CONTENT_DIR and STAFF_CONTENT_DIR are read.
 * The staff tree defaults to the content folder's name with -staff (content-staff/ beside content/), so an area can keep it in a
 * private repository checked out (or added as a git submodule) there, or point STAFF_CONTENT_DIR
 * anywhere else.
 */
export interface ContentPaths {
  contentDir: string;
  staffDir: string;
}

/** The default staff tree for a content folder: its name with -staff. */
export const staffDirFor = (contentDir: string) => `${contentDir.replace(/[\\/]+$/, '')}-staff`;

export function contentPaths(env: Readonly<Record<string, string | undefined>> = process.env): ContentPaths {
  const contentDir = env['CONTENT_DIR'] || DEFAULT_CONTENT_DIR;
  const staffDir = env['STAFF_CONTENT_DIR'] || staffDirFor(contentDir);
  return { contentDir, staffDir };
}

/** The build's clock: DIRECTORY_NOW (an ISO date and time) or the real time. */
export function buildClock(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const fixed = env['DIRECTORY_NOW'];
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime())) throw new Error(`DIRECTORY_NOW is "${fixed}", which is not a date and time; write it like 2026-12-01T12:00:00Z`);
  return date;
}
