import type { SearchFilters } from '../../src/outputs/search/filters.ts';
import type { IndexLabels, SearchRecord } from '../../src/outputs/search/record.ts';

/**
 * The fixed query set for `npm run bench:search`: real typing (typos, partial words, words in
 * any order), synonyms, 3-word queries, and filters. Deterministic, so runs can be compared.
 */
export interface BenchQuery {
  q: string;
  filters: SearchFilters;
}

const ACTIVITIES = [
  'walking',
  'knitting',
  'dementia',
  'memory cafe',
  'lunch club',
  'coffee morning',
  'chair exercise',
  'singing',
  'choir',
  'ukulele',
  'gardening',
  'allotment',
  'befriending',
  'money advice',
  'benefits',
  'debt',
  'food bank',
  'carers',
  'art',
  'crafts',
  'yoga',
  'tai chi',
  'pilates',
  'games',
  'mens shed',
  'youth',
  'toddler',
  'bereavement',
  'digital',
  'computer',
  'swimming',
  'history',
  'book',
  'volunteering',
  'repair',
  'tea dance',
  'walking football',
  'nordic walking',
  'reminiscence',
  'painting',
];
const SYNONYMS = ['lonely', 'loneliness', 'isolated', 'sad', 'anxious', 'depressed', 'money', 'bills', 'memory', 'exercise', 'keep fit', 'fitness', 'food', 'carer', 'looking after'];
const TOWNS = ['st austell', 'par', 'bugle', 'roche', 'st dennis', 'foxhole', 'nanpean', 'mevagissey', 'polgooth', 'tywardreath', 'lostwithiel', 'st blazey'];
const KINDS = ['group', 'club', 'class', 'cafe', 'session'];

/** A plausible slip: drop, double or swap a letter, depending on `n`. */
export function typo(word: string, n: number): string {
  if (word.length < 5) return word;
  const at = 2 + (n % (word.length - 3));
  switch (n % 3) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    default:
      return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  }
}

const typoPhrase = (phrase: string, n: number) =>
  phrase
    .split(' ')
    .map((word, i) => (i === 0 ? typo(word, n) : word))
    .join(' ');

export function benchQueries(): BenchQuery[] {
  const queries: BenchQuery[] = [];
  const add = (q: string, filters: SearchFilters = {}) => queries.push({ q, filters });
  ACTIVITIES.forEach((word) => add(word));
  ACTIVITIES.forEach((word, n) => add(typoPhrase(word, n)));
  ACTIVITIES.forEach((word) => add(word.slice(0, Math.max(3, Math.ceil(word.length * 0.6)))));
  SYNONYMS.forEach((word) => add(word));
  // Three words: activity, kind and town, in either order, some misspelt.
  ACTIVITIES.slice(0, 30).forEach((word, n) => {
    const activity = word.split(' ')[0] ?? word;
    const town = TOWNS[n % TOWNS.length]!.split(' ').at(-1)!;
    const kind = KINDS[n % KINDS.length]!;
    add(n % 2 === 0 ? `${activity} ${kind} ${town}` : `${town} ${n % 3 === 0 ? typo(activity, n) : activity} ${kind}`);
  });
  // Filters, with and without words.
  const filterSets: SearchFilters[] = [
    { cost: ['free'] },
    { days: ['tue'] },
    { days: ['sat', 'sun'] },
    { audiences: ['young-people'] },
    { access: ['step-free'] },
    { cost: ['free'], days: ['tue'], access: ['step-free'] },
    { times: ['evening'] },
    { show: ['taking-new'] },
    { show: ['this-week'] },
    { how: ['phone'] },
    { towns: ['par'] },
    { categories: ['walking'] },
  ];
  filterSets.forEach((filters, n) => {
    add('', filters);
    add(ACTIVITIES[n * 3]!, filters);
    add(typo(ACTIVITIES[n * 3 + 1]!, n), filters);
  });
  return queries;
}

/** Queries with a known right answer: a listing is relevant if it has these codes (ground truth from the generator). */
export interface JudgedQuery {
  q: string;
  relevant: (record: SearchRecord, labels: IndexLabels) => boolean;
}

const inCategory =
  (...ids: string[]) =>
  (record: SearchRecord, labels: IndexLabels) =>
    record.c.some((position) => ids.includes(labels.categories[position]?.id ?? ''));
const inTown = (id: string) => (record: SearchRecord, labels: IndexLabels) => record.r.some((position) => labels.towns[position]?.id === id);
const titled = (pattern: RegExp) => (record: SearchRecord) => pattern.test(record.t);
const both =
  (...tests: ((record: SearchRecord, labels: IndexLabels) => boolean)[]) =>
  (record: SearchRecord, labels: IndexLabels) =>
    tests.every((test) => test(record, labels));

const forAudience = (id: string) => (record: SearchRecord, labels: IndexLabels) => record.a.some((position) => labels.audiences[position]?.id === id);
const either =
  (...tests: ((record: SearchRecord, labels: IndexLabels) => boolean)[]) =>
  (record: SearchRecord, labels: IndexLabels) =>
    tests.some((test) => test(record, labels));
const not = (test: (record: SearchRecord, labels: IndexLabels) => boolean) => (record: SearchRecord, labels: IndexLabels) => !test(record, labels);

/**
 * Precision: words that a looser search turns into other words. Every one of the top 5 must be on
 * the query's topic: "choir" is not chair exercise, "men" is not a women's group, "walk" is not
 * "talk" or "walk in", and a town narrows to that town.
 */
export const PRECISION: JudgedQuery[] = [
  { q: 'choir', relevant: either(titled(/choir|sing|song|voices/i), inCategory('music-and-singing')) },
  { q: 'men', relevant: both(either(forAudience('men'), titled(/\bmen\b|men's|blokes/i)), not(forAudience('women'))) },
  { q: 'walk', relevant: either(inCategory('walking'), titled(/walk|stroll|ramble/i)) },
  { q: 'walking group par', relevant: both(inCategory('walking'), inTown('par')) },
];

/** Each has relevant listings at 1,000 and 10,000 generated listings (the bench says if one has none). */
export const JUDGED: JudgedQuery[] = [
  // Typos
  { q: 'knitt', relevant: titled(/knit/i) },
  { q: 'walkng', relevant: inCategory('walking') },
  { q: 'demensia', relevant: inCategory('memory-and-dementia') },
  { q: 'ukelele', relevant: titled(/ukulele/i) },
  { q: 'pilates', relevant: titled(/pilates/i) },
  { q: 'befreinding', relevant: inCategory('befriending') },
  { q: 'alotment', relevant: titled(/allotment/i) },
  { q: 'gardning', relevant: inCategory('gardening-and-nature') },
  { q: 'excercise', relevant: inCategory('exercise') },
  { q: 'benifits', relevant: inCategory('money-and-advice') },
  { q: 'bereavment', relevant: titled(/bereave|grief|loss/i) },
  { q: 'singng', relevant: inCategory('music-and-singing') },
  { q: 'choire', relevant: titled(/choir/i) },
  { q: 'tai chee', relevant: titled(/tai chi/i) },
  // Partial words
  { q: 'demen', relevant: inCategory('memory-and-dementia') },
  { q: 'ukul', relevant: titled(/ukulele/i) },
  { q: 'allot', relevant: titled(/allotment/i) },
  { q: 'volunt', relevant: inCategory('volunteering') },
  // Synonyms
  { q: 'lonely', relevant: inCategory('social', 'befriending') },
  { q: 'isolated', relevant: inCategory('social', 'befriending') },
  { q: 'exercise', relevant: inCategory('exercise', 'walking') },
  { q: 'keep fit', relevant: inCategory('exercise', 'walking') },
  { q: 'memory', relevant: inCategory('memory-and-dementia') },
  { q: 'money', relevant: inCategory('money-and-advice') },
  { q: 'debt', relevant: inCategory('money-and-advice') },
  { q: 'sad', relevant: inCategory('mental-wellbeing') },
  { q: 'anxious', relevant: inCategory('mental-wellbeing') },
  { q: 'carer', relevant: inCategory('carers') },
  { q: 'food', relevant: inCategory('food') },
  // Three words, any order, some misspelt
  { q: 'walking group par', relevant: both(inCategory('walking'), inTown('par')) },
  { q: 'bugle walkng group', relevant: both(inCategory('walking'), inTown('bugle')) },
  { q: 'lunch club roche', relevant: both(titled(/lunch/i), inTown('roche')) },
  { q: 'knit natter mevagissey', relevant: both(titled(/knit/i), inTown('mevagissey')) },
  { q: 'memory cafe lostwithiel', relevant: both(inCategory('memory-and-dementia'), inTown('lostwithiel')) },
  { q: 'chair exercise foxhole', relevant: both(inCategory('exercise'), inTown('foxhole')) },
  { q: 'coffee morning tywardreath', relevant: both(titled(/coffee/i), inTown('tywardreath')) },
  { q: 'tywardreath art group', relevant: both(inCategory('arts-and-crafts'), inTown('tywardreath')) },
  { q: 'money advice st dennis', relevant: both(inCategory('money-and-advice'), inTown('st-dennis')) },
  { q: 'community garden st blazey', relevant: both(inCategory('gardening-and-nature'), inTown('st-blazey')) },
  { q: 'singing group st dennis', relevant: both(inCategory('music-and-singing'), inTown('st-dennis')) },
  { q: 'carers coffee par', relevant: both(inCategory('carers'), inTown('par')) },
  { q: 'mens shed mevagissey', relevant: both(titled(/shed/i), inTown('mevagissey')) },
];
