import type { SearchIndexFile } from './record.ts';
import { standsFor, words } from './text.ts';

/**
 * Places in a query. A town or village of the area ("par", "st austell", "mevagisey" with a slip)
 * or a postcode district or sector the venues are in ("PL25", "PL26 7") narrows the search to
 * listings there, instead of counting as a loose word that "park" or "parent" would also match.
 */
export interface PlaceMatch {
  /** How many query words the place took. */
  length: number;
  /** What was recognised, for the summary: "Par", "PL26 7". */
  label: string;
  /** The listings there. */
  docs: readonly number[];
}

export interface PlaceTable {
  match(tokens: readonly string[], at: number): PlaceMatch | undefined;
}

const DISTRICT = /^[a-z]{1,2}\d[a-z\d]?$/;

export function buildPlaces(index: Pick<SearchIndexFile, 'labels' | 'postcodes' | 'placePostcodes' | 'records' | 'anywhere'>, isWord: (word: string) => boolean): PlaceTable {
  const towns = index.labels.towns
    .map((town, position) => ({ words: words(town.label), label: town.label, position }))
    .filter((town) => town.position !== index.anywhere && town.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
  const townDocs = new Map<number, number[]>();
  const sectorDocs = new Map<string, number[]>();
  const note = <K>(map: Map<K, number[]>, key: K, doc: number) => {
    const docs = map.get(key);
    if (!docs) map.set(key, [doc]);
    else if (docs.at(-1) !== doc) docs.push(doc);
  };
  index.records.forEach((record, doc) => {
    for (const position of record.r) note(townDocs, position, doc);
    for (const position of index.placePostcodes[record.w] ?? []) {
      const sector = (index.postcodes[position] ?? '').toLowerCase();
      note(sectorDocs, sector, doc);
      note(sectorDocs, sector.split(' ')[0] ?? '', doc);
    }
  });
  return {
    match(tokens, at) {
      const first = tokens[at] ?? '';
      if (DISTRICT.test(first) && sectorDocs.has(first)) {
        const sector = `${first} ${tokens[at + 1] ?? ''}`;
        if (/^\d$/.test(tokens[at + 1] ?? '') && sectorDocs.has(sector)) return { length: 2, label: sector.toUpperCase(), docs: sectorDocs.get(sector)! };
        return { length: 1, label: first.toUpperCase(), docs: sectorDocs.get(first)! };
      }
      for (const town of towns) {
        if (town.words.every((word, offset) => tokens[at + offset] !== undefined && standsFor(tokens[at + offset]!, word, isWord))) {
          return { length: town.words.length, label: town.label, docs: townDocs.get(town.position) ?? [] };
        }
      }
      return undefined;
    },
  };
}
