import { stemmer } from 'stemmer';

/**
 * Text handling shared by the index builder and the search engine, so both sides
 * cut words the same way: lower case, accents and apostrophes dropped ("Café" → "cafe",
 * "Men's" → "mens"), split on anything that isn't a letter or digit.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '');
}

export function words(text: string): string[] {
  return normalise(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Porter stem ("walking" → "walk", "groups" → "group"); the `stemmer` package is the reference implementation. */
export const stem = (word: string): string => (word.length > 3 ? stemmer(word) : word);

/** Words too common to search on by themselves. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have i in into is it its me my near of on or our so that the their them there this to us we what when where which who with you your'.split(' '),
);

/** Words people add that describe most listings; they help ranking but no listing is left out for lacking one. */
export const SOFT_WORDS: ReadonlySet<string> = new Set('activity activities class classes club clubs group groups local meet meeting meetup session sessions service services support'.split(' '));

/** Markdown or stray HTML to plain words: tags and link targets go, the words stay. */
export function plainText(markdown: string): string {
  return (
    markdown
      // Each pattern stops at the next opening character too, so text with thousands of "<" or "](" stays linear.
      .replace(/<[^<>]*>/g, ' ')
      .replace(/\]\([^()\]]*\)/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/[#*_>`~[\]|-]+/g, ' ')
  );
}

/**
 * Restricted Damerau–Levenshtein distance (a swap of two neighbours counts as one edit),
 * giving up early: returns max + 1 as soon as the distance must exceed `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (rows[0]!.length < width) for (let i = 0; i < 3; i += 1) rows[i] = new Int32Array(width * 2);
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** Reused rows for boundedDistance, so matching against thousands of words allocates nothing. */
const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** How many typing slips a word of this length may have and still match. */
export const allowedEdits = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0);
