import { shapeVisibleListings, type Audience } from '../data/visibility.ts';
import { readContentTree } from './content-source.ts';
import type { ListingView } from './listing-view.ts';
import { londonDate } from './schedule.ts';
import { buildSearchIndex } from './search/build-index.ts';
import type { SearchIndexFile } from './search/record.ts';
import { checkContent, formatProblem } from './validation/check-content.ts';

/**
 * The directory as a build would see it, read straight from the content files without Astro.
 * For unit tests and benchmarks; pages use src/data/directory.ts.
 */
export function loadDirectoryOffline(projectRoot: string, contentDir: string, options: { audience: Audience; now: Date }): { listings: ListingView[]; searchIndex: SearchIndexFile } {
  const tree = readContentTree(projectRoot, contentDir);
  const today = londonDate(options.now);
  const { problems, content } = checkContent(tree, projectRoot, today);
  if (!content) throw new Error(`The content has errors:\n${problems.map(formatProblem).join('\n')}`);
  const { site, taxonomies, organisations, venues } = content;
  const context = { site, taxonomies, organisations, venues, now: options.now, today };
  const entries = [...content.listings.entries()].map(([id, data]) => ({ id, data }));
  const listings = shapeVisibleListings(entries, options.audience, context);
  const bodies = new Map(tree.listings.map((file) => [file.slug, file.body]));
  const searchIndex = buildSearchIndex({ audience: options.audience, listings, taxonomies, site, builtAt: options.now, body: (slug) => bodies.get(slug) ?? '' });
  return { listings, searchIndex };
}
