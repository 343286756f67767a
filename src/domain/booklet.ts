import { DAYS, type StaleInPrint } from '../schemas/lists.ts';
import type { Taxonomies, Term } from '../schemas/taxonomy.ts';
import { ANYWHERE, listed, townIds } from './browse.ts';
import { byTitle, type ListingView } from './listing-view.ts';
import { daysOfWeek } from './schedule.ts';

/**
 * The printed booklet (/print/): the whole directory, or one town or one kind of activity, grouped
 * by activity, town or day, in standard or large print. Each listing is printed once, under its own
 * first category, town or day; the other groups it belongs to point to it ("See also"), so the
 * booklet stays short.
 */
export type BookletGrouping = 'activity' | 'town' | 'day';

export const GROUPING_LABELS: Record<BookletGrouping, string> = { activity: 'by type of activity', town: 'by town', day: 'by day' };

export interface BookletScope {
  /** The whole directory, or one town or one category. */
  only?: { kind: 'town' | 'activity'; term: Term };
  groupBy: BookletGrouping;
  large: boolean;
}

export interface BookletSection {
  id: string;
  label: string;
  description?: string;
  /** Listings printed in this section, A to Z. */
  listings: ListingView[];
  /** Listings that belong here too but are printed in another section. */
  seeAlso: { listing: ListingView; sectionLabel: string }[];
}

export interface Booklet {
  scope: BookletScope;
  title: string;
  sections: BookletSection[];
  /** Towns A to Z, each with its listings A to Z (a listing appears under every town it is in). */
  townIndex: { label: string; listings: ListingView[] }[];
  /** The section each listing is printed in, by slug. */
  sectionOf: ReadonlyMap<string, string>;
  /** How many listings the booklet prints. */
  count: number;
  /** How many were left out because they are paused or closed, or not checked for a year (per site.yml). */
  leftOut: { paused: number; stale: number };
}

const BY_DAY_ARRANGEMENT: Term = { id: 'by-arrangement', label: 'Any day, by arrangement', description: 'Ring to arrange a time.' };

/** The groups a listing belongs to, in the order of the grouping's terms. */
function groupsOf(groupBy: BookletGrouping, taxonomies: Taxonomies): { terms: Term[]; has: (listing: ListingView) => string[] } {
  switch (groupBy) {
    case 'activity':
      return { terms: taxonomies.categories, has: (listing) => listing.data.categories };
    case 'town':
      return { terms: [...taxonomies.areas, ANYWHERE], has: townIds };
    case 'day':
      return {
        terms: [...DAYS.items.map((day) => ({ id: day.id, label: day.label })), BY_DAY_ARRANGEMENT],
        // A service by arrangement prints once, under "Any day, by arrangement", not under each of its days.
        has: (listing) => {
          const days = daysOfWeek(listing.data.sessions);
          return days.length > 0 ? days : [BY_DAY_ARRANGEMENT.id];
        },
      };
  }
}

export function bookletTitle(scope: BookletScope, areaName: string): string {
  const size = scope.large ? ' (large print)' : '';
  if (scope.only?.kind === 'town') return `What's on in ${scope.only.term.label}${size}`;
  if (scope.only) return `${scope.only.term.label} in ${areaName}${size}`;
  return `What's on in ${areaName}${size}`;
}

/** Which listings print: not paused or closed, in the scope, and (per site.yml) not stale. */
export function bookletListings(listings: readonly ListingView[], scope: BookletScope, staleListings: StaleInPrint): { included: ListingView[]; leftOut: Booklet['leftOut'] } {
  const open = listed(listings);
  const inScope = open.filter((listing) => {
    if (!scope.only) return true;
    return scope.only.kind === 'town' ? townIds(listing).includes(scope.only.term.id) : listing.data.categories.includes(scope.only.term.id);
  });
  const running = inScope.filter((listing) => !listing.paused);
  const fresh = staleListings === 'leave-out' ? running.filter((listing) => listing.review.state !== 'overdue') : running;
  return { included: fresh.sort(byTitle), leftOut: { paused: inScope.length - running.length, stale: running.length - fresh.length } };
}

export function makeBooklet(listings: readonly ListingView[], taxonomies: Taxonomies, scope: BookletScope, settings: { areaName: string; staleListings: StaleInPrint }): Booklet {
  const { included, leftOut } = bookletListings(listings, scope, settings.staleListings);
  const { terms, has } = groupsOf(scope.groupBy, taxonomies);
  // Each listing is printed under its first group (its own first category, first town or first day).
  const labelOf = new Map(terms.map((term) => [term.id, term.label]));
  const homeOf = new Map<string, string>();
  for (const listing of included) {
    const home = has(listing).find((id) => labelOf.has(id));
    if (home) homeOf.set(listing.slug, home);
  }
  const sectionOf = new Map([...homeOf].map(([slug, id]) => [slug, labelOf.get(id) ?? id]));
  const sections: BookletSection[] = terms.flatMap((term) => {
    const members = included.filter((listing) => has(listing).includes(term.id));
    if (members.length === 0) return [];
    const printedHere = (listing: ListingView) => homeOf.get(listing.slug) === term.id;
    return [
      {
        id: `section-${term.id}`,
        label: term.label,
        ...(term.description ? { description: term.description } : {}),
        listings: members.filter(printedHere),
        seeAlso: members.filter((listing) => !printedHere(listing)).map((listing) => ({ listing, sectionLabel: sectionOf.get(listing.slug) ?? '' })),
      },
    ];
  });
  const towns = [...taxonomies.areas, ANYWHERE]
    .map((term) => ({ label: term.label, listings: included.filter((listing) => townIds(listing).includes(term.id)) }))
    .filter((town) => town.listings.length > 0)
    .sort((a, b) => (a.label === ANYWHERE.label ? 1 : b.label === ANYWHERE.label ? -1 : a.label.localeCompare(b.label, 'en-GB')));
  return { scope, title: bookletTitle(scope, settings.areaName), sections, townIndex: towns, sectionOf, count: included.length, leftOut };
}

/** Where a booklet lives: /print/by-activity/, /print/towns/bugle/large-print/… */
export function bookletPath(scope: BookletScope): string {
  const base = scope.only ? `${scope.only.kind === 'town' ? 'towns' : 'activities'}/${scope.only.term.id}` : `by-${scope.groupBy}`;
  return `/print/${base}/${scope.large ? 'large-print/' : ''}`;
}

/**
 * Every booklet the site offers: the whole directory three ways, each town (grouped by activity),
 * each kind of activity (grouped by town), in standard and large print. Only towns and kinds with
 * something to print get one.
 */
export function bookletScopes(listings: readonly ListingView[], taxonomies: Taxonomies, staleListings: StaleInPrint): BookletScope[] {
  const whole = (['activity', 'town', 'day'] as const).map((groupBy) => ({ groupBy }));
  const has = (only: NonNullable<BookletScope['only']>) => bookletListings(listings, { only, groupBy: 'town', large: false }, staleListings).included.length > 0;
  const towns = [...taxonomies.areas, ANYWHERE].map((term) => ({ kind: 'town' as const, term })).filter(has);
  const activities = taxonomies.categories.map((term) => ({ kind: 'activity' as const, term })).filter(has);
  const scoped = [...towns.map((only) => ({ only, groupBy: 'activity' as const })), ...activities.map((only) => ({ only, groupBy: 'town' as const }))];
  return [...whole, ...scoped].flatMap((scope) => [false, true].map((large) => ({ ...scope, large })));
}
