import { DAYS, TIMES_OF_DAY } from '../../schemas/lists.ts';
import type { Site } from '../../schemas/site.ts';
import type { Taxonomies, Term } from '../../schemas/taxonomy.ts';
import { ANYWHERE, listed, runsThisWeek } from '../browse.ts';
import { whenText, type ListingView } from '../listing-view.ts';
import { HOW_OPTIONS } from './filters.ts';
import { FLAG, toLabels, type IndexLabels, type SearchIndexFile, type SearchRecord } from './record.ts';
import { plainText, STOP_WORDS, words } from './text.ts';

export interface IndexSource {
  /** Listings this build may show (already through the visibility rule). */
  listings: readonly ListingView[];
  /** A listing's Markdown body. */
  body: (slug: string) => string;
  taxonomies: Taxonomies;
  site: Site;
  builtAt: Date;
}

const bits = <T extends string>(values: readonly T[], order: readonly { id: string }[]) => order.reduce((mask, option, position) => (values.includes(option.id as T) ? mask | (1 << position) : mask), 0);

/** Words of the body not already in the title or summary, each once: enough to match on, small to download. */
function bodyWords(body: string, already: string): string {
  const seen = new Set(words(already));
  const kept: string[] = [];
  for (const word of words(plainText(body))) {
    if (word.length < 3 || STOP_WORDS.has(word) || seen.has(word)) continue;
    seen.add(word);
    kept.push(word);
  }
  return kept.join(' ');
}

export function searchLabels(taxonomies: Taxonomies): IndexLabels {
  return {
    categories: toLabels(taxonomies.categories),
    audiences: toLabels(taxonomies.audiences),
    helpsWith: toLabels(taxonomies.helpsWith),
    accessFeatures: toLabels(taxonomies.accessFeatures),
    towns: toLabels([...taxonomies.areas, ANYWHERE]),
  };
}

export function toSearchRecord(listing: ListingView, body: string, labels: IndexLabels, builtAt: Date): SearchRecord {
  const positions = (terms: readonly Term[], list: readonly { id: string }[]) => terms.map((term) => list.findIndex((item) => item.id === term.id)).filter((position) => position >= 0);
  const { data } = listing;
  const delivery: readonly string[] = data.delivery.includes('outdoors') ? [...data.delivery, 'in-person'] : data.delivery;
  const taking = listing.banner === undefined;
  const flags = (listing.free ? FLAG.free : 0) | (listing.lowCost ? FLAG.lowCost : 0) | (data.cost?.helpAvailable ? FLAG.helpWithCost : 0) | (taking ? FLAG.takingNew : 0) | (runsThisWeek(listing, builtAt) ? FLAG.thisWeek : 0);
  return {
    s: listing.slug,
    t: data.title,
    u: data.summary,
    o: listing.organisation.name,
    v: listing.venues.map((venue) => venue.name).join('; '),
    w: listing.where,
    n: whenText(listing),
    k: listing.costText,
    c: positions(listing.categories, labels.categories),
    a: positions(listing.audiences, labels.audiences),
    h: positions(listing.helpsWith, labels.helpsWith),
    x: positions(listing.accessFeatures, labels.accessFeatures),
    r: listing.venues.length > 0 ? positions(listing.areas, labels.towns) : [labels.towns.findIndex((town) => town.id === ANYWHERE.id)],
    d: bits(listing.days, DAYS.items),
    m: bits(listing.timesOfDay, TIMES_OF_DAY.items),
    p: bits(delivery, HOW_OPTIONS),
    f: flags,
    ...(listing.banner ? { z: [listing.banner.kind, listing.banner.title] as [string, string] } : {}),
    b: bodyWords(body, `${data.title} ${data.summary}`),
  };
}

/** The search index for one build: only what that build may show, never a staff-only field. */
export function buildSearchIndex(source: IndexSource): SearchIndexFile {
  const labels = searchLabels(source.taxonomies);
  return {
    version: 1,
    builtAt: source.builtAt.toISOString(),
    lowCostMax: source.site.lowCostMax,
    labels,
    synonyms: source.taxonomies.synonyms,
    records: listed(source.listings).map((listing) => toSearchRecord(listing, source.body(listing.slug), labels, source.builtAt)),
  };
}
