import { DELIVERY_MODES, REMOTE_MODES, type Day, type TimeOfDay } from '../schemas/lists.ts';
import type { PublicListingData } from '../schemas/listing.ts';
import type { PublicOrganisation } from '../schemas/organisation.ts';
import type { Session } from '../schemas/session.ts';
import type { PublicSite } from '../schemas/site.ts';
import type { StaffInfo } from '../schemas/staff.ts';
import type { Taxonomies, Term } from '../schemas/taxonomy.ts';
import type { Venue } from '../schemas/venue.ts';
import { describeCost, isFree, isLowCost } from './cost.ts';
import { REVIEW_STATE_LABELS, reviewState, type ReviewState } from './review.ts';
import { shapeStaff, type StaffView } from './staff-view.ts';
import { describeArrangement } from './schedule-text.ts';
import { daysOn, describeSession, describeTime, formatDate, isFinished, londonInstant, nextOccurrences, occurrencesInWeek, timesOn, type Occurrence } from './schedule.ts';

export interface NamedRef {
  slug: string;
  name: string;
}
export interface VenueRef extends NamedRef {
  venue: Venue;
  access: Term[];
}

export interface ScheduleLine {
  text: string;
  notes?: string;
  where: string;
  venueSlug?: string;
  skipDates: string[];
}
export interface NextDate {
  date: string;
  label: string;
  time: string;
}

/** Top-of-page notice for anything that isn't simply running and taking people. */
export interface StatusBanner {
  kind: 'paused' | 'closed' | 'full' | 'waiting-list' | 'finished';
  title: string;
  detail?: string;
}

/** A listing shaped for display: everything a page needs, worked out once. */
export interface ListingView {
  slug: string;
  data: PublicListingData;
  /** Photos as this build publishes them. */
  photos: { url: string; alt: string }[];
  organisation: NamedRef;
  venues: VenueRef[];
  /** Where it happens, in a few words: venues and towns, or online, by phone, at home. */
  where: string;
  /** How it runs: in person, online, outdoors (weather dependent)… */
  delivery: string[];
  areas: Term[];
  categories: Term[];
  audiences: Term[];
  helpsWith: Term[];
  accessFeatures: Term[];
  /** Sessions still to come (finished ones are left out unless nothing else remains). */
  schedule: ScheduleLine[];
  /** When a service with no fixed times can be arranged: "By arrangement, Monday to Friday, 9am to 5pm". */
  arrangement?: string;
  nextDates: NextDate[];
  /** Its sessions in the coming week (THIS_WEEK_DAYS), worked out once per build; none while paused or closed. */
  thisWeek: Occurrence[];
  /** The days it is on, by session or by arrangement: what the day filters use. */
  days: Day[];
  /** The parts of the day it is on, by session or by arrangement: what the time filters use. */
  timesOfDay: TimeOfDay[];
  costText: string;
  free: boolean;
  lowCost: boolean;
  ages?: string;
  /** Closed listings keep their page but leave browse lists, counts and "this week". */
  closed: boolean;
  /** Paused now (a restart date that has come counts as running). */
  paused: boolean;
  /** Every date listed has passed. */
  finished: boolean;
  /** Running, not finished, and taking new people (no full or waiting list): no status banner. */
  takingNew: boolean;
  banner?: StatusBanner;
  review: { state: ReviewState; label: string; text: string };
  /** Plain-words flags for information a resident needs that the listing lacks. */
  missing: string[];
  /** Staff build only: referral, capacity, assurance, funding and notes. */
  staff?: StaffView;
}

export interface ShapeContext {
  site: PublicSite;
  taxonomies: Taxonomies;
  venues: ReadonlyMap<string, Venue>;
  organisations: ReadonlyMap<string, PublicOrganisation>;
  now: Date;
  today: string;
}

/** What the visibility rule (src/data/visibility.ts) adds: staff information in the staff build only, and published photos. */
export interface ShapeExtras {
  staff?: { info: StaffInfo | undefined };
  photos?: { url: string; alt: string }[];
}

function terms(ids: readonly string[], list: readonly Term[]): Term[] {
  return ids.flatMap((id) => list.filter((term) => term.id === id));
}

/** A paused listing whose restart date has come counts as running again. */
function effectiveState(data: PublicListingData, today: string): 'running' | 'paused' | 'closed' {
  const { state, until } = data.status;
  return state === 'paused' && until !== undefined && until <= today ? 'running' : state;
}

function banner(data: PublicListingData, state: 'running' | 'paused' | 'closed', finished: boolean): StatusBanner | undefined {
  const { status, joining } = data;
  const detail = status.reason ? { detail: status.reason } : {};
  if (state === 'closed') return { kind: 'closed', title: 'This has closed', ...detail };
  if (state === 'paused') return { kind: 'paused', title: status.until ? `Paused until ${formatDate(status.until, { weekday: false })}` : 'Paused for now', ...detail };
  if (finished) return { kind: 'finished', title: 'All the dates listed have passed', detail: 'Contact the organisers to ask about future dates.' };
  if (joining.accepting === 'full') return { kind: 'full', title: 'Full: not taking new people at the moment' };
  if (joining.accepting === 'waiting-list') return { kind: 'waiting-list', title: 'There is a waiting list', detail: 'Contact them to join the waiting list.' };
  return undefined;
}

/** Drop dates that have passed from a one-off session, so the schedule reads as what's to come. */
function upcomingPart(session: Session, today: string): Session {
  if (session.pattern !== 'dates') return session;
  const dates = session.dates.filter((date) => date >= today);
  return dates.length > 0 ? { ...session, dates } : session;
}

function agesText(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return `Ages ${min} to ${max}`;
  if (min !== undefined) return `Ages ${min} and over`;
  if (max !== undefined) return `Up to age ${max}`;
  return undefined;
}

export function shapeListing(slug: string, data: PublicListingData, context: ShapeContext, extras: ShapeExtras = {}): ListingView {
  const { taxonomies, venues, organisations, site, now, today } = context;
  const venueRefs: VenueRef[] = [];
  for (const session of data.sessions) {
    const venue = session.venue ? venues.get(session.venue) : undefined;
    if (session.venue && venue && !venueRefs.some((ref) => ref.slug === session.venue)) {
      venueRefs.push({
        slug: session.venue,
        name: venue.name,
        venue,
        access: terms(
          taxonomies.accessFeatures.map((feature) => feature.id).filter((id) => venue.access.includes(id)),
          taxonomies.accessFeatures,
        ),
      });
    }
  }
  const areaIds = [...new Set(venueRefs.map((ref) => ref.venue.area))];
  const accessIds = [...new Set(venueRefs.flatMap((ref) => ref.access.map((term) => term.id)))];
  const state = effectiveState(data, today);
  const finished = isFinished(data.sessions, now);
  const liveSessions = data.sessions.map((session, index) => ({ session, index })).filter(({ session }) => finished || !isFinished([session], now));
  const placeOf = (session: Session) => (session.venue ? (venues.get(session.venue)?.name ?? session.venue) : REMOTE_MODES.labels[session.remote ?? 'online']);
  // While paused with a restart date, show the dates from the restart.
  const datesFrom = state === 'paused' && data.status.until ? londonInstant(data.status.until, '00:00') : now;
  const nextDates =
    state === 'closed' || finished || (state === 'paused' && !data.status.until)
      ? []
      : nextOccurrences(data.sessions, datesFrom, 3).map((occurrence) => {
          const session = data.sessions[occurrence.sessionIndex];
          return { date: occurrence.date, label: formatDate(occurrence.date), time: session ? describeTime(session.start, session.end) : '' };
        });
  const remotePlaces = [...new Set(data.sessions.filter((session) => !session.venue).map(placeOf))];
  const where = [...venueRefs.map((ref) => `${ref.name}, ${ref.venue.address.town}`), ...remotePlaces].join('; ') || data.delivery.map((mode) => DELIVERY_MODES.labels[mode]).join(', ');
  const review = reviewState(data.review.lastConfirmed, today, site.reviewMonths);
  const organisation = organisations.get(data.organisation);
  const inPerson = venueRefs.length > 0;
  const missing = [
    ...(data.contact.phone ? [] : ['phone number']),
    ...(data.cost ? [] : ['cost']),
    ...(inPerson && accessIds.length === 0 && !venueRefs.some((ref) => ref.venue.accessStatement) ? ['access information'] : []),
    ...(data.welcome.firstVisit ? [] : ['what to expect']),
  ];
  const shownBanner = banner(data, state, finished);
  const takingNew = shownBanner === undefined;
  const ages = agesText(data.ageMin, data.ageMax);
  return {
    slug,
    data,
    photos: extras.photos ?? [],
    organisation: { slug: data.organisation, name: organisation?.name ?? data.organisation },
    venues: venueRefs,
    where,
    delivery: data.delivery.map((mode) => DELIVERY_MODES.labels[mode]),
    areas: terms(areaIds, taxonomies.areas),
    categories: terms(data.categories, taxonomies.categories),
    audiences: terms(data.audiences, taxonomies.audiences),
    helpsWith: terms(data.helpsWith, taxonomies.helpsWith),
    accessFeatures: terms(
      taxonomies.accessFeatures.map((feature) => feature.id).filter((id) => accessIds.includes(id)),
      taxonomies.accessFeatures,
    ),
    schedule: liveSessions.map(({ session }) => ({
      text: describeSession(upcomingPart(session, today)),
      ...(session.notes ? { notes: session.notes } : {}),
      where: placeOf(session),
      ...(session.venue ? { venueSlug: session.venue } : {}),
      skipDates: session.skipDates.filter((date) => date >= today).sort(),
    })),
    ...(data.byArrangement ? { arrangement: describeArrangement(data.byArrangement) } : {}),
    nextDates,
    thisWeek: state === 'running' ? occurrencesInWeek(data.sessions, now) : [],
    days: daysOn(data),
    timesOfDay: timesOn(data),
    costText: describeCost(data.cost),
    free: isFree(data.cost),
    lowCost: isLowCost(data.cost, site.lowCostMax),
    ...(ages ? { ages } : {}),
    closed: state === 'closed',
    paused: state === 'paused',
    finished,
    takingNew,
    ...(shownBanner ? { banner: shownBanner } : {}),
    ...(extras.staff ? { staff: shapeStaff(data, extras.staff.info, takingNew, today) } : {}),
    review: {
      state: review,
      label: REVIEW_STATE_LABELS[review],
      text: `Last confirmed ${formatDate(data.review.lastConfirmed, { weekday: false })}${data.review.confirmedBy ? ` by the ${data.review.confirmedBy}` : ''}`,
    },
    missing,
  };
}

/** Neutral order: alphabetical by title, ignoring "The" and case. Never by size or popularity. */
export function byTitle(a: { data: { title: string } }, b: { data: { title: string } }): number {
  const key = (title: string) => title.replace(/^the\s+/i, '').toLowerCase();
  return key(a.data.title).localeCompare(key(b.data.title), 'en-GB');
}
