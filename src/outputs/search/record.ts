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
  /**
   * the next date (ISO), when there is one; with its times when they are not the pattern's last
   * words (see nextOf): the dates are formatted in the browser, as the words are long and many
   */ n?: string | [string, string];
  /** how to join, in words */ j: string;
  /** the public phone number; with its tel: address only when that is not telOf(number) */ g?: string | [string, string];
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

/** A phone number's tel: address, when it is simply its digits, with +44 for a leading 0. */
export function telOf(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') ? `+44${digits.slice(1)}` : digits}`;
}

/** The times of a record's next date: stored, or the pattern's last words ("Every Tuesday, 10am to 12 noon"). */
export const nextTimes = (record: Pick<SearchRecord, 'n' | 'q'>): string => (Array.isArray(record.n) ? record.n[1] : record.q.slice(record.q.lastIndexOf(', ') + 2));

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
  /** Postcode sectors of the venues ("PL25 5"), each once: a district or sector typed in a query narrows to them. */
  postcodes: string[];
  /** For each of `places`, the postcode sectors of its venues (positions in `postcodes`). */
  placePostcodes: number[][];
  /** The position in labels.towns of "online, by phone or at home": such listings reach every town. */
  anywhere: number;
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

/**
 * The index as downloaded (search-index.json): the records stored column by column, all slugs,
 * then all titles and so on, with null where a record has no value. Like values side by side
 * compress far better: at 10,000 listings gzip makes it about a third smaller than a list of records.
 */
export type SearchIndexWire = Omit<SearchIndexFile, 'records'> & { columns: { [K in keyof SearchRecord]-?: (SearchRecord[K] | null)[] } };

/** Every key of a record, once (the type makes sure none is missing). */
const KEYS: Record<keyof SearchRecord, true> = {
  s: true,
  t: true,
  u: true,
  q: true,
  n: true,
  j: true,
  g: true,
  o: true,
  w: true,
  k: true,
  c: true,
  a: true,
  h: true,
  x: true,
  r: true,
  d: true,
  m: true,
  l: true,
  p: true,
  f: true,
  z: true,
  b: true,
  y: true,
  e: true,
};
const RECORD_KEYS = Object.keys(KEYS) as (keyof SearchRecord)[];

export function toWire({ records, ...rest }: SearchIndexFile): SearchIndexWire {
  const columns = Object.fromEntries(RECORD_KEYS.map((key) => [key, records.map((record) => record[key] ?? null)]));
  return { ...rest, columns: columns as SearchIndexWire['columns'] };
}

export function fromWire({ columns, ...rest }: SearchIndexWire): SearchIndexFile {
  const records = columns.s.map((_, position) => {
    const record: Record<string, unknown> = {};
    for (const key of RECORD_KEYS) {
      const value = columns[key]?.[position];
      if (value !== null && value !== undefined) record[key] = value;
    }
    return record as unknown as SearchRecord;
  });
  return { ...rest, records };
}
