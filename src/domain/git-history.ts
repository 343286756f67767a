import { execFileSync } from 'node:child_process';
import { basename, extname } from 'node:path';

/** How long `git log` may take before we give up and fall back to review dates. */
const GIT_TIMEOUT_MS = 15_000;
/** Keeps dates in UK time, like every other date on the site. */
const DATE_FORMAT = '--date=format-local:%Y-%m-%d';

/** Runs git quietly in UK time; throws if git is missing, fails or is too slow. */
function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/London' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** A listing file's most recent commit: when, and whether that commit added the file or edited it. */
export interface ListingChange {
  date: string;
  kind: 'added' | 'edited';
}

/**
 * When each listing file was last committed, since a date: listing slug (file name without
 * `.md`) → the date of its most recent commit, "YYYY-MM-DD" in UK time, and whether that commit
 * added the file (a new listing) or edited it. Deleted files are left out.
 *
 * Committed history only: edits not yet committed do not count. A shallow clone (as many CI
 * systems and hosts make by default) gives undefined, because its first commit would make every
 * listing look new; fetch the full history to use this. Returns undefined — never
 * throws, never prints — when git is not installed, `projectRoot` is not in a git repository,
 * `since` is not a date, or git fails or takes too long; callers then fall back to review dates.
 *
 * @param projectRoot where to run git (any folder inside the repository)
 * @param listingsDir the listings folder, relative to `projectRoot`, like "content/listings"
 * @param since the earliest commit date to look at, "YYYY-MM-DD" (from midnight, UK time)
 */
export function listingChangeDates(projectRoot: string, listingsDir: string, since: string): Map<string, ListingChange> | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) return undefined;
  let log: string;
  try {
    // A shallow clone's first commit holds every file, so every listing would look just added.
    if (git(projectRoot, ['rev-parse', '--is-shallow-repository']).trim() === 'true') return undefined;
    log = git(projectRoot, ['log', `--since=${since} 00:00:00`, '--format=%x00%cd', DATE_FORMAT, '--name-status', '--', listingsDir]);
  } catch {
    return undefined;
  }
  const changes = new Map<string, ListingChange>();
  const seen = new Set<string>();
  // Newest commit first, each "\0<date>\n\n<status>\t<path>[\t<new path>]…" (A added, M edited,
  // R renamed, D deleted). The first time a file appears is its latest change.
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...lines] = commit.split('\n');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const line of lines) {
      const [status = '', ...paths] = line.split('\t');
      const path = paths.at(-1) ?? '';
      // A file renamed away is gone from its old name, like a deleted one.
      if (status.startsWith('R') && paths[0]) seen.add(basename(paths[0], '.md'));
      if (extname(path) !== '.md') continue;
      const slug = basename(path, '.md');
      if (seen.has(slug)) continue;
      seen.add(slug);
      // A file deleted since is not a listing any more, whatever older commits did to it.
      if (!status.startsWith('D')) changes.set(slug, { date, kind: status.startsWith('A') ? 'added' : 'edited' });
    }
  }
  return changes;
}
