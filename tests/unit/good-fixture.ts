// The good fixture content (tests/fixtures/good/content), checked and ready to shape, on a fixed day.
import { viewForAudience } from '../../src/data/visibility.ts';
import { readContentTree } from '../../src/lib/content-source.ts';
import { checkContent } from '../../src/lib/validation/check-content.ts';
import type { VisibleListingData } from '../../src/schemas/listing.ts';

export const today = '2026-11-21';
const root = process.cwd();
const checked = checkContent(readContentTree(root, 'tests/fixtures/good/content'), root, today).content;
if (!checked) throw new Error('The good fixture tree should pass the content check');
export const content = checked;
export const context = { site: content.site, taxonomies: content.taxonomies, venues: content.venues, organisations: content.organisations, now: new Date(`${today}T12:00:00Z`), today };

/** A fixture listing's data as the staff build sees it (everything). */
export function staffData(slug: string): VisibleListingData {
  const data = content.listings.get(slug);
  const visible = data && viewForAudience(data, 'staff');
  if (!visible) throw new Error(`no fixture listing ${slug}`);
  return visible;
}
