import type { Taxonomies } from '../schemas/taxonomy.ts';
import { alphabetical, ANYWHERE, BROWSE_DIMENSIONS, BY_DAY_DIMENSIONS, browseGroups, splitByDay, type BrowseDimension, type BrowseGroup } from './browse.ts';
import { happeningThisWeek, type ThisWeek } from './this-week.ts';
import type { ListingView } from './listing-view.ts';

/** A link with a count, for the link grids. */
export interface CountedLink {
  href: string;
  label: string;
  count: number;
}

/** A group split by one day: category × day and town × day pages, for narrowing without JavaScript. */
export type DaySplit = ReturnType<typeof splitByDay>[number];

/**
 * Everything the browse routes show, worked out once per build from the listings the build may
 * see. Route files only map it to pages; later outputs (print, map, exports) add their lists here.
 */
export interface RouteData {
  /** The link grids of the home page, by browse path (categories, towns, days, for). */
  browseLinks: Record<BrowseDimension['path'], CountedLink[]>;
  /** One index page per way to browse. */
  indexes: { dimension: BrowseDimension; groups: BrowseGroup[] }[];
  /** One page per group, with its links to the same group by day. */
  groups: { dimension: BrowseDimension; group: BrowseGroup; byDay: CountedLink[] }[];
  /** One page per group and day. */
  days: { dimension: BrowseDimension; split: DaySplit; title: string }[];
  /** What's on in the coming week, day by day. */
  week: ThisWeek;
  /** The A to Z. */
  letters: ReturnType<typeof alphabetical>;
}

function dayTitle(dimension: BrowseDimension, split: DaySplit): string {
  if (dimension.path !== 'towns') return `${split.label} on ${split.dayLabel}`;
  return split.id === ANYWHERE.id ? `${split.dayLabel}: online, by phone or at home` : `${split.dayLabel} in ${split.label}`;
}

export function routeData(listings: readonly ListingView[], taxonomies: Taxonomies): RouteData {
  const all = browseGroups(listings, taxonomies);
  const groupsOf = (dimension: BrowseDimension): BrowseGroup[] => all[dimension.key];
  const byDayLinks = (dimension: BrowseDimension, group: BrowseGroup): CountedLink[] =>
    BY_DAY_DIMENSIONS.includes(dimension.path) ? splitByDay(group).map((split) => ({ href: `/${dimension.path}/${group.id}/${split.day}/`, label: split.dayLabel, count: split.listings.length })) : [];
  return {
    browseLinks: Object.fromEntries(
      BROWSE_DIMENSIONS.map((dimension) => [dimension.path, groupsOf(dimension).map((group) => ({ href: `/${dimension.path}/${group.id}/`, label: group.label, count: group.listings.length }))]),
    ) as RouteData['browseLinks'],
    indexes: BROWSE_DIMENSIONS.map((dimension) => ({ dimension, groups: groupsOf(dimension) })),
    groups: BROWSE_DIMENSIONS.flatMap((dimension) => groupsOf(dimension).map((group) => ({ dimension, group, byDay: byDayLinks(dimension, group) }))),
    days: BROWSE_DIMENSIONS.filter((dimension) => BY_DAY_DIMENSIONS.includes(dimension.path)).flatMap((dimension) =>
      groupsOf(dimension).flatMap((group) => splitByDay(group).map((split) => ({ dimension, split, title: dayTitle(dimension, split) }))),
    ),
    week: happeningThisWeek(listings),
    letters: alphabetical(listings),
  };
}
