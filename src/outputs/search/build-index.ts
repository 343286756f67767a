import { DAYS, TIMES_OF_DAY } from '../../schemas/lists.ts';
import type { PublicSite } from '../../schemas/site.ts';
import type { Taxonomies } from '../../schemas/taxonomy.ts';
import { ANYWHERE, listed, townIds } from '../../domain/browse.ts';
import { runsThisWeek } from '../../domain/this-week.ts';
import type { ListingView } from '../../domain/listing-view.ts';
import { cardOf, type ListingCardModel } from '../../domain/card.ts';
import { HOW_OPTIONS } from './filters.ts';
import type { Directory } from '../../data/build-directory.ts';
import type { Audience } from '../../data/visibility.ts';
import { STAFF_FILTER_OPTIONS } from '../../domain/staff-view.ts';
import { sessionSlots } from '../../domain/schedule.ts';
import { crossSlots, FLAG, nextTimes, slotBit, STAFF_FLAG, telOf, toLabels, type IndexLabels, type SearchIndexFile, type SearchRecord } from './record.ts';
import { plainText, STOP_WORDS, words } from './text.ts';

export interface IndexSource {
  /** Only the staff build's index carries the staff filters and fields. */
  audience: Audience;
  /** Listings this build may show (already through the visibility rule). */
  listings: readonly ListingView[];
  /** A listing's Markdown body. */
  body: (slug: string) => string;
  taxonomies: Taxonomies;
  site: PublicSite;
  builtAt: Date;
}

const bits = <T extends string>(values: readonly T[], order: readonly { id: string }[]) =>
  order.reduce((mask, option, position) => (values.includes(option.id as T) ? mask | (1 << position) : mask), 0);

/** How many of its own words a listing keeps for matching: the rarest across the directory, so they tell listings apart. */
export const BODY_WORDS = 8;

/** Words of the body not already in the title or summary, each once. */
function bodyWords(body: string, already: string): string[] {
  const seen = new Set(words(already));
  const kept: string[] = [];
  for (const word of words(plainText(body))) {
    if (word.length < 3 || STOP_WORDS.has(word) || seen.has(word)) continue;
    seen.add(word);
    kept.push(word);
  }
  return kept;
}

/** A table of strings, each stored once, referred to by position. */
function table() {
  const positions = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    at(value: string): number {
      let position = positions.get(value);
      if (position === undefined) positions.set(value, (position = values.push(value) - 1));
      return position;
    },
  };
}

/** `staffBuild` adds the staff filters' options; the public index never has them. */
export function searchLabels(taxonomies: Taxonomies, staffBuild = false): IndexLabels {
  return {
    categories: toLabels(taxonomies.categories),
    audiences: toLabels(taxonomies.audiences),
    helpsWith: toLabels(taxonomies.helpsWith),
    accessFeatures: toLabels(taxonomies.accessFeatures),
    towns: toLabels([...taxonomies.areas, ANYWHERE]),
    ...(staffBuild ? { staff: STAFF_FILTER_OPTIONS } : {}),
  };
}

/** The (day, time) pairs of its sessions and arrangement, stored only when they are not simply every day × every time. */
function slotField(listing: ListingView): Pick<SearchRecord, 'l'> {
  const slots = sessionSlots(listing.data.sessions, listing.data.byArrangement).reduce((mask, [day, time]) => mask | slotBit(DAYS.ids.indexOf(day), TIMES_OF_DAY.ids.indexOf(time)), 0);
  return slots === crossSlots(bits(listing.days, DAYS.items), bits(listing.timesOfDay, TIMES_OF_DAY.items)) ? {} : { l: slots };
}

/** Staff-only search fields, from the staff view (which only the staff build has). */
function staffFields(listing: ListingView, labels: IndexLabels): Pick<SearchRecord, 'y' | 'e'> {
  const { staff } = listing;
  if (!staff || !labels.staff) return {};
  const flags =
    (staff.referralOnly ? STAFF_FLAG.referralOnly : 0) | (staff.takesReferralsNow ? STAFF_FLAG.takesReferrals : 0) | (staff.higherNeeds && staff.higherNeeds.id !== 'no' ? STAFF_FLAG.higherNeeds : 0);
  const method = staff.referral ? labels.staff.methods.findIndex((option) => option.id === staff.referral?.methodId) : -1;
  return { y: flags, ...(method >= 0 ? { e: method } : {}) };
}

interface Tables {
  organisations: ReturnType<typeof table>;
  places: ReturnType<typeof table>;
  postcodes: ReturnType<typeof table>;
  placePostcodes: number[][];
}

/** "PL26 7AB" → "PL26 7": the outward code and the inward code's first digit. */
export const postcodeSector = (postcode: string): string =>
  postcode
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(\S+) (\d).*$/, '$1 $2');

/** The postcode sectors of a listing's venues, noted against its place in the table of places. */
function notePostcodes(listing: ListingView, place: number, tables: Tables): void {
  const sectors = (tables.placePostcodes[place] ??= []);
  for (const ref of listing.venues) {
    const sector = ref.venue.address.postcode ? tables.postcodes.at(postcodeSector(ref.venue.address.postcode)) : undefined;
    if (sector !== undefined && !sectors.includes(sector)) sectors.push(sector);
  }
}

/** The card's phone and next date, as compactly as the card can rebuild them (cardFromRecord). */
function compactCard(card: ListingCardModel, next: ListingView['nextDates'][number] | undefined): Pick<SearchRecord, 'g' | 'n'> {
  const phone = card.phone ? { g: card.phone.href === telOf(card.phone.text) ? card.phone.text : ([card.phone.text, card.phone.href] as [string, string]) } : {};
  if (!next) return phone;
  return { ...phone, n: nextTimes({ q: card.pattern }) === next.time ? next.date : [next.date, next.time] };
}

export function toSearchRecord(listing: ListingView, body: string, labels: IndexLabels, tables: Tables): SearchRecord {
  const positions = (terms: readonly { id: string }[], list: readonly { id: string }[]) => terms.map((term) => list.findIndex((item) => item.id === term.id)).filter((position) => position >= 0);
  const { data } = listing;
  const card = cardOf(listing);
  const place = tables.places.at(listing.where);
  notePostcodes(listing, place, tables);
  const delivery: readonly string[] = data.delivery.includes('outdoors') ? [...data.delivery, 'in-person'] : data.delivery;
  const flags =
    (listing.free ? FLAG.free : 0) |
    (listing.lowCost ? FLAG.lowCost : 0) |
    (data.cost?.helpAvailable ? FLAG.helpWithCost : 0) |
    (listing.takingNew ? FLAG.takingNew : 0) |
    (runsThisWeek(listing) ? FLAG.thisWeek : 0);
  return {
    s: listing.slug,
    t: data.title,
    u: data.summary,
    o: tables.organisations.at(listing.organisation.name),
    w: place,
    q: card.pattern,
    j: card.join,
    ...compactCard(card, listing.nextDates[0]),
    k: listing.costText,
    c: positions(listing.categories, labels.categories),
    a: positions(listing.audiences, labels.audiences),
    h: positions(listing.helpsWith, labels.helpsWith),
    x: positions(listing.accessFeatures, labels.accessFeatures),
    r: positions(
      townIds(listing).map((id) => ({ id })),
      labels.towns,
    ),
    d: bits(listing.days, DAYS.items),
    m: bits(listing.timesOfDay, TIMES_OF_DAY.items),
    ...slotField(listing),
    p: bits(delivery, HOW_OPTIONS),
    f: flags,
    ...(listing.banner ? { z: [listing.banner.kind, listing.banner.title] as [string, string] } : {}),
    b: body,
    ...staffFields(listing, labels),
  };
}

/** The search index for one build: only what that build may show, never a staff-only field. */
export function buildSearchIndex(source: IndexSource): SearchIndexFile {
  const labels = searchLabels(source.taxonomies, source.audience === 'staff');
  const tables: Tables = { organisations: table(), places: table(), postcodes: table(), placePostcodes: [] };
  const listings = listed(source.listings);
  const own = listings.map((listing) => bodyWords(source.body(listing.slug), `${listing.data.title} ${listing.data.summary}`));
  const documentFrequency = new Map<string, number>();
  for (const list of own) for (const word of list) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  const rarest = (list: string[]) =>
    [...list]
      .sort((a, b) => documentFrequency.get(a)! - documentFrequency.get(b)!)
      .slice(0, BODY_WORDS)
      .join(' ');
  const records = listings.map((listing, position) => toSearchRecord(listing, rarest(own[position] ?? []), labels, tables));
  return {
    version: 1,
    builtAt: source.builtAt.toISOString(),
    lowCostMax: source.site.lowCostMax,
    labels,
    synonyms: source.taxonomies.synonyms,
    organisations: tables.organisations.values,
    places: tables.places.values,
    postcodes: tables.postcodes.values,
    placePostcodes: tables.places.values.map((_, place) => tables.placePostcodes[place] ?? []),
    anywhere: labels.towns.findIndex((town) => town.id === ANYWHERE.id),
    records,
  };
}

/** The search index of a build's directory (src/data/build-directory.ts). */
export function searchIndexOf(directory: Directory): SearchIndexFile {
  const { audience, listings, taxonomies, site, builtAt, body } = directory;
  return buildSearchIndex({ audience, listings, taxonomies, site, builtAt, body });
}
