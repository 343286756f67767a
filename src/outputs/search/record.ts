import type { Synonym, Term } from '../../schemas/taxonomy.ts';

/**
 * One listing in the search index (public/search-index.json). Keys are one letter because
 * the file is downloaded by every searcher; gzip makes the repeats nearly free but the
 * difference still shows at 10,000 listings. Only public-display fields go in here.
 */
export interface SearchRecord {
  /** slug */ s: string;
  /** title */ t: string;
  /** summary */ u: string;
  /** the regular pattern in plain words (the card's When) */ q: string;
  /** the next date and time, when there is one */ n?: string;
  /** how to join, in words */ j: string;
  /** the public phone number and its tel: address */ g?: [string, string];
  /** organisation: position in SearchIndexFile.organisations */ o: number;
  /** where, in a few words (venues and towns, or online…): position in SearchIndexFile.places */ w: number;
  /** cost in words */ k: string;
  /** category positions in IndexLabels.categories */ c: number[];
  /** audience positions */ a: number[];
  /** helps-with positions */ h: number[];
  /** access feature positions */ x: number[];
  /** town positions (IndexLabels.towns) */ r: number[];
  /** days it runs, bit 0 = Monday */ d: number;
  /** times of day, bit 0 = morning */ m: number;
  /**
   * the (day, time) pairs its sessions run at, bit = day × 3 + time; only when fewer than every
   * day × every time (most listings have one session, so this is usually left out): see slotBits
   */ l?: number;
  /** how it runs, bits in HOW_OPTIONS order */ p: number;
  /** FLAG bits */ f: number;
  /** status: paused, full, waiting-list or finished, with its words */ z?: [string, string];
  /** the listing's most distinctive own words, for matching only (never shown) */ b: string;
  /** STAFF BUILD ONLY: STAFF_FLAG bits (referral-only, takes referrals now, higher needs) */ y?: number;
  /** STAFF BUILD ONLY: referral method position in IndexLabels.staff.methods */ e?: number;
}

const TIMES_PER_DAY = 3;
/** The bit for a (day, time of day) pair, by their positions in DAYS and TIMES_OF_DAY. */
export const slotBit = (day: number, time: number): number => 1 << (day * TIMES_PER_DAY + time);

/** Every pair of a set of days and a set of times, as slot bits. */
export function crossSlots(days: number, times: number): number {
  let bits = 0;
  for (let day = 0; day < 7; day += 1) for (let time = 0; time < TIMES_PER_DAY; time += 1) if (days & (1 << day) && times & (1 << time)) bits |= slotBit(day, time);
  return bits;
}

/** The (day, time) pairs a listing runs at. */
export const slotBits = (record: Pick<SearchRecord, 'd' | 'm' | 'l'>): number => record.l ?? crossSlots(record.d, record.m);

export const FLAG = { free: 1, lowCost: 2, helpWithCost: 4, takingNew: 8, thisWeek: 16 } as const;

/** Bit positions follow the order of IndexLabels.staff.show. */
export const STAFF_FLAG = { referralOnly: 1, takesReferrals: 2, higherNeeds: 4 } as const;

export interface LabelTerm {
  id: string;
  label: string;
}

export interface IndexLabels {
  categories: LabelTerm[];
  audiences: LabelTerm[];
  helpsWith: LabelTerm[];
  accessFeatures: LabelTerm[];
  towns: LabelTerm[];
  /** STAFF BUILD ONLY: the staff filters' options. The public index has no such key. */
  staff?: {
    show: LabelTerm[];
    methods: LabelTerm[];
    /** The staff filters' legends and the staff badges: staff wording travels here, never in the search script. */
    legends: { referral: string; method: string };
    badges: { referralOnly: string; takesReferralsNow: string };
  };
}

export interface SearchIndexFile {
  version: 1;
  /** When the build ran: "this week" and next dates are worked out from here. */
  builtAt: string;
  lowCostMax: number;
  labels: IndexLabels;
  synonyms: Synonym[];
  /** Organisation names and "where" texts, each once (many listings share them). */
  organisations: string[];
  places: string[];
  /** In neutral (alphabetical) order. */
  records: SearchRecord[];
}

export const toLabels = (terms: readonly Term[]): LabelTerm[] => terms.map(({ id, label }) => ({ id, label }));

/** A record's searchable text, field by field, with codes and table positions turned back into words. */
export interface RecordText {
  title: string;
  summary: string;
  organisation: string;
  place: string;
  terms: string;
  body: string;
}

export function recordText(record: SearchRecord, index: Pick<SearchIndexFile, 'labels' | 'organisations' | 'places'>): RecordText {
  const { labels } = index;
  const named = (positions: readonly number[], terms: readonly LabelTerm[]) => positions.flatMap((position) => terms[position]?.label ?? []);
  return {
    title: record.t,
    summary: record.u,
    organisation: index.organisations[record.o] ?? '',
    place: [index.places[record.w] ?? '', ...named(record.r, labels.towns)].join('; '),
    terms: [...named(record.c, labels.categories), ...named(record.h, labels.helpsWith), ...named(record.a, labels.audiences)].join('; '),
    body: record.b,
  };
}
