import { DAYS, type Day } from '../schemas/lists.ts';
import type { Taxonomies, Term } from '../schemas/taxonomy.ts';

import type { ListingView } from './listing-view.ts';

/** One browse page: a term and the listings under it, in neutral (alphabetical) order. */
export interface BrowseGroup extends Term {
  listings: ListingView[];
}

/** The pseudo-town for services that come to you or run online. */
export const ANYWHERE: Term = { id: 'online-phone-or-home', label: 'Online, by phone or at home', description: 'Services you can use from home, wherever you live in the area.' };

function group(terms: readonly Term[], listings: readonly ListingView[], has: (listing: ListingView, id: string) => boolean): BrowseGroup[] {
  return terms.map((term) => ({ ...term, listings: listings.filter((listing) => has(listing, term.id)) }));
}

/** The towns a listing is found under: its venues' towns, or "online, by phone or at home" when it has no venue. */
export const townIds = (listing: ListingView): string[] => (listing.venues.length > 0 ? listing.areas.map((area) => area.id) : [ANYWHERE.id]);

/** Closed listings keep their page (people may have the link) but leave lists and counts. */
export const listed = (listings: readonly ListingView[]): ListingView[] => listings.filter((listing) => !listing.closed);

export function browseGroups(allListings: readonly ListingView[], taxonomies: Taxonomies) {
  const listings = listed(allListings);
  return {
    categories: group(taxonomies.categories, listings, (listing, id) => listing.data.categories.includes(id)),
    audiences: group(taxonomies.audiences, listings, (listing, id) => listing.data.audiences.includes(id)),
    towns: group([...taxonomies.areas, ANYWHERE], listings, (listing, id) => townIds(listing).includes(id)),
    days: group(
      DAYS.items.map((day) => ({ id: day.id, label: day.label })),
      listings,
      (listing, id) => listing.days.includes(id as Day),
    ),
  };
}

/** Listings grouped by their first letter, for the A to Z page. */
export function alphabetical(listings: readonly ListingView[]): { letter: string; listings: ListingView[] }[] {
  const groups = new Map<string, ListingView[]>();
  for (const listing of listed(listings)) {
    const first = listing.data.title
      .replace(/^the\s+/i, '')
      .charAt(0)
      .toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), listing]);
  }
  return [...groups.entries()].map(([letter, items]) => ({ letter, listings: items }));
}

/** The ways to browse, each with its own URL segment. One list feeds the routes and the home page. */
export const BROWSE_DIMENSIONS = [
  { path: 'categories', key: 'categories', title: 'Activities by type', intro: 'Choose the kind of activity or help you are looking for.' },
  { path: 'days', key: 'days', title: 'Activities by day', intro: 'Choose a day to see what runs on it. Some groups run on several days.' },
  { path: 'towns', key: 'towns', title: 'Activities by town or village', intro: 'Choose where you live or can get to. Services you can use from home are listed separately.' },
  { path: 'for', key: 'audiences', title: "Who it's for", intro: 'Groups and services for particular people. Most groups welcome everyone.' },
] as const satisfies readonly { path: string; key: keyof ReturnType<typeof browseGroups>; title: string; intro: string }[];

export type BrowseDimension = (typeof BROWSE_DIMENSIONS)[number];

/** Dimensions worth splitting by day as static pages (category × day, town × day), for browsing without JavaScript. */
export const BY_DAY_DIMENSIONS: readonly BrowseDimension['path'][] = ['categories', 'towns'];

/** A group's listings split by the days they run, leaving out empty days. */
export function splitByDay(group: BrowseGroup): (BrowseGroup & { day: Day; dayLabel: string })[] {
  return DAYS.items
    .map((day) => ({ ...group, day: day.id, dayLabel: day.label, listings: group.listings.filter((listing) => listing.days.includes(day.id)) }))
    .filter((split) => split.listings.length > 0);
}
