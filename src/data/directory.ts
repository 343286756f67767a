import { getCollection, render, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { dataQuality, gapAudiences, gapGrids, recentlyChanged, recentSince, reviewQueue } from '../lib/dashboard.ts';
import { listingChangeDates } from '../lib/git-history.ts';
import { londonDate } from '../lib/schedule.ts';
import type { ListingView } from '../lib/listing-view.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import type { SearchIndexFile } from '../lib/search/record.ts';
import { loadSettings } from '../lib/settings.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Site } from '../schemas/site.ts';
import type { Taxonomies, Term } from '../schemas/taxonomy.ts';
import type { Venue } from '../schemas/venue.ts';
import { audienceFromEnv, shapeVisibleListings, type Audience } from './visibility.ts';

/**
 * The query layer. It reads the collections once per build and hands pages ready-made lists.
 * Pages and components never call getCollection themselves.
 */
export interface Directory {
  audience: Audience;
  site: Site;
  taxonomies: Taxonomies;
  /** When the build ran; "next dates" are worked out from here. */
  builtAt: Date;
  today: string;
  listings: ListingView[];
  organisations: { slug: string; organisation: Organisation; listings: ListingView[] }[];
  venues: { slug: string; venue: Venue; area?: Term; access: Term[]; listings: ListingView[] }[];
}

/** How far back "recently changed" looks on the dashboard. */
export const RECENT_DAYS = 30;

const contentDir = () => process.env['CONTENT_DIR'] ?? 'content';
const bodies = new Map<string, CollectionEntry<'listings'>>();
/** Every organisation, for the staff dashboard's contact details only; pages get `organisations`. */
let allOrganisations: ReadonlyMap<string, Organisation> = new Map();
let directory: Promise<Directory> | undefined;

async function loadDirectory(): Promise<Directory> {
  const audience = audienceFromEnv(process.env['DIRECTORY_AUDIENCE']);
  const { site, taxonomies } = loadSettings(process.cwd(), contentDir());
  const builtAt = process.env['DIRECTORY_NOW'] ? new Date(process.env['DIRECTORY_NOW']) : new Date();
  const today = londonDate(builtAt);
  const [listingEntries, organisationEntries, venueEntries] = await Promise.all([getCollection('listings'), getCollection('organisations'), getCollection('venues')]);
  const venues = new Map(venueEntries.map((entry) => [entry.id, entry.data]));
  const organisations = new Map(organisationEntries.map((entry) => [entry.id, entry.data]));
  allOrganisations = organisations;
  const context = { site, taxonomies, venues, organisations, now: builtAt, today };

  const listings = shapeVisibleListings(listingEntries, audience, context);
  const entries = new Map(listingEntries.map((entry) => [entry.id, entry]));
  for (const listing of listings) {
    const entry = entries.get(listing.slug);
    if (entry) bodies.set(entry.id, entry);
  }

  // Organisations and venues get a page only if this build shows at least one of their listings.
  const withListings = <T>(map: ReadonlyMap<string, T>, uses: (listing: ListingView, slug: string) => boolean) =>
    [...map.entries()]
      .map(([slug, value]) => ({ slug, value, listings: listings.filter((listing) => uses(listing, slug)) }))
      .filter((item) => item.listings.length > 0);

  return {
    audience,
    site,
    taxonomies,
    builtAt,
    today,
    listings,
    organisations: withListings(organisations, (listing, slug) => listing.organisation.slug === slug)
      .map(({ slug, value, listings: own }) => ({ slug, organisation: value, listings: own }))
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'en-GB')),
    venues: withListings(venues, (listing, slug) => listing.venues.some((ref) => ref.slug === slug))
      .map(({ slug, value, listings: own }) => {
        const ref = own[0]?.venues.find((item) => item.slug === slug);
        const area = taxonomies.areas.find((term) => term.id === value.area);
        return { slug, venue: value, ...(area ? { area } : {}), access: ref?.access ?? [], listings: own };
      })
      .sort((a, b) => a.venue.name.localeCompare(b.venue.name, 'en-GB')),
  };
}

export function getDirectory(): Promise<Directory> {
  directory ??= loadDirectory();
  return directory;
}

/** The listing's own words (its Markdown body), sanitised when rendered. */
export async function renderListingBody(slug: string) {
  await getDirectory();
  const entry = bodies.get(slug);
  if (!entry) throw new Error(`No visible listing called ${slug}`);
  return render(entry);
}

let searchIndex: Promise<SearchIndexFile> | undefined;

/** The search index for this build (through the same visibility rule as every page). */
export function getSearchIndex(): Promise<SearchIndexFile> {
  searchIndex ??= getDirectory().then(({ audience, listings, taxonomies, site, builtAt }) =>
    buildSearchIndex({ audience, listings, taxonomies, site, builtAt, body: (slug) => bodies.get(slug)?.body ?? '' }),
  );
  return searchIndex;
}

/**
 * The coordinators' dashboard. Staff build only: the public build gets undefined, so its
 * dashboard routes build no pages.
 */
async function loadDashboard() {
  const { audience, listings, taxonomies, today } = await getDirectory();
  if (audience !== 'staff') return undefined;
  const changes = listingChangeDates(process.cwd(), join(contentDir(), 'listings'), recentSince(today, RECENT_DAYS));
  return {
    review: reviewQueue(listings, allOrganisations, today),
    recent: recentlyChanged(listings, changes, today, RECENT_DAYS),
    usedGitHistory: changes !== undefined,
    quality: dataQuality(listings),
    audiences: gapAudiences(taxonomies),
    gaps: (audience?: string) => gapGrids(listings, taxonomies, audience ? { audience } : {}),
  };
}

let dashboard: ReturnType<typeof loadDashboard> | undefined;

export function getDashboard(): ReturnType<typeof loadDashboard> {
  dashboard ??= loadDashboard();
  return dashboard;
}
