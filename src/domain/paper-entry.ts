import { JOINING_METHODS } from '../schemas/lists.ts';
import type { ListingView } from './listing-view.ts';

/**
 * A listing as paper shows it: the booklet, the shortlist card, printed search results and the
 * flyer. It leads with what matters to someone offline: the name, when in plain English, where
 * with the bus, the cost, the phone number, one line on what happens, access in words, whether
 * someone will meet you and a number to ring on the day.
 */
export interface PaperEntry {
  slug: string;
  title: string;
  /** Every regular time, in plain words ("Every Tuesday, 10am to 12 noon"), or how it is arranged. */
  when: string[];
  /** The next date, when there is one: "Next: Tuesday 8 December 2026, 10am to 12 noon". */
  next?: string;
  /** Each place, with its address: "Bugle Village Hall, Fore Street, Bugle, PL26 8PD". */
  where: string[];
  /** Bus routes and stops for the places, as each venue gives them. */
  bus: string[];
  cost: string;
  helpWithCost: boolean;
  phone?: string;
  /** Who answers the phone, like "Jan, group leader". */
  phoneRole?: string;
  /** A number to ring on the day if there's a problem, when it differs from the phone. */
  onTheDay?: string;
  /** One line on what happens. */
  what: string;
  /** Access features in words. */
  access: string[];
  /** "Sue meets new people for a cuppa beforehand", when someone will meet you. */
  meetYou?: string;
  join: string;
  /** Anything to know before going: full, waiting list, not checked for a year. */
  marks: string[];
  /** The listing's page on the public site, as a full web address; none for a referral-only listing, which has no public page. */
  url?: string;
}

/** The mark on a listing nobody has confirmed for a year or more. */
export const STALE_MARK = 'Not checked for over a year: ring before you go';

export function paperEntry(listing: ListingView, siteUrl: string): PaperEntry {
  const { data } = listing;
  const { contact, welcome } = data;
  const when =
    listing.schedule.length > 0
      ? listing.schedule.map((line) => (line.notes ? `${line.text} (${line.notes.replace(/\.$/, '')})` : line.text))
      : listing.arrangement
        ? [listing.arrangement, ...(data.whenNote ? [data.whenNote] : [])]
        : [data.whenNote ? `By arrangement: ${data.whenNote}` : 'By arrangement: ring to ask'];
  const next = listing.nextDates[0];
  const remote = listing.venues.length === 0 ? [listing.where] : [];
  // The booklet leaves paused listings out and the flyer is for running ones; My list can hold a paused one, and says so.
  const banner = listing.banner && listing.banner.kind !== 'closed' ? [listing.banner.title] : [];
  return {
    slug: listing.slug,
    title: data.title,
    when,
    ...(next ? { next: `Next: ${next.label}, ${next.time}` } : {}),
    where: [...listing.venues.map(({ venue }) => [venue.name, ...venue.address.lines, venue.address.town, venue.address.postcode].filter(Boolean).join(', ')), ...remote],
    bus: listing.venues.flatMap(({ venue }) => (venue.gettingThere.bus ? [venue.gettingThere.bus] : [])),
    cost: listing.costText,
    helpWithCost: data.cost?.helpAvailable === true,
    ...(contact.phone ? { phone: contact.phone } : {}),
    ...(contact.phoneRole ? { phoneRole: contact.phoneRole } : {}),
    ...(contact.onTheDayPhone && contact.onTheDayPhone !== contact.phone ? { onTheDay: contact.onTheDayPhone } : {}),
    what: data.summary,
    access: listing.accessFeatures.map((feature) => feature.label),
    ...(welcome.meetYou ? { meetYou: welcome.meetYou } : {}),
    join: JOINING_METHODS.labels[data.joining.method],
    marks: [...banner, ...(listing.review.state === 'overdue' ? [STALE_MARK] : [])],
    ...(listing.staff?.referralOnly ? {} : { url: new URL(`/listings/${listing.slug}/`, siteUrl).href }),
  };
}

/** How much text an entry prints, in characters: to choose a type size that keeps a flyer on one page. */
export function paperLength(entry: PaperEntry): number {
  return [...entry.when, entry.next ?? '', ...entry.where, ...entry.bus, entry.cost, entry.what, entry.meetYou ?? '', entry.access.join(', '), ...entry.marks].join(' ').length;
}
