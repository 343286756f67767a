// The example content as the builds under test shaped it, so browser tests choose their listings
// through the build's own code (a paused listing is one the build shows as paused), on the build's own day.
import { readFileSync } from 'node:fs';
import { loadDirectoryOffline } from '../../src/data/offline-directory.ts';
import type { ListingView } from '../../src/domain/listing-view.ts';
import type { SearchIndexWire } from '../../src/outputs/search/record.ts';

/** When a build under test ran (DIRECTORY_NOW), read from its search index. */
export const builtAt = (folder: 'dist' | 'dist-staff') => new Date((JSON.parse(readFileSync(`${folder}/search-index.json`, 'utf8')) as SearchIndexWire).builtAt);

const publicBuild = loadDirectoryOffline(process.cwd(), 'content', { audience: 'public', now: builtAt('dist') });
const staffBuild = loadDirectoryOffline(process.cwd(), 'content', { audience: 'staff', now: builtAt('dist') });

export const publicListings: ListingView[] = publicBuild.listings;
/** The public build's directory: settings and taxonomies. */
export const publicDirectory = publicBuild.directory;
export const referralOnly: ListingView[] = staffBuild.listings.filter((listing) => listing.staff?.referralOnly);
/** The staff information of every listing, as checked (staff build only). */
export const staffInformation = [...staffBuild.content.listings.values()].map((listing) => listing.data.staff);

export function firstWhere(predicate: (listing: ListingView) => boolean): ListingView {
  const found = publicListings.find(predicate);
  if (!found) throw new Error('The example content has no listing of the kind this test needs');
  return found;
}

/** One listing page for each state a build can show, for the accessibility walk. */
export function listingStatePages(audience: 'public' | 'staff'): string[] {
  const listings = audience === 'public' ? publicListings : staffBuild.listings;
  const states: ((listing: ListingView) => boolean)[] = [
    (listing) => listing.paused,
    (listing) => listing.closed,
    (listing) => listing.finished,
    (listing) => listing.banner?.kind === 'full',
    (listing) => listing.banner?.kind === 'waiting-list',
    (listing) => !listing.data.contact.phone,
    (listing) => listing.photos.length > 0,
    (listing) => listing.staff?.referralOnly === true,
    (listing) => listing.staff?.nothingRecorded === true,
  ];
  return states.flatMap((state) => listings.filter(state).slice(0, 1)).map((listing) => `/listings/${listing.slug}/`);
}
