import { contentPaths } from '../reading/content-paths.ts';
import type { ListingView } from '../domain/listing-view.ts';
import { formatProblem, type ValidContent } from '../reading/validation/check-content.ts';
import { loadDirectory, type Directory } from './build-directory.ts';
import type { Audience } from './visibility.ts';

/**
 * The directory exactly as a build would see it, without Astro: for unit tests, browser tests
 * (which pick their example listings through the build's own shaping) and benchmarks.
 */
export function loadDirectoryOffline(
  projectRoot: string,
  contentDir: string,
  options: { audience: Audience; now: Date; staffDir?: string },
): { directory: Directory; content: ValidContent; listings: ListingView[] } {
  const paths = { ...contentPaths({ CONTENT_DIR: contentDir }), ...(options.staffDir ? { staffDir: options.staffDir } : {}) };
  const { problems, directory, content } = loadDirectory(projectRoot, paths, options.audience, options.now);
  if (!directory || !content)
    throw new Error(
      `The content has errors:\n${problems
        .filter((problem) => problem.severity === 'error')
        .map(formatProblem)
        .join('\n')}`,
    );
  return { directory, content, listings: directory.listings };
}
