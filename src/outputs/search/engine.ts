import Fuse from 'fuse.js';
import { FILTER_GROUPS, legendOf, passesDayAndTime, passesSelection, type FilterKey, type SearchFilters } from './filters.ts';
import { recordText, type SearchIndexFile, type SearchRecord } from './record.ts';
import { buildPlaces, type PlaceMatch } from './places.ts';
import { buildSynonyms, SYNONYM_QUALITY, type Expansion, type SynonymTable } from './synonyms.ts';
import { allowedEdits, boundedDistance, SOFT_WORDS, stem, STOP_WORDS, words } from './text.ts';
import type { SearchState } from './url-state.ts';

/**
 * Search in two stages.
 * 1. Retrieval, written here: an inverted index built in the browser from the downloaded
 *    records. Each typed word is matched on its own (exactly, by stem, as the start of a
 *    longer word, or with one or two typing slips), so words can come in any order and each
 *    may be misspelt. Synonyms add alternatives for a word ("lonely" → befriending, the
 *    Social category). Listings that match every word come first; if none do, listings
 *    matching all but one word are shown and labelled as such.
 * 2. Ranking: fuse.js scores the best candidates field by field (title counts most, then
 *    categories, organisation and place, then summary), word by word.
 * Filters are applied before either stage, so a filter never hides a better match.
 */
export const FIELD_WEIGHTS = { title: 10, terms: 6, organisation: 4, place: 6, summary: 3, body: 1 } as const;
const MATCH_QUALITY = { exact: 1, stem: 0.95, prefix: 0.8, oneSlip: 0.7, twoSlips: 0.5 } as const;
/** How many of the best candidates fuse.js re-ranks; the rest follow in retrieval order. */
export const RERANK_LIMIT = 25;
const MAX_PREFIX_TERMS = 150;
/** How much a soft word ("group", "club") counts towards a listing's score. */
const SOFT_WEIGHT = 0.25;
/** How much each synonym a listing matches adds, beyond its best match. */
const ALSO_WEIGHT = 0.1;
/** Room to pack a listing's position under its rank (up to a million listings). */
const DOC_SLOTS = 2 ** 20;
/** A typed word matched at least this well (a summary match with a slip) counts as a direct match. */
const DIRECT_MATCH = FIELD_WEIGHTS.summary * MATCH_QUALITY.twoSlips;

interface Posting {
  docs: number[];
  weights: number[];
}

interface Slot {
  /** The words as typed (normalised). */
  typed: string[];
  /** Soft words ("group", "club") rank but don't decide what matches. */
  soft: boolean;
  alternatives: Expansion[];
}

export interface DroppableFilter {
  key: FilterKey;
  legend: string;
  count: number;
}

export interface SearchOutcome {
  /** Every match, best first (alphabetical when there are no words). */
  records: SearchRecord[];
  /** True when no listing matched every word (or, for a place, only ones available anywhere did), so these include ones matching all but one. */
  partial: boolean;
  /** A corrected query when some word matched nothing at all. */
  didYouMean?: string;
  /** When nothing matched: the filter whose removal brings back the most listings. */
  dropFilter?: DroppableFilter;
}

export interface SearchEngine {
  index: SearchIndexFile;
  search(state: SearchState): SearchOutcome;
}

interface FuseDoc {
  t: string;
  g: string;
  o: string;
  l: string;
  u: string;
}

const FUSE_OPTIONS = {
  keys: [
    { name: 't', weight: FIELD_WEIGHTS.title },
    { name: 'g', weight: FIELD_WEIGHTS.terms },
    { name: 'o', weight: FIELD_WEIGHTS.organisation },
    { name: 'l', weight: FIELD_WEIGHTS.place },
    { name: 'u', weight: FIELD_WEIGHTS.summary },
  ],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
  minMatchCharLength: 2,
  shouldSort: false,
};

export function createSearchEngine(index: SearchIndexFile): SearchEngine {
  const { records, labels } = index;
  const count = records.length;
  const postings = new Map<string, Posting>();
  /** Words as they appear in listings (not stems): a typed word that is one gets no typo tolerance. */
  const realWords = new Set<string>();
  const fuseDocs: FuseDoc[] = [];

  // Many listings share words and whole fields (categories, organisations, places): each is cut and stemmed once.
  const stems = new Map<string, string>();
  const stemOf = (word: string) => stems.get(word) ?? stems.set(word, stem(word)).get(word)!;
  const fieldWords = new Map<string, string[]>();
  const wordsOf = (text: string, shared: boolean) => (shared ? (fieldWords.get(text) ?? fieldWords.set(text, words(text)).get(text)!) : words(text));
  /** The listings each word of a category, "helps with" or audience name is about: "walking" → every listing in Walking. */
  const topicDocs = new Map<string, number[]>();
  records.forEach((record, doc) => {
    const { terms, organisation, place } = recordText(record, index);
    fuseDocs.push({ t: record.t, g: terms, o: organisation, l: place, u: record.u });
    for (const word of new Set(wordsOf(terms, true).map(stemOf))) (topicDocs.get(word) ?? topicDocs.set(word, []).get(word)!).push(doc);
    const best = new Map<string, number>();
    const add = (text: string, weight: number, shared = false) => {
      for (const word of wordsOf(text, shared)) {
        realWords.add(word);
        if ((best.get(word) ?? 0) < weight) best.set(word, weight);
        const root = stemOf(word);
        if (root !== word && (best.get(root) ?? 0) < weight) best.set(root, weight);
      }
    };
    add(record.t, FIELD_WEIGHTS.title);
    add(terms, FIELD_WEIGHTS.terms, true);
    add(organisation, FIELD_WEIGHTS.organisation, true);
    add(place, FIELD_WEIGHTS.place, true);
    add(record.u, FIELD_WEIGHTS.summary);
    add(record.b, FIELD_WEIGHTS.body);
    for (const [term, weight] of best) {
      let posting = postings.get(term);
      if (!posting) postings.set(term, (posting = { docs: [], weights: [] }));
      posting.docs.push(doc);
      posting.weights.push(weight);
    }
  });

  const vocabulary = [...postings.keys()].sort();
  const byLength: string[][] = [];
  for (const term of vocabulary) (byLength[term.length] ??= []).push(term);

  const codeDocs = (positions: (record: SearchRecord) => number[], size: number) => {
    const lists: number[][] = Array.from({ length: size }, () => []);
    records.forEach((record, doc) => positions(record).forEach((position) => lists[position]?.push(doc)));
    return lists;
  };
  const isWord = (word: string) => realWords.has(word);
  const synonyms: SynonymTable = buildSynonyms(
    index.synonyms,
    labels,
    {
      categories: codeDocs((record) => record.c, labels.categories.length),
      audiences: codeDocs((record) => record.a, labels.audiences.length),
      helpsWith: codeDocs((record) => record.h, labels.helpsWith.length),
    },
    isWord,
  );
  const places = buildPlaces(index, isWord);

  /** Vocabulary terms a typed word may stand for, with how good a match each is. */
  const termCache = new Map<string, [string, number][]>();
  function matchWord(word: string): [string, number][] {
    const cached = termCache.get(word);
    if (cached) return cached;
    const found = new Map<string, number>();
    const note = (term: string, quality: number) => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    if (postings.has(word)) note(word, MATCH_QUALITY.exact);
    const root = stem(word);
    if (root !== word && postings.has(root)) note(root, MATCH_QUALITY.stem);
    // A word of the directory means itself and its other forms ("walk": walks, walking), not words
    // that start with it ("men": mental) or are a slip away ("walk": talk).
    const real = isWord(word);
    if (word.length >= 3 && !real) {
      let low = 0;
      let high = vocabulary.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (vocabulary[middle]! < word) low = middle + 1;
        else high = middle;
      }
      for (let i = low, taken = 0; i < vocabulary.length && taken < MAX_PREFIX_TERMS && vocabulary[i]!.startsWith(word); i += 1, taken += 1)
        note(vocabulary[i]!, MATCH_QUALITY.prefix * Math.sqrt(word.length / vocabulary[i]!.length));
    }
    const edits = real ? 0 : allowedEdits(word.length);
    for (let length = word.length - edits; edits > 0 && length <= word.length + edits; length += 1) {
      for (const term of byLength[length] ?? []) {
        const distance = boundedDistance(word, term, edits);
        if (distance <= edits) note(term, distance <= 1 ? MATCH_QUALITY.oneSlip : MATCH_QUALITY.twoSlips);
      }
    }
    // A slip or a prefix also finds the word's other forms: "knittting" → knitting → knit.
    for (const [term, quality] of [...found.entries()]) {
      const termRoot = stem(term);
      if (termRoot !== term && postings.has(termRoot)) note(termRoot, quality * MATCH_QUALITY.stem);
    }
    const result = [...found.entries()];
    if (termCache.size > 5000) termCache.clear();
    termCache.set(word, result);
    return result;
  }

  /** Best score per listing for one word: field weight × match quality. */
  function scoreWord(word: string, into: Float32Array, factor: number): void {
    for (const [term, quality] of matchWord(word)) {
      const posting = postings.get(term)!;
      const q = quality * factor;
      for (let i = 0; i < posting.docs.length; i += 1) {
        const doc = posting.docs[i]!;
        const value = posting.weights[i]! * q;
        if (value > into[doc]!) into[doc] = value;
      }
    }
  }

  function scoreAlternative(alternative: Expansion, into: Float32Array): void {
    if (alternative.kind === 'code') {
      const value = FIELD_WEIGHTS.terms * alternative.quality;
      for (const doc of alternative.docs) if (value > into[doc]!) into[doc] = value;
      return;
    }
    const [first, ...rest] = alternative.words;
    if (first === undefined) return;
    if (rest.length === 0) return scoreWord(first, into, alternative.quality);
    // A phrase: every word must be there; it scores as its weakest word.
    const phrase = scratch(3);
    scoreWord(first, phrase, alternative.quality);
    for (const word of rest) {
      const next = scratch(4);
      scoreWord(word, next, alternative.quality);
      for (let doc = 0; doc < count; doc += 1) phrase[doc] = Math.min(phrase[doc]!, next[doc]!);
    }
    for (let doc = 0; doc < count; doc += 1) if (phrase[doc]! > into[doc]!) into[doc] = phrase[doc]!;
  }

  /** "foodbank" → food bank: a word that matches nothing but is two known words run together. */
  function splitCompound(word: string): string[] | undefined {
    if (word.length < 6 || matchWord(word).length > 0) return undefined;
    for (let at = 3; at <= word.length - 3; at += 1) {
      const [left, right] = [word.slice(0, at), word.slice(at)];
      if (postings.has(left) && postings.has(right)) return [left, right];
    }
    return undefined;
  }

  /** The query's words, in slots (a word, or a synonym's phrase), and the places it names. */
  function parse(query: string): { slots: Slot[]; places: PlaceMatch[] } {
    const all = words(query);
    const typed = all.filter((word) => !STOP_WORDS.has(word));
    const tokens = typed.length > 0 ? typed : all;
    const slots: Slot[] = [];
    const named: PlaceMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const place = places.match(tokens, i);
      if (place) {
        named.push(place);
        i += place.length;
        continue;
      }
      const match = synonyms.match(tokens, i);
      const length = match?.length ?? 1;
      const slotWords = tokens.slice(i, i + length);
      const split = length === 1 ? splitCompound(slotWords[0] ?? '') : undefined;
      slots.push({
        typed: slotWords,
        soft: slotWords.every((word) => SOFT_WORDS.has(word)),
        alternatives: [{ kind: 'words', words: slotWords, quality: 1 }, ...(split ? [{ kind: 'words' as const, words: split, quality: MATCH_QUALITY.stem }] : []), ...(match?.expansions ?? [])],
      });
      i += length;
    }
    if (slots.every((slot) => slot.soft)) for (const slot of slots) slot.soft = false;
    return { slots, places: named };
  }

  /**
   * Where each listing stands for the places named: 2 in one of them, 1 available anywhere
   * (online, by phone or at home) when the query has other words too, 0 elsewhere.
   * Undefined when the query names no place.
   */
  function placeTiers(named: readonly PlaceMatch[], withWords: boolean): Uint8Array | undefined {
    if (named.length === 0) return undefined;
    const tiers = new Uint8Array(count);
    if (withWords) for (let doc = 0; doc < count; doc += 1) if (records[doc]!.r.includes(index.anywhere)) tiers[doc] = 1;
    for (const place of named) for (const doc of place.docs) tiers[doc] = 2;
    return tiers;
  }

  /** Each listing's options in a filter group, worked out once per group. */
  const valuesCache = new Map<string, string[][]>();
  function groupValues(group: (typeof FILTER_GROUPS)[number]): string[][] {
    let values = valuesCache.get(group.key);
    if (!values) valuesCache.set(group.key, (values = records.map((record) => group.values(record, labels))));
    return values;
  }

  const maskCache = new Map<string, Uint8Array>();
  function filterMask(filters: SearchFilters): Uint8Array {
    const key = JSON.stringify(filters);
    const cached = maskCache.get(key);
    if (cached) return cached;
    const mask = new Uint8Array(count).fill(1);
    for (const group of FILTER_GROUPS) {
      const selected = filters[group.key] ?? [];
      if (selected.length === 0) continue;
      const values = groupValues(group);
      for (let doc = 0; doc < count; doc += 1) {
        if (!mask[doc]) continue;
        mask[doc] = passesSelection(group.kind, selected, values[doc]!) ? 1 : 0;
      }
    }
    if (filters.days?.length && filters.times?.length) {
      for (let doc = 0; doc < count; doc += 1) if (mask[doc] && !passesDayAndTime(filters, records[doc]!)) mask[doc] = 0;
    }
    if (maskCache.size > 50) maskCache.clear();
    maskCache.set(key, mask);
    return mask;
  }

  /** The vocabulary words a typed word most likely means ("walkng" → walking): fuse.js ranks on these. */
  function likelyTerms(word: string): [string, number][] {
    // A word of the directory means itself: fuse.js ranks on it alone.
    if (isWord(word)) return [[word, MATCH_QUALITY.exact]];
    const found = [...matchWord(word)].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length);
    const top = found[0]?.[1] ?? 0;
    return found.filter(([, quality]) => quality >= top - 0.15).slice(0, 2);
  }

  /**
   * Patterns for fuse.js, each with how much a match on it is worth: the words as typed (or the
   * words a slip most likely meant), not their synonyms, which retrieval has already ranked lower.
   */
  function patterns(slot: Slot): Map<string, number> {
    const found = new Map<string, number>();
    const note = (pattern: string, worth: number) => found.set(pattern, Math.max(worth, found.get(pattern) ?? 0));
    for (const alternative of slot.alternatives) {
      if (alternative.kind === 'code' || alternative.quality <= SYNONYM_QUALITY) continue;
      if (alternative.words.length > 1) note(alternative.words.map((word) => likelyTerms(word)[0]?.[0] ?? word).join(' '), alternative.quality);
      else for (const [term, quality] of likelyTerms(alternative.words[0] ?? '')) note(term, quality * alternative.quality);
    }
    return found;
  }

  /** fuse.js's closeness (1 − score) of each listing to a pattern, kept between keystrokes: typing "walking g" re-ranks mostly the same listings for the same words. */
  const closeness = new Map<string, Map<number, number>>();
  function closenessTo(pattern: string, docs: readonly number[]): Map<number, number> {
    let known = closeness.get(pattern);
    if (!known) {
      if (closeness.size > 400) closeness.clear();
      closeness.set(pattern, (known = new Map()));
    }
    const missing = docs.filter((doc) => !known.has(doc));
    if (missing.length > 0) {
      const fuse = new Fuse(
        missing.map((doc) => fuseDocs[doc]!),
        FUSE_OPTIONS,
      );
      for (const doc of missing) known.set(doc, 0);
      for (const hit of fuse.search(pattern)) known.set(missing[hit.refIndex]!, 1 - (hit.score ?? 1));
    }
    return known;
  }

  function rerank(candidates: number[], slots: Slot[], tier: (doc: number) => number, retrieval: (doc: number) => number): number[] {
    const top = candidates.slice(0, RERANK_LIMIT);
    const relevance = new Float64Array(top.length);
    for (const slot of slots) {
      const best = new Float64Array(top.length);
      for (const [pattern, worth] of patterns(slot)) {
        const known = closenessTo(pattern, top);
        top.forEach((doc, i) => (best[i] = Math.max(best[i]!, worth * known.get(doc)!)));
      }
      for (let i = 0; i < top.length; i += 1) relevance[i]! += best[i]! * (slot.soft ? SOFT_WEIGHT : 1);
    }
    // fuse.js sees "par" inside "park", so its score is blended with retrieval's, which knows whole words.
    const best = Math.max(...top.map(retrieval), 1e-9);
    const order = top.map((doc, i) => ({ doc, score: relevance[i]! + (retrieval(doc) / best) * slots.length, i }));
    order.sort((a, b) => tier(b.doc) - tier(a.doc) || b.score - a.score || a.i - b.i);
    return [...order.map((item) => item.doc), ...candidates.slice(RERANK_LIMIT)];
  }

  function didYouMean(slots: Slot[]): string | undefined {
    let changed = false;
    const corrected = slots.flatMap((slot) =>
      slot.typed.map((word) => {
        if (matchWord(word).length > 0 || word.length < 3) return word;
        const limit = Math.min(3, Math.max(1, Math.floor(word.length / 2)));
        let best: string | undefined;
        let bestDistance = limit + 1;
        let bestUse = 0;
        for (let length = word.length - limit; length <= word.length + limit; length += 1) {
          for (const term of byLength[length] ?? []) {
            const distance = boundedDistance(word, term, limit);
            const use = postings.get(term)!.docs.length;
            if (distance <= limit && (distance < bestDistance || (distance === bestDistance && use > bestUse))) {
              best = term;
              bestDistance = distance;
              bestUse = use;
            }
          }
        }
        if (best === undefined) return word;
        changed = true;
        return best;
      }),
    );
    return changed ? corrected.join(' ') : undefined;
  }

  /** Zeroed arrays of one score per listing, reused so typing allocates little. */
  const scratchArrays: Float32Array[] = [];
  const scratch = (which: number): Float32Array => {
    const array = (scratchArrays[which] ??= new Float32Array(count));
    array.fill(0);
    return array;
  };
  const counters: Uint8Array[] = [];
  const counter = (which: number): Uint8Array => {
    const array = (counters[which] ??= new Uint8Array(count));
    array.fill(0);
    return array;
  };
  /** Room for one sort key per listing. */
  const sortKeys = new Float64Array(count);

  function run(state: SearchState): { docs: number[]; partial: boolean; slots: Slot[] } {
    const mask = filterMask(state.filters);
    const { slots, places: named } = parse(state.q);
    const tiers = placeTiers(named, slots.length > 0);
    if (slots.length === 0) {
      const docs: number[] = [];
      for (let doc = 0; doc < count; doc += 1) if (mask[doc] && (!tiers || tiers[doc] === 2)) docs.push(doc);
      return { docs, partial: false, slots };
    }
    const total = scratch(5);
    const coverage = counter(0);
    // Words matched as typed (not only through a synonym, and not only in the body) rank first.
    const direct = counter(1);
    for (const slot of slots) {
      const best = scratch(0);
      const [typed, ...others] = slot.alternatives;
      if (typed) scoreAlternative(typed, best);
      for (let doc = 0; doc < count; doc += 1) if (best[doc]! >= DIRECT_MATCH) direct[doc]! += 1;
      // Each synonym a listing also matches adds a little: "lonely" ranks befriending, which is tagged
      // "feeling lonely" and is befriending, above a group that is only tagged.
      const also = others.length > 0 ? scratch(1) : undefined;
      for (const alternative of others) {
        const found = scratch(2);
        scoreAlternative(alternative, found);
        for (let doc = 0; doc < count; doc += 1) {
          if (found[doc]! > best[doc]!) best[doc] = found[doc]!;
          also![doc]! += found[doc]! * ALSO_WEIGHT;
        }
      }
      for (let doc = 0; doc < count; doc += 1) {
        if (best[doc]! > 0) {
          total[doc]! += (best[doc]! + (also ? also[doc]! : 0)) * (slot.soft ? SOFT_WEIGHT : 1);
          if (!slot.soft) coverage[doc]! += 1;
        }
      }
    }
    // A typed word that names a category, "helps with" tag or audience the listing has is its topic:
    // "walking group par" puts walking groups (category Walking) above Walking Football (Exercise).
    const topic = counter(2);
    for (const slot of slots) {
      if (slot.soft) continue;
      const about = new Set(slot.typed.flatMap((word) => topicDocs.get(stemOf(likelyTerms(word)[0]?.[0] ?? word)) ?? []));
      for (const doc of about) topic[doc]! += 1;
    }
    const required = slots.filter((slot) => !slot.soft).length;
    const tierOf = (doc: number, within: Uint8Array | undefined) => (within ? within[doc]! : 1);
    // Best first: in the place named, then more words matched, then more of them its topic, then more
    // matched as typed, then a higher score, then A to Z. Packed into one number per listing so a native numeric sort does the work.
    const pick = (least: number, within: Uint8Array | undefined) => {
      let found = 0;
      for (let doc = 0; doc < count; doc += 1) {
        const tier = tierOf(doc, within);
        // A listing available anywhere joins a place's results only if the words match it well (not just its description's body).
        const near = tier === 2 || !within || direct[doc]! >= least;
        if (mask[doc] && tier > 0 && near && total[doc]! > 0 && coverage[doc]! >= least) {
          const rank = tier * 1e9 + Math.min(9, coverage[doc]!) * 1e8 + Math.min(9, topic[doc]!) * 1e7 + Math.min(99, direct[doc]!) * 1e5 + Math.min(99_999, Math.round(total[doc]! * 100));
          sortKeys[found++] = rank * DOC_SLOTS + (DOC_SLOTS - 1 - doc);
        }
      }
      const keys = sortKeys.subarray(0, found).sort();
      const docs: number[] = new Array(found);
      for (let i = 0; i < found; i += 1) docs[i] = DOC_SLOTS - 1 - (keys[found - 1 - i]! % DOC_SLOTS);
      return docs;
    };
    // If nothing matches everything, listings matching all but one word (or the words, anywhere) are shown, marked partial.
    const attempts: [number, Uint8Array | undefined][] = [[required, tiers]];
    if (required >= 2) attempts.push([required - 1, tiers]);
    if (tiers) attempts.push([required, undefined]);
    let docs: number[] = [];
    let used = attempts[0]!;
    for (const attempt of attempts) {
      used = attempt;
      docs = pick(...attempt);
      if (docs.length > 0) break;
    }
    // If only listings available anywhere match every word, the place's own listings that match all but one come first.
    if (tiers && used === attempts[0] && required >= 2 && docs.every((doc) => tiers[doc] !== 2)) {
      const wider = pick(required - 1, tiers);
      if (wider.some((doc) => tiers[doc] === 2)) {
        docs = wider;
        used = attempts[1]!;
      }
    }
    const within = used[1];
    return {
      docs: rerank(
        docs,
        slots,
        (doc) => tierOf(doc, within) * 1e6 + coverage[doc]! * 1e4 + topic[doc]! * 100 + direct[doc]!,
        (doc) => total[doc]!,
      ),
      partial: docs.length > 0 && used !== attempts[0],
      slots,
    };
  }

  function search(state: SearchState): SearchOutcome {
    const { docs, partial, slots } = run(state);
    const outcome: SearchOutcome = { records: docs.map((doc) => records[doc]!), partial };
    if (docs.length === 0 || partial) {
      const suggestion = didYouMean(slots);
      if (suggestion) outcome.didYouMean = suggestion;
    }
    if (docs.length === 0) {
      let best: DroppableFilter | undefined;
      for (const group of FILTER_GROUPS) {
        if (!state.filters[group.key]?.length) continue;
        const fewer = run({ q: state.q, filters: { ...state.filters, [group.key]: [] } }).docs.length;
        if (fewer > 0 && (!best || fewer > best.count)) best = { key: group.key, legend: legendOf(group, labels), count: fewer };
      }
      if (best) outcome.dropFilter = best;
    }
    return outcome;
  }

  // Each listing's filter options are worked out now, not on the first tick.
  for (const group of FILTER_GROUPS) groupValues(group);
  return { index, search };
}
