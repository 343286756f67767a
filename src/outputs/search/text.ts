import { stemmer } from 'stemmer';
import { boundedDistance } from '../../core/spelling.ts';

export { boundedDistance };

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

/** Two words that mean something else together, kept as one token (which no typed word can be): "walk in" (no appointment) is not a walk. */
const SET_PHRASES: ReadonlyMap<string, string> = new Map([['walk in', 'walk-in']]);

export function words(text: string): string[] {
  const all = normalise(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  for (let i = 0; i < all.length - 1; i += 1) {
    const joined = SET_PHRASES.get(`${all[i]} ${all[i + 1]}`);
    if (joined) all.splice(i, 2, joined);
  }
  return all;
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
 * How many typing slips a word of this length may have and still match: none up to 3 letters,
 * one up to 7, two from 8. A word that is itself a word of the directory gets none (see isWord in
 * the engine), so one real word never becomes another: "choir" is not "chair", "walk" not "talk".
 */
export const allowedEdits = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

/** A typed word stands for a fixed word (a synonym trigger, a town name): equal, the same stem, or, for a word the directory doesn't have, within its slips. */
export function standsFor(typed: string, target: string, isWord: (word: string) => boolean): boolean {
  if (typed === target || stem(typed) === stem(target)) return true;
  const edits = Math.min(allowedEdits(typed.length), allowedEdits(target.length), 1);
  return edits > 0 && !isWord(typed) && boundedDistance(typed, target, edits) <= edits;
}
