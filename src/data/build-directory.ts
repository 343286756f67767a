import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readTrees } from '../reading/content-source.ts';
import type { ContentPaths } from '../reading/content-paths.ts';
import { byTitle, shapeListing, type ListingView } from '../domain/listing-view.ts';
import { londonDate } from '../domain/schedule.ts';
import { checkContent, type Problem, type ValidContent, type ValidPhoto } from '../reading/validation/check-content.ts';
import type { PublicOrganisation } from '../schemas/organisation.ts';
import type { PublicSite, StaffSettings } from '../schemas/site.ts';
import type { Taxonomies, Term } from '../schemas/taxonomy.ts';
import type { Venue } from '../schemas/venue.ts';
import { organisationForAudience, settingsForAudience, treeVisible, viewForAudience, type Audience } from './visibility.ts';

/** A file the build publishes because something it shows uses it. */
export interface PublishedFile {
  url: string;
  absolute: string;
}

/**
 * The directory one build may see: made once, from the checked content, through the visibility
 * rule. Pages, the search index and the dashboard all read this and nothing else.
 */
export interface Directory {
  audience: Audience;
  site: PublicSite;
  /** Staff build only. */
  staffSettings?: StaffSettings;
  taxonomies: Taxonomies;
  /** When the build ran; "next dates" are worked out from here. */
  builtAt: Date;
  today: string;
  listings: ListingView[];
  organisations: { slug: string; organisation: PublicOrganisation; listings: ListingView[] }[];
  venues: { slug: string; venue: Venue; area?: Term; access: Term[]; listings: ListingView[] }[];
  /** Every organisation this build may see, for the dashboard's contact details. */
  organisationsBySlug: ReadonlyMap<string, PublicOrganisation>;
  /** Photos used by the listings shown, and only those. */
  files: PublishedFile[];
  /** A listing's own words (Markdown, not yet rendered). */
  body: (slug: string) => string;
}

/** Photos are published under a name made from their bytes, so no address carries a listing's name. */
function publish(photo: ValidPhoto): PublishedFile & { alt: string } {
  const hash = createHash('sha256').update(readFileSync(photo.file.absolute)).digest('hex').slice(0, 20);
  return { url: `/photos/${hash}${extname(photo.file.name).toLowerCase()}`, absolute: photo.file.absolute, alt: photo.alt };
}

export function buildDirectory(content: ValidContent, audience: Audience, now: Date): Directory {
  const today = londonDate(now);
  const { site, staffSettings } = settingsForAudience(content.site, audience);
  const { taxonomies } = content;
  const visible = <T>(map: ReadonlyMap<string, { data: T; tree: 'content' | 'staff' }>) =>
    new Map([...map].filter(([, item]) => treeVisible(item.tree, audience)).map(([slug, item]) => [slug, item.data]));
  const venues = visible(content.venues);
  const organisations = new Map([...visible(content.organisations)].map(([slug, organisation]) => [slug, organisationForAudience(organisation)]));
  const context = { site, taxonomies, venues, organisations, now, today };

  const files = new Map<string, PublishedFile>();
  const bodies = new Map<string, string>();
  const listings = [...content.listings]
    .flatMap(([slug, listing]) => {
      const view = viewForAudience(listing, audience);
      if (!view) return [];
      const photos = listing.photos.map(publish);
      for (const photo of photos) files.set(photo.url, { url: photo.url, absolute: photo.absolute });
      bodies.set(slug, listing.body);
      return [shapeListing(slug, view.data, context, { ...(view.staff ? { staff: view.staff } : {}), photos: photos.map(({ url, alt }) => ({ url, alt })) })];
    })
    .sort(byTitle);

  // Organisations and venues get a page only if this build shows at least one of their listings.
  const withListings = <T>(map: ReadonlyMap<string, T>, uses: (listing: ListingView, slug: string) => boolean) =>
    [...map.entries()].map(([slug, value]) => ({ slug, value, listings: listings.filter((listing) => uses(listing, slug)) })).filter((item) => item.listings.length > 0);

  return {
    audience,
    site,
    ...(staffSettings ? { staffSettings } : {}),
    taxonomies,
    builtAt: now,
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
    organisationsBySlug: organisations,
    files: [...files.values()],
    body: (slug) => bodies.get(slug) ?? '',
  };
}

export interface LoadResult {
  problems: Problem[];
  directory?: Directory;
  content?: ValidContent;
}

/**
 * Read, check and shape the directory for one audience. The public build reads content/ only:
 * the staff tree is not opened, so it can't reach the public site whatever it holds.
 */
export function loadDirectory(projectRoot: string, paths: ContentPaths, audience: Audience, now: Date): LoadResult {
  const { tree, ...trees } = readTrees(projectRoot, paths, audience === 'staff');
  const { problems, content } = checkContent(tree, { ...trees, today: londonDate(now) });
  return content ? { problems, content, directory: buildDirectory(content, audience, now) } : { problems };
}
