import { execFileSync } from 'node:child_process';
import { basename, extname } from 'node:path';

/** How long `git log` may take before we give up and fall back to review dates. */
const GIT_TIMEOUT_MS = 15_000;
/** Keeps dates in UK time, like every other date on the site. */
const DATE_FORMAT = '--date=format-local:%Y-%m-%d';

/**
 * When each listing file was last committed, since a date: listing slug (file name without
 * `.md`) → the date of its most recent commit, "YYYY-MM-DD" in UK time.
 *
 * Committed history only: edits not yet committed do not count, and a shallow clone
 * (as some CI systems make) only knows the commits it fetched. Returns undefined — never
 * throws, never prints — when git is not installed, `projectRoot` is not in a git repository,
 * `since` is not a date, or git fails or takes too long; callers then fall back to review dates.
 *
 * @param projectRoot where to run git (any folder inside the repository)
 * @param listingsDir the listings folder, relative to `projectRoot`, like "content/listings"
 * @param since the earliest commit date to look at, "YYYY-MM-DD" (from midnight, UK time)
 */
export function listingChangeDates(projectRoot: string, listingsDir: string, since: string): Map<string, string> | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) return undefined;
  let log: string;
  try {
    log = execFileSync('git', ['log', `--since=${since} 00:00:00`, '--format=%x00%cd', DATE_FORMAT, '--name-only', '--', listingsDir], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Europe/London' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: GIT_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
  const changes = new Map<string, string>();
  // Each commit is "\0<date>\n\n<path>\n<path>…"; keep the latest date seen for each file.
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...paths] = commit.split('\n');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const path of paths) {
      if (extname(path) !== '.md') continue;
      const slug = basename(path, '.md');
      const known = changes.get(slug);
      if (known === undefined || date > known) changes.set(slug, date);
    }
  }
  return changes;
}
