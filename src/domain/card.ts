import { telHref } from '../core/contact-formats.ts';
import { JOINING_METHODS } from '../schemas/lists.ts';
import type { ListingView } from './listing-view.ts';

/**
 * One listing card, worded the same wherever it appears: browse lists, organisation and venue
 * pages, the A to Z and search results. It answers what a person needs without opening the
 * listing: when (the regular pattern and the next date), where, the cost, how to join, the phone
 * number, whether it is paused or full, and, in the staff build, the staff tags.
 */
export interface ListingCardModel {
  slug: string;
  title: string;
  summary: string;
  /** The regular pattern in plain words: "Every Tuesday, 10am to 12 noon", "1st and 3rd Tuesday…", "By arrangement, Monday to Friday, 9am to 5pm" or "By arrangement: …" (its note). */
  pattern: string;
  /** "Tuesday 8 December 2026, 10am to 12 noon", when there is a next date. */
  next?: string;
  where: string;
  cost: string;
  helpWithCost: boolean;
  /** "Just turn up", "Call first"… */
  join: string;
  /** The public phone number, and its tel: address (worked out at build time, so the search script needs no phone library). */
  phone?: { text: string; href: string };
  /** Paused, closed, full, waiting list or finished, in the words of the listing's banner. */
  status?: { kind: string; text: string };
  /** Access features, with their codes so each can show its icon. */
  access: { id: string; label: string }[];
  /** Staff build only. */
  staffTags: string[];
}

/** The regular pattern: the schedule's first line (and "and N more" if there are others), or how it is arranged. */
export function patternText(listing: ListingView): string {
  const [first, ...rest] = listing.schedule;
  if (first) return rest.length > 0 ? `${first.text}; and ${rest.length} more ${rest.length === 1 ? 'time' : 'times'}` : first.text;
  if (listing.arrangement) return listing.arrangement;
  return listing.data.whenNote ? `By arrangement: ${listing.data.whenNote}` : 'By arrangement: ask the group';
}

export const nextText = (listing: ListingView): string | undefined => {
  const next = listing.nextDates[0];
  return next ? `${next.label}, ${next.time}` : undefined;
};

/** The card for a shaped listing. `staffWords` gives the staff tags' wording (staff build only). */
export function cardOf(listing: ListingView, staffWords?: { referralOnly: string; takesReferralsNow: string }): ListingCardModel {
  const next = nextText(listing);
  const { staff } = listing;
  return {
    slug: listing.slug,
    title: listing.data.title,
    summary: listing.data.summary,
    pattern: patternText(listing),
    ...(next ? { next } : {}),
    where: listing.where,
    cost: listing.costText,
    helpWithCost: listing.data.cost?.helpAvailable === true,
    join: JOINING_METHODS.labels[listing.data.joining.method],
    ...(listing.data.contact.phone ? { phone: { text: listing.data.contact.phone, href: telHref(listing.data.contact.phone) } } : {}),
    ...(listing.banner ? { status: { kind: listing.banner.kind, text: listing.banner.title } } : {}),
    access: listing.accessFeatures.map(({ id, label }) => ({ id, label })),
    staffTags: staff && staffWords ? [...(staff.referralOnly ? [staffWords.referralOnly] : []), ...(staff.takesReferralsNow ? [staffWords.takesReferralsNow] : [])] : [],
  };
}
