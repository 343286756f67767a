import type { VisibleListingData } from '../data/visibility.ts';
import { DAYS, type Day, type TimeOfDay } from '../schemas/lists.ts';
import type { Organisation } from '../schemas/organisation.ts';
import type { Site } from '../schemas/site.ts';
import type { Taxonomies, Term } from '../schemas/taxonomy.ts';
import type { Venue } from '../schemas/venue.ts';
import { describeCost, isFree, isLowCost } from './cost.ts';

import { reviewState, type ReviewState } from './review.ts';
import { daysOfWeek, describeSession, describeTime, formatDate, isFinished, nextOccurrences, timesOfDay } from './schedule.ts';

export interface NamedRef { slug: string; name: string }
export interface VenueRef extends NamedRef { venue: Venue }

export interface ScheduleLine { text: string; notes?: string; where: string; venueSlug?: string; skipDates: string[] }
export interface NextDate { date: string; label: string; time: string }

/** Top-of-page notice for anything that isn't simply running and taking people. */
export interface StatusBanner { kind: 'paused' | 'closed' | 'full' | 'waiting-list' | 'finished'; title: string; detail?: string }

/** A listing shaped for display: everything a page needs, worked out once. */
export interface ListingView {
  slug: string;
  data: VisibleListingData;
  organisation: NamedRef;
  venues: VenueRef[];
  areas: Term[];
  categories: Term[];
  audiences: Term[];
  helpsWith: Term[];
  accessFeatures: Term[];
  schedule: ScheduleLine[];
  nextDates: NextDate[];
  days: Day[];
  timesOfDay: TimeOfDay[];
  costText: string;
  free: boolean;
  lowCost: boolean;
  banner?: StatusBanner;
  review: { state: ReviewState; text: string };
  /** Plain-words flags for information a resident needs that the listing lacks. */
  missing: string[];
}

export interface ShapeContext {
  site: Site;
  taxonomies: Taxonomies;
  venues: ReadonlyMap<string, Venue>;
  organisations: ReadonlyMap<string, Organisation>;
  now: Date;
  today: string;
}

const REMOTE_WHERE = { online: 'Online', phone: 'By phone', 'home-visit': 'In your own home' } as const;

function terms(ids: readonly string[], list: readonly Term[]): Term[] {
  return ids.flatMap((id) => list.filter((term) => term.id === id));
}

function banner(data: VisibleListingData, finished: boolean): StatusBanner | undefined {
  const { status, joining } = data;
  if (status.state === 'closed') return { kind: 'closed', title: 'This has closed', ...(status.reason ? { detail: status.reason } : {}) };
  if (status.state === 'paused') {
    const until = status.until ? ` until ${formatDate(status.until, { weekday: false })}` : '';
    return { kind: 'paused', title: `Paused${until}`, ...(status.reason ? { detail: status.reason } : {}) };
  }
  if (finished) return { kind: 'finished', title: 'All the dates listed have passed', detail: 'Contact the organisers to ask about future dates.' };
  if (joining.accepting === 'full') return { kind: 'full', title: 'Full: not taking new people at the moment' };
  if (joining.accepting === 'waiting-list') return { kind: 'waiting-list', title: 'There is a waiting list', detail: 'Contact them to join the waiting list.' };
  return undefined;
}

export function shapeListing(slug: string, data: VisibleListingData, context: ShapeContext): ListingView {
  const { taxonomies, venues, organisations, site, now, today } = context;
  const venueRefs: VenueRef[] = [];
  for (const session of data.sessions) {
    const venue = session.venue ? venues.get(session.venue) : undefined;
    if (session.venue && venue && !venueRefs.some((ref) => ref.slug === session.venue)) venueRefs.push({ slug: session.venue, name: venue.name, venue });
  }
  const areaIds = [...new Set(venueRefs.map((ref) => ref.venue.area))];
  const accessIds = venueRefs.length === 0 ? [] : [...new Set(venueRefs.flatMap((ref) => ref.venue.access))];
  const finished = isFinished(data.sessions, now);
  const stopped = data.status.state !== 'running';
  const nextDates = stopped || finished ? [] : nextOccurrences(data.sessions, now, 3).map((occurrence) => {
    const session = data.sessions[occurrence.sessionIndex];
    return { date: occurrence.date, label: formatDate(occurrence.date), time: session ? describeTime(session.start, session.end) : '' };
  });
  const state = reviewState(data.review.lastConfirmed, today, site.reviewMonths);
  const organisation = organisations.get(data.organisation);
  const inPerson = data.sessions.some((session) => session.venue);
  const missing = [
    ...(data.contact.phone ? [] : ['phone number']),
    ...(data.cost ? [] : ['cost']),
    ...(inPerson && accessIds.length === 0 && !venueRefs.some((ref) => ref.venue.accessStatement) ? ['access information'] : []),
    ...(data.welcome.firstVisit ? [] : ['what to expect']),
  ];
  const shownBanner = banner(data, finished);
  return {
    slug,
    data,
    organisation: { slug: data.organisation, name: organisation?.name ?? data.organisation },
    venues: venueRefs,
    areas: terms(areaIds, taxonomies.areas),
    categories: terms(data.categories, taxonomies.categories),
    audiences: terms(data.audiences, taxonomies.audiences),
    helpsWith: terms(data.helpsWith, taxonomies.helpsWith),
    accessFeatures: terms(accessIds, taxonomies.accessFeatures),
    schedule: data.sessions.map((session) => ({
      text: describeSession(session),
      ...(session.notes ? { notes: session.notes } : {}),
      where: session.venue ? (venues.get(session.venue)?.name ?? session.venue) : REMOTE_WHERE[session.remote ?? 'online'],
      ...(session.venue ? { venueSlug: session.venue } : {}),
      skipDates: session.skipDates,
    })),
    nextDates,
    days: daysOfWeek(data.sessions),
    timesOfDay: timesOfDay(data.sessions),
    costText: describeCost(data.cost),
    free: isFree(data.cost),
    lowCost: isLowCost(data.cost, site.lowCostMax),
    ...(shownBanner ? { banner: shownBanner } : {}),
    review: { state, text: `Last confirmed ${formatDate(data.review.lastConfirmed, { weekday: false })}${data.review.confirmedBy ? ` by the ${data.review.confirmedBy}` : ''}` },
    missing,
  };
}

/** Neutral order: alphabetical by title, ignoring "The" and case. Never by size or popularity. */
export function byTitle(a: { data: { title: string } }, b: { data: { title: string } }): number {
  const key = (title: string) => title.replace(/^the\s+/i, '').toLowerCase();
  return key(a.data.title).localeCompare(key(b.data.title), 'en-GB');
}

export const DAY_ORDER: readonly Day[] = DAYS.ids;
