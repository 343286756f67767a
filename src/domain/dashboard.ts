/**
 * The coordinators' dashboard (staff build): what needs reviewing, where the gaps are, what has
 * changed lately and what information is missing. Pure functions; the pages only lay them out.
 * Dates are "YYYY-MM-DD" calendar dates in UK time, with sums done on UTC midnights.
 */
import type { Contact } from '../schemas/contact.ts';
import { DAYS, TIMES_OF_DAY } from '../schemas/lists.ts';
import type { PublicOrganisation as Organisation } from '../schemas/organisation.ts';
import type { Taxonomies, Term } from '../schemas/taxonomy.ts';
import { ANYWHERE, listed, townIds } from './browse.ts';
import { byTitle, type ListingView } from './listing-view.ts';
import type { ListingChange } from './git-history.ts';
import { addMonths, type ReviewState } from './review.ts';
import { sessionSlots } from './schedule.ts';
import { addDays, calendarDate } from './schedule-text.ts';

// ---------------------------------------------------------------------------------------------
// Dates

/** Whole calendar months from `from` to `to` (0 if `to` is earlier), counted the way review.ts ages a listing. */
export function wholeMonthsBetween(from: string, to: string): number {
  const start = calendarDate(from);
  const end = calendarDate(to);
  let months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  while (months > 0 && addMonths(from, months) > to) months -= 1;
  return Math.max(months, 0);
}

// ---------------------------------------------------------------------------------------------
// Review queue

/** A listing that needs checking: 'due' (amber) after the site's review interval, 'overdue' (red) after 12 months. */
export type ReviewFlag = Exclude<ReviewState, 'current'>;

/** Who to ring or email to check a listing: the organisation that runs it. */
export interface OrganisationContact {
  slug: string;
  name: string;
  phone?: string;
  email?: string;
  website?: string;
}

export interface ReviewItem {
  listing: ListingView;
  state: ReviewFlag;
  lastConfirmed: string;
  /** Whole months since it was last confirmed. */
  monthsAgo: number;
  organisation: OrganisationContact;
  /** The listing's own public phone and email, where it has them. */
  contact: Pick<Contact, 'phone' | 'email'>;
}

export interface ReviewQueue {
  items: ReviewItem[];
  counts: Record<ReviewFlag, number>;
}

function organisationContact(slug: string, organisation: Organisation | undefined): OrganisationContact {
  if (!organisation) return { slug, name: slug };
  const { name, phone, email, website } = organisation;
  return { slug, name, ...(phone ? { phone } : {}), ...(email ? { email } : {}), ...(website ? { website } : {}) };
}

/**
 * Listings whose details are due or overdue for checking, oldest confirmation first (ties by
 * title), with who to contact. Referral-only listings are included; closed listings are not.
 * The state is the listing's own (ListingView.review, worked out when it was shaped); `today`
 * gives the months since.
 */
export function reviewQueue(listings: readonly ListingView[], organisations: ReadonlyMap<string, Organisation>, today: string): ReviewQueue {
  const items: ReviewItem[] = [];
  for (const listing of listed(listings)) {
    const { lastConfirmed } = listing.data.review;
    const { state } = listing.review;
    if (state === 'current') continue;
    const { phone, email } = listing.data.contact;
    items.push({
      listing,
      state,
      lastConfirmed,
      monthsAgo: wholeMonthsBetween(lastConfirmed, today),
      organisation: organisationContact(listing.data.organisation, organisations.get(listing.data.organisation)),
      contact: { ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
    });
  }
  items.sort((a, b) => a.lastConfirmed.localeCompare(b.lastConfirmed) || byTitle(a.listing, b.listing));
  return { items, counts: { due: items.filter((item) => item.state === 'due').length, overdue: items.filter((item) => item.state === 'overdue').length } };
}

// ---------------------------------------------------------------------------------------------
// Gaps

export interface GridAxis {
  id: string;
  label: string;
}

/**
 * How many listings fall in each cell. `counts[row][column]` follows the order of `rows` and
 * `columns`; a cell links to the search page by its row and column ids.
 */
export interface GapGrid {
  rows: GridAxis[];
  columns: GridAxis[];
  counts: number[][];
  /** How many cells have no listings. */
  empty: number;
  /** How many listings the grid counts (each may fall in several cells). */
  total: number;
}

export interface GapGrids {
  /** Categories down, towns across, with a last column for listings with no venue (online, by phone or at home). */
  categoryByTown: GapGrid;
  /** Days down, times of day across, counted session by session. */
  dayByTime: GapGrid & {
    /** Listings left out because they have no fixed sessions (like "calls at a time that suits you"). */
    unscheduled: number;
  };
}

const axis = (terms: readonly { id: string; label: string }[]): GridAxis[] => terms.map(({ id, label }) => ({ id, label }));

/** Count each listing once in each cell it names (cells as [row id, column id]). */
function countGrid(rows: GridAxis[], columns: GridAxis[], listings: readonly ListingView[], cellsOf: (listing: ListingView) => Iterable<readonly [string, string]>): GapGrid {
  const counts = rows.map(() => columns.map(() => 0));
  for (const listing of listings) {
    const seen = new Set<string>();
    for (const [rowId, columnId] of cellsOf(listing)) {
      const row = rows.findIndex((item) => item.id === rowId);
      const column = columns.findIndex((item) => item.id === columnId);
      const key = `${row} ${column}`;
      const line = counts[row];
      if (line === undefined || column < 0 || seen.has(key)) continue;
      seen.add(key);
      line[column] = (line[column] ?? 0) + 1;
    }
  }
  return { rows, columns, counts, empty: counts.flat().filter((count) => count === 0).length, total: listings.length };
}

/**
 * Where and when there is little on: open (not closed) listings counted by category and town,
 * and by day and time of day. With `audience`, only listings that name that audience count:
 * a listing for everyone is not counted as being for, say, carers, so the grid shows where
 * there is nothing especially for them.
 */
export function gapGrids(listings: readonly ListingView[], taxonomies: Taxonomies, options: { audience?: string } = {}): GapGrids {
  const { audience } = options;
  // Paused listings and courses whose dates have all passed are not on now, so they don't fill a gap.
  const onNow = listed(listings).filter((listing) => !listing.paused && !listing.finished);
  const chosen = onNow.filter((listing) => audience === undefined || listing.data.audiences.includes(audience));
  const categoryByTown = countGrid(axis(taxonomies.categories), axis([...taxonomies.areas, ANYWHERE]), chosen, (listing) =>
    listing.data.categories.flatMap((category) => townIds(listing).map((town): [string, string] => [category, town])),
  );
  // Services by arrangement count on the days and hours they can be arranged, as the search's day and time filters do.
  const scheduled = chosen.filter((listing) => listing.data.sessions.length > 0 || listing.data.byArrangement);
  const dayByTime = countGrid(axis(DAYS.items), axis(TIMES_OF_DAY.items), scheduled, (listing) => sessionSlots(listing.data.sessions, listing.data.byArrangement));
  return { categoryByTown, dayByTime: { ...dayByTime, unscheduled: chosen.length - scheduled.length } };
}

/** The audiences a gaps page can be narrowed to: all but "everyone". */
export function gapAudiences(taxonomies: Taxonomies): Term[] {
  return taxonomies.audiences.filter((term) => term.id !== 'everyone');
}

// ---------------------------------------------------------------------------------------------
// Recently changed

export interface RecentChange {
  listing: ListingView;
  date: string;
  /** 'added' or 'edited': the date its file was last committed; 'confirmed': its review date (no recent commit). */
  source: 'added' | 'edited' | 'confirmed';
}

/**
 * Listings changed in the last `days` days, up to and including today, newest first (ties by
 * title). Closed listings are included: closing is a change. `changes` is from
 * `listingChangeDates` (git-history.ts); without it every listing uses its review date.
 */
/** The first day of the last `days` days, today included. */
export const recentSince = (today: string, days: number): string => addDays(today, -(days - 1));

export function recentlyChanged(listings: readonly ListingView[], changes: ReadonlyMap<string, ListingChange> | undefined, today: string, days = 30): RecentChange[] {
  const since = recentSince(today, days);
  return listings
    .map((listing): RecentChange => {
      const change = changes?.get(listing.slug);
      return change === undefined ? { listing, date: listing.data.review.lastConfirmed, source: 'confirmed' } : { listing, date: change.date, source: change.kind };
    })
    .filter((change) => change.date >= since && change.date <= today)
    .sort((a, b) => b.date.localeCompare(a.date) || byTitle(a.listing, b.listing));
}

// ---------------------------------------------------------------------------------------------
// Data quality

export interface MissingItem {
  listing: ListingView;
  missing: string[];
}

export interface DataQuality {
  /** Open listings lacking something a resident needs (see ListingView.missing), by title. */
  missing: MissingItem[];
  /** How many listings lack each thing, like { 'phone number': 12, cost: 3 }; only what is missing somewhere. */
  counts: Record<string, number>;
  /** Open listings you can only contact by internet, by title: see `hasOfflineContact`. */
  noOfflineContact: ListingView[];
}

/** Whether someone without the internet can reach it: a public phone number, or a venue you can just turn up at. */
export function hasOfflineContact(listing: ListingView): boolean {
  const { contact, joining } = listing.data;
  return Boolean(contact.phone || contact.onTheDayPhone) || (joining.method === 'turn-up' && listing.venues.length > 0);
}

export function dataQuality(listings: readonly ListingView[]): DataQuality {
  const open = listed(listings).sort(byTitle);
  const missing = open.filter((listing) => listing.missing.length > 0).map((listing) => ({ listing, missing: listing.missing }));
  const counts: Record<string, number> = {};
  for (const kind of missing.flatMap((item) => item.missing)) counts[kind] = (counts[kind] ?? 0) + 1;
  return { missing, counts, noOfflineContact: open.filter((listing) => !hasOfflineContact(listing)) };
}

// ---------------------------------------------------------------------------------------------
// Counts

/** Counts of open listings for the staff home page and the dashboard. */
export function staffCounts(listings: readonly ListingView[]): { open: number; referralOnly: number; takingReferrals: number } {
  const open = listed(listings);
  return {
    open: open.length,
    referralOnly: open.filter((listing) => listing.staff?.referralOnly).length,
    takingReferrals: open.filter((listing) => listing.staff?.takesReferralsNow).length,
  };
}
