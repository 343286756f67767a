import { contentPaths } from '../lib/content-paths.ts';
import type { ListingView } from '../lib/listing-view.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import type { SearchIndexFile } from '../lib/search/record.ts';
import { formatProblem, type ValidContent } from '../lib/validation/check-content.ts';
import { loadDirectory, type Directory } from './build-directory.ts';
import type { Audience } from './visibility.ts';

/**
 * The directory exactly as a build would see it, without Astro: for unit tests, browser tests
 * (which pick their example listings through the build's own shaping) and benchmarks.
 */
export function loadDirectoryOffline(projectRoot: string, contentDir: string, options: { audience: Audience; now: Date; staffDir?: string }): { directory: Directory; content: ValidContent; listings: ListingView[]; searchIndex: SearchIndexFile } {
  const paths = { ...contentPaths({ CONTENT_DIR: contentDir }), ...(options.staffDir ? { staffDir: options.staffDir } : {}) };
  const { problems, directory, content } = loadDirectory(projectRoot, paths, options.audience, options.now);
  if (!directory || !content) throw new Error(`The content has errors:\n${problems.filter((problem) => problem.severity === 'error').map(formatProblem).join('\n')}`);
  const { listings, taxonomies, site, body } = directory;
  const searchIndex = buildSearchIndex({ audience: options.audience, listings, taxonomies, site, builtAt: options.now, body });
  return { directory, content, listings, searchIndex };
}
