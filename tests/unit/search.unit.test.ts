import { searchIndexOf } from '../../src/outputs/search/build-index.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANYWHERE, listed } from '../../src/domain/browse.ts';
import { occurrencesInWeek } from '../../src/domain/schedule.ts';

import type { ListingView } from '../../src/domain/listing-view.ts';
import { loadDirectoryOffline } from '../../src/data/offline-directory.ts';
import { createSearchEngine, type SearchEngine } from '../../src/outputs/search/engine.ts';
import {
  cleanFilters,
  describeFilters,
  FILTER_GROUPS,
  passesFilters,
  recordSlots,
  selectedCount,
  selectedOptions,
  shownGroups,
  type FilterGroup,
  type SearchFilters,
} from '../../src/outputs/search/filters.ts';
import { noJsFilterCss, optionClass, recordClasses } from '../../src/outputs/search/nojs-css.ts';
import { fromWire, toWire, type SearchIndexFile } from '../../src/outputs/search/record.ts';
import { cardFromRecord } from '../../src/outputs/search/card.ts';
import { cardOf } from '../../src/domain/card.ts';
import { stateFromParams, stateToParams, stateToQueryString, type SearchState } from '../../src/outputs/search/url-state.ts';
import { printedSearch } from '../../src/outputs/search/summary.ts';

const NOW = new Date('2026-11-21T10:00:00Z');
/** Worked out here from the sessions, apart from the listing's own `thisWeek`, so the index flag is checked against the rule. */
const onInTheWeek = (listing: ListingView) => !listing.paused && !listing.closed && occurrencesInWeek(listing.data.sessions, NOW).length > 0;
let index: SearchIndexFile;
let engine: SearchEngine;
let listings: ListingView[];

beforeAll(() => {
  const directory = loadDirectoryOffline(process.cwd(), 'content', { audience: 'public', now: NOW });
  index = searchIndexOf(directory.directory);
  listings = listed(directory.listings);
  engine = createSearchEngine(index);
});

const search = (q: string, filters: SearchFilters = {}) => engine.search({ q, filters });
const titles = (q: string, filters: SearchFilters = {}) => search(q, filters).records.map((record) => record.t);

describe('ranking: query → expected top result over the example data', () => {
  // Typos, partial words, several words in any order, synonyms and town names.
  const cases: [string, RegExp][] = [
    ['knitt', /Knit and Natter/],
    ['knittting', /Knit and Natter/],
    ['walkng', /Walk/],
    ['walkin grop mevagissey', /^Gentle Harbour Walk, Mevagissey$/],
    ['demensia', /Dementia|Memory Café/],
    ['memory', /Memory Café/],
    ['memory cafe', /Memory Café/],
    ['money', /Money/],
    ['benifits', /Benefits/],
    ['excercise', /Exercise/],
    ['exercise', /Exercise/],
    ['keep fit', /Keep Fit/],
    ['lonley', /Befriending|Chat/],
    ['befriending', /Befriending/],
    ['mens shed', /^Bugle Men's Shed$/],
    ['men shed', /^Bugle Men's Shed$/],
    ['chair yoga', /^Chair Yoga$/],
    ['lunch club roche', /^Roche Wednesday Lunch Club$/],
    ['roche lunch club', /^Roche Wednesday Lunch Club$/],
    ['food bank', /Food Bank/],
    ['foodbank', /Food Bank/],
    ['st blazey food', /^St Blazey Food Bank$/],
    ['singing', /Sing/],
    ['choir', /Choir/],
    ['ukulele', /Ukulele/],
    ['ukul', /Ukulele/],
    ['garden', /Garden/],
    ['allotment', /Allotment/],
    ['carers', /Carers/],
    ['bereavement', /Bereaved|Grief/],
    ['toddler', /Toddler/],
    ['babies', /Baby/],
    ['digital', /Digital/],
    ['tai chi', /Tai Chi/],
    ['line dancing', /Line Dancing/],
    ['repair', /Repair Café/],
    ['pilates', /Pilates/],
    ['bingo bugle', /^Bugle Monday Social and Bingo$/],
    ['bugle bingo', /^Bugle Monday Social and Bingo$/],
    ['walking football', /^Walking Football, Foxhole$/],
    ['swim', /Swim/],
    ['young people art', /Art Club \(16 to 25\)/],
  ];
  it.each(cases)('%s', (query, expected) => {
    expect(titles(query)[0]).toMatch(expected);
  });
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
});

describe('precision: a word matches what was meant', () => {
  const top5 = (q: string) => search(q).records.slice(0, 5);
  const category = (id: string) => (record: { c: number[] }) => record.c.some((position) => index.labels.categories[position]?.id === id);
  it('"choir" is not "chair": no chair exercise in the top 5, and every one is singing', () => {
    expect(top5('choir').map((record) => record.t)).not.toEqual(expect.arrayContaining([expect.stringMatching(/chair/i)]));
    expect(top5('choir').every((record) => /choir|sing|song/i.test(record.t))).toBe(true);
  });
  it('"men" is not "women"', () => {
    expect(search('men').records.map((record) => record.t)).not.toEqual(expect.arrayContaining([expect.stringMatching(/women/i)]));
    expect(top5('men').length).toBeGreaterThan(0);
  });
  it('"walk" is not "talk" or "walk in": the top 5 are walks', () => {
    expect(top5('walk').every(category('walking'))).toBe(true);
    // Its description says "Walk in, no appointment needed".
    expect(search('walk').records.map((record) => record.t)).not.toContain('Money and Benefits Drop-in');
    expect(search('walk').records.filter((record) => /talk/i.test(record.t) && !/walk/i.test(record.t))).toEqual([]);
  });
  it('a town narrows to that town: "walking group par" is walks in Par', () => {
    const found = search('walking group par').records;
    expect(found.length).toBeGreaterThan(0);
    const par = index.labels.towns.findIndex((town) => town.id === 'par');
    expect(found.every((record) => record.r.includes(par) || record.r.includes(index.anywhere))).toBe(true);
    expect(found.slice(0, 5).every(category('walking'))).toBe(true);
  });
  it('a postcode district or sector narrows to venues there', () => {
    const sectors = (record: { w: number }) => (index.placePostcodes[record.w] ?? []).map((position) => index.postcodes[position]);
    const district = search('PL25').records;
    expect(district.length).toBeGreaterThan(0);
    expect(district.every((record) => sectors(record).some((sector) => sector?.startsWith('PL25 ')))).toBe(true);
    const sector = search('PL26 7').records;
    expect(sector.length).toBeGreaterThan(0);
    expect(sector.every((record) => sectors(record).includes('PL26 7'))).toBe(true);
  });
  it('a place with no choir still shows choirs', () => {
    const outcome = search('choir roche');
    expect(outcome.records.length).toBeGreaterThan(0);
  });
  it("when only listings available anywhere match every word, the place's own near matches come first", () => {
    const roche = index.labels.towns.findIndex((town) => town.id === 'roche');
    const outcome = search('chair exercise roche');
    expect(outcome.partial).toBe(true);
    expect(outcome.records[0]?.r).toContain(roche);
    expect(outcome.records.map((record) => record.t)).toContain('Chair Exercise Online');
    // When the place has nothing close, the full matches from anywhere stand alone, not marked partial.
    expect(search('telephone befriending roche')).toMatchObject({ partial: false, records: [expect.objectContaining({ t: 'Telephone Befriending' }), expect.anything()] });
  });
});

describe('by arrangement: the day and time filters include services arranged with the person', () => {
  // The link worker's query: free befriending that can ring or visit on a Monday.
  const mondays = () => titles('free befriending', { cost: ['free'], days: ['mon'] });
  it('"free befriending" on Mondays finds the telephone and home-visiting befriending services', () => {
    expect(mondays()).toEqual(expect.arrayContaining(['Telephone Befriending', 'Home Visiting Befriending']));
  });
  it('keeps to the days and hours each can be arranged', () => {
    // Telephone befriending rings any day from 10am to 7pm; home visits are on weekdays, 10am to 4pm.
    expect(titles('befriending', { days: ['sun'] })).toContain('Telephone Befriending');
    expect(titles('befriending', { days: ['sun'] })).not.toContain('Home Visiting Befriending');
    expect(titles('befriending', { days: ['mon'], times: ['evening'] })).toContain('Telephone Befriending');
    expect(titles('befriending', { days: ['mon'], times: ['evening'] })).not.toContain('Home Visiting Befriending');
  });
  it('their cards say "By arrangement" with the days and hours', () => {
    const card = (slug: string) => cardOf(listings.find((listing) => listing.slug === slug)!);
    expect(card('telephone-befriending').pattern).toBe('By arrangement, any day, 10am to 7pm');
    expect(card('home-visiting-befriending').pattern).toBe('By arrangement, Monday to Friday, 10am to 4pm');
  });
});

describe('the downloaded index', () => {
  it('is stored column by column and reads back to the same records', () => expect(fromWire(toWire(index))).toEqual(index));
  it('rebuilds every card exactly as the listing card shows it', () => {
    for (const listing of listings) {
      const record = index.records.find((item) => item.s === listing.slug)!;
      const card = cardFromRecord(record, index.labels, index.places[record.w] ?? '');
      const expected = cardOf(listing);
      expect({ ...card, access: card.access.map((term) => term.id) }).toEqual({ ...expected, access: expected.access.map((term) => term.id) });
    }
  });
});

describe('synonyms', () => {
  const categoriesOf = (q: string, top = 10) =>
    search(q)
      .records.slice(0, top)
      .flatMap((record) => record.c.map((position) => index.labels.categories[position]?.id));
  it('"lonely" finds social groups and befriending', () => {
    const found = categoriesOf('lonely', 20);
    expect(found).toContain('befriending');
    expect(found).toContain('social');
  });
  it('"exercise" finds walking and chair-based exercise', () => {
    const all = titles('exercise');
    expect(all.some((title) => /Chair/.test(title))).toBe(true);
    expect(search('exercise').records.some((record) => record.c.includes(index.labels.categories.findIndex((term) => term.id === 'walking')))).toBe(true);
  });
  it('"memory" finds dementia cafés', () => {
    expect(titles('memory').length).toBeGreaterThanOrEqual(3);
    expect(
      titles('memory')
        .slice(0, 5)
        .every((title) => /Memory Café|Dementia/.test(title)),
    ).toBe(true);
  });
  it('"money" finds benefits and debt advice', () => {
    const all = titles('money');
    expect(all.some((title) => /Benefits/.test(title))).toBe(true);
    expect(categoriesOf('money')).toContain('money-and-advice');
  });
  it('a typed word ranks above a synonym-only match', () => {
    // "walking" is also a synonym of exercise; walks come first.
    expect(titles('walkng').length).toBeGreaterThanOrEqual(5);
    expect(
      titles('walkng')
        .slice(0, 5)
        .every((title) => /Walk|Ramble|Stroll/.test(title)),
    ).toBe(true);
  });
});

describe('matching word by word', () => {
  it('ignores word order', () => expect(titles('mevagissey walking')).toEqual(titles('walking mevagissey')));
  it('needs every word: a town narrows the results', () => {
    expect(titles('walking bugle').length).toBeGreaterThan(0);
    expect(titles('walking bugle').length).toBeLessThan(titles('walking').length);
    expect(
      search('walking bugle').records.every(
        (record) => record.r.includes(index.labels.towns.findIndex((town) => town.id === 'bugle')) || /bugle/i.test(`${record.t} ${index.places[record.w]} ${record.b}`),
      ),
    ).toBe(true);
  });
  it('with no listing matching every word, shows those matching all but one, marked partial', () => {
    const outcome = search('knitting bugle zzyzx');
    expect(outcome.records.length).toBeGreaterThan(0);
    expect(outcome.partial).toBe(true);
  });
  it('an empty query lists everything A to Z', () => {
    const all = titles('');
    expect(all.length).toBe(listings.length);
    expect(all).toEqual(listings.map((listing) => listing.data.title));
  });
  it('stop words alone still search', () => expect(search('the').records.length).toBeGreaterThan(0));
});

describe('when nothing matches', () => {
  it('suggests a close spelling', () => {
    const outcome = search('ukelalee');
    expect(outcome.records).toHaveLength(0);
    expect(outcome.didYouMean).toBe('ukulele');
    expect(search(outcome.didYouMean ?? '').records.length).toBeGreaterThan(0);
  });
  it('offers to drop the filter that excluded most results', () => {
    const [ukulele] = search('ukulele').records;
    const otherDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].find((_, bit) => !((ukulele?.d ?? 0) & (1 << bit))) ?? 'sun';
    const outcome = search('ukulele', { days: [otherDay], how: ['in-person'] });
    expect(outcome.records).toHaveLength(0);
    expect(outcome.dropFilter?.key).toBe('days');
    expect(outcome.dropFilter?.count).toBe(search('ukulele', { how: ['in-person'] }).records.length);
  });
  it('makes no suggestion out of thin air', () => expect(search('qqqqqqqqqq').didYouMean).toBeUndefined());
});

describe('filters, checked against the listings themselves', () => {
  const slugs = (filters: SearchFilters, q = '') =>
    search(q, filters)
      .records.map((record) => record.s)
      .sort();
  const expected = (keep: (listing: ListingView) => boolean) =>
    listings
      .filter(keep)
      .map((listing) => listing.slug)
      .sort();
  const has = (terms: readonly { id: string }[], id: string) => terms.some((term) => term.id === id);
  const cases: [string, SearchFilters, (listing: ListingView) => boolean][] = [
    ['free', { cost: ['free'] }, (l) => l.free],
    ['low cost', { cost: ['low'] }, (l) => l.lowCost],
    ['Tuesday', { days: ['tue'] }, (l) => l.days.includes('tue')],
    ['Tuesday or Saturday', { days: ['tue', 'sat'] }, (l) => l.days.includes('tue') || l.days.includes('sat')],
    ['evening', { times: ['evening'] }, (l) => l.timesOfDay.includes('evening')],
    ['morning or afternoon', { times: ['morning', 'afternoon'] }, (l) => l.timesOfDay.includes('morning') || l.timesOfDay.includes('afternoon')],
    ['step-free', { access: ['step-free'] }, (l) => has(l.accessFeatures, 'step-free')],
    ['step-free and hearing loop', { access: ['step-free', 'hearing-loop'] }, (l) => has(l.accessFeatures, 'step-free') && has(l.accessFeatures, 'hearing-loop')],
    ['walking', { categories: ['walking'] }, (l) => has(l.categories, 'walking')],
    ['walking or music', { categories: ['walking', 'music-and-singing'] }, (l) => has(l.categories, 'walking') || has(l.categories, 'music-and-singing')],
    ['young people', { audiences: ['young-people'] }, (l) => has(l.audiences, 'young-people')],
    ['Par', { towns: ['par'] }, (l) => has(l.areas, 'par')],
    ['online, phone or home', { towns: [ANYWHERE.id] }, (l) => l.venues.length === 0],
    ['by phone', { how: ['phone'] }, (l) => l.data.delivery.includes('phone')],
    ['in person (outdoors counts)', { how: ['in-person'] }, (l) => l.data.delivery.includes('in-person') || l.data.delivery.includes('outdoors')],
    ['home visits', { how: ['home-visit'] }, (l) => l.data.delivery.includes('home-visit')],
    ['taking new people', { show: ['taking-new'] }, (l) => l.banner === undefined],
    ['this week', { show: ['this-week'] }, (l) => onInTheWeek(l)],
    ['free + Tuesday + step-free', { cost: ['free'], days: ['tue'], access: ['step-free'] }, (l) => l.free && l.days.includes('tue') && has(l.accessFeatures, 'step-free')],
    ['low cost + evening + Par', { cost: ['low'], times: ['evening'], towns: ['par'] }, (l) => l.lowCost && l.timesOfDay.includes('evening') && has(l.areas, 'par')],
    ['taking new + this week + social', { show: ['taking-new', 'this-week'], categories: ['social'] }, (l) => l.banner === undefined && onInTheWeek(l) && has(l.categories, 'social')],
  ];
  it.each(cases)('%s', (_name, filters, keep) => {
    const want = expected(keep);
    expect(want.length).toBeGreaterThan(0);
    expect(slugs(filters)).toEqual(want);
  });
  it('taking new people excludes full, waiting-list and paused listings', () => {
    const excluded = listings.filter((l) => ['full', 'paused', 'waiting-list'].includes(l.banner?.kind ?? ''));
    expect(excluded.length).toBeGreaterThan(0);
    const shown = new Set(slugs({ show: ['taking-new'] }));
    for (const listing of excluded) expect(shown.has(listing.slug)).toBe(false);
  });
  it('this week respects skip dates: a listing whose only date this week is skipped is left out', () => {
    const weekly = listings.filter((l) => l.data.sessions.some((s) => s.skipDates.length > 0));
    expect(weekly.length).toBeGreaterThan(0);
    const shown = new Set(slugs({ show: ['this-week'] }));
    for (const listing of listings) expect(shown.has(listing.slug)).toBe(onInTheWeek(listing));
  });
  it('this week leaves out a weekly group in the week its one session is skipped, and keeps it the week before', () => {
    // A running group with one weekly session on one day, and a skip date still to come.
    const candidate = listings.find(
      (l) =>
        l.takingNew &&
        l.data.sessions.length === 1 &&
        l.data.sessions[0]?.pattern === 'weekly' &&
        l.data.sessions[0].days.length === 1 &&
        l.data.sessions[0].skipDates.some((date) => date > '2026-11-28'),
    );
    expect(candidate).toBeDefined();
    const skipped = candidate!.data.sessions[0]!.skipDates.find((date) => date > '2026-11-28')!;
    const thisWeek = (now: Date) => {
      const built = searchIndexOf(loadDirectoryOffline(process.cwd(), 'content', { audience: 'public', now }).directory);
      return createSearchEngine(built)
        .search({ q: '', filters: { show: ['this-week'] } })
        .records.map((record) => record.s);
    };
    // From just after midnight on the skipped day, the next 7 days hold only that (skipped) session.
    const skippedWeek = new Date(`${skipped}T00:30:00Z`);
    expect(thisWeek(skippedWeek)).not.toContain(candidate!.slug);
    expect(thisWeek(new Date(skippedWeek.getTime() - 7 * 24 * 60 * 60 * 1000))).toContain(candidate!.slug);
  });
  it('filters combine with words', () => {
    const words = search('walking').records;
    const both = search('walking', { cost: ['free'] }).records;
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(words.length);
    expect(both.every((record) => passesFilters({ cost: ['free'] }, record, index.labels))).toBe(true);
  });
  it('counts ticked options', () => expect(selectedCount({ cost: ['free'], days: ['tue', 'wed'] })).toBe(3));
});

describe('URL round trip', () => {
  const parse = (query: string) => stateFromParams(new URLSearchParams(query), index.labels, index.lowCostMax);
  const states: SearchState[] = [
    { q: '', filters: {} },
    { q: 'walking', filters: {} },
    { q: 'lunch club', filters: { cost: ['free'], days: ['tue', 'thu'], access: ['step-free'], show: ['taking-new'] } },
    { q: 'café & “quotes” #1', filters: { towns: [ANYWHERE.id], categories: ['walking', 'social'], audiences: ['young-people'], how: ['online'], times: ['evening'] } },
  ];
  it.each(states)('$q', (state) => {
    const clean = { q: state.q, filters: cleanFilters(state.filters, index.labels, index.lowCostMax) };
    expect(parse(stateToParams(clean).toString())).toEqual(clean);
  });
  it('writes the form field names, in form order', () => {
    expect(stateToQueryString({ q: ' knit  and natter ', filters: { access: ['step-free'], cost: ['free'], days: ['tue'] } })).toBe('?q=knit+and+natter&cost=free&day=tue&access=step-free');
    expect(stateToQueryString({ q: '', filters: {} })).toBe('');
  });
  it('drops unknown values and repeats, keeps one cost', () => {
    expect(parse('q=x&day=tue&day=tue&day=funday&cost=low&cost=free&town=atlantis&colour=red')).toEqual({ q: 'x', filters: { cost: ['free'], days: ['tue'] } });
  });
  it('reads a plain form submission', () => expect(parse('q=walk&day=mon&day=fri&show=this-week').filters).toEqual({ days: ['mon', 'fri'], show: ['this-week'] }));
});

describe('day and time together', () => {
  // A listing whose sessions don't cover every day × every time (say Tuesday morning, Thursday evening).
  const mixed = () => index.records.filter((record) => record.l !== undefined);
  const dayTime = (day: string, time: string): SearchFilters => ({ days: [day], times: [time] });

  it('stores the pairs only for listings whose sessions are not every day × every time', () => {
    expect(mixed().length).toBeGreaterThan(0);
    expect(mixed().length).toBeLessThan(index.records.length / 2);
  });
  it('means that time on that day, in the rule, the engine and the no-JS CSS alike', () => {
    let checked = 0;
    for (const record of mixed()) {
      const slots = recordSlots(record).map((slot) => `${slot.day} ${slot.time}`);
      const groupValues = (key: string) => (FILTER_GROUPS as readonly FilterGroup[]).find((group) => group.key === key)!.values(record, index.labels);
      const days = groupValues('days');
      const times = groupValues('times');
      for (const day of days) {
        for (const time of times) {
          const runs = slots.includes(`${day} ${time}`);
          expect(passesFilters(dayTime(day, time), record, index.labels), `${record.s} ${day} ${time}`).toBe(runs);
          expect(search('', dayTime(day, time)).records.some((found) => found.s === record.s)).toBe(runs);
          expect(recordClasses(record, index.labels).split(' ').includes(`slot-${day}-${time}`)).toBe(runs);
          if (!runs) checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(noJsFilterCss(index.labels, index.lowCostMax)).toContain(':has(#f-day-tue:checked):has(#f-time-evening:checked) .slot-tue-evening');
  });
  it('keeps the any-of rule for a day alone, or a time alone', () => {
    const record = mixed()[0]!;
    const [first] = recordSlots(record);
    expect(passesFilters({ days: [first!.day] }, record, index.labels)).toBe(true);
    expect(passesFilters({ times: [first!.time] }, record, index.labels)).toBe(true);
  });
});

describe('no-JavaScript CSS filters', () => {
  it('gives each card a class for every option it has', () => {
    for (const record of index.records) {
      const classes = recordClasses(record, index.labels).split(' ');
      for (const group of FILTER_GROUPS) for (const value of group.values(record, index.labels)) expect(classes).toContain(optionClass(group, value));
    }
  });
  it('has a rule for every option', () => {
    const css = noJsFilterCss(index.labels, index.lowCostMax);
    for (const group of FILTER_GROUPS) for (const option of group.options(index.labels, index.lowCostMax)) expect(css).toContain(`#f-${group.param}-${option.id}:checked`);
  });
  it('never writes an empty :not(), which would void every rule (the public build has no staff options)', () => {
    expect(noJsFilterCss(index.labels, index.lowCostMax)).not.toMatch(/:not\(\s*\)/);
    expect(noJsFilterCss(index.labels, index.lowCostMax)).not.toContain('referral');
  });
});

describe('staff filters (staff build only)', () => {
  const staff = loadDirectoryOffline(process.cwd(), 'content', { audience: 'staff', now: NOW });
  const staffIndex = searchIndexOf(staff.directory);
  const staffEngine = createSearchEngine(staffIndex);
  const slugsWhere = (test: (listing: (typeof staff.listings)[number]) => boolean) =>
    listed(staff.listings)
      .filter(test)
      .map((listing) => listing.slug)
      .sort();
  const found = (filters: SearchFilters) =>
    staffEngine
      .search({ q: '', filters })
      .records.map((record) => record.s)
      .sort();

  it('appear only in the staff index', () => {
    expect(shownGroups(index.labels, index.lowCostMax).map((group) => group.key)).not.toContain('referral');
    expect(
      shownGroups(staffIndex.labels, staffIndex.lowCostMax)
        .map((group) => group.key)
        .slice(0, 2),
    ).toEqual(['referral', 'method']);
  });
  it('"referral only" finds every referral-only listing and nothing else', () => {
    const expected = slugsWhere((listing) => listing.data.visibility === 'referral-only');
    expect(expected.length).toBeGreaterThan(5);
    expect(found({ referral: ['referral-only'] })).toEqual(expected);
  });
  it('"takes referrals now" needs a way to refer and room now', () => {
    const expected = slugsWhere((listing) => (listing.staff?.referral !== undefined || listing.data.joining.method === 'referral') && listing.banner === undefined);
    expect(expected.length).toBeGreaterThan(5);
    expect(found({ referral: ['takes-referrals'] })).toEqual(expected);
    const notNow = listed(staff.listings).filter((listing) => listing.staff?.referral && listing.banner !== undefined);
    expect(notNow.length).toBeGreaterThan(0);
    for (const listing of notNow) expect(found({ referral: ['takes-referrals'] })).not.toContain(listing.slug);
  });
  it('"higher needs" counts yes and some, and the method filter matches the referral method', () => {
    expect(found({ referral: ['higher-needs'] })).toEqual(slugsWhere((listing) => ['yes', 'some'].includes(listing.staff?.higherNeeds?.id ?? '')));
    expect(found({ method: ['online-form', 'phone-first'] })).toEqual(slugsWhere((listing) => ['online-form', 'phone-first'].includes(listing.staff?.referral?.methodId ?? '')));
    expect(found({ referral: ['referral-only', 'takes-referrals'] })).toEqual(slugsWhere((listing) => listing.data.visibility === 'referral-only' && listing.staff?.takesReferralsNow === true));
  });
  it('have no-JavaScript CSS rules in the staff build', () => {
    expect(noJsFilterCss(staffIndex.labels, staffIndex.lowCostMax)).toContain('#f-referral-takes-referrals:checked');
  });
});

describe('the index', () => {
  it('holds no staff-only field value and no referral-only listing', () => {
    const text = JSON.stringify(index);
    const staff = loadDirectoryOffline(process.cwd(), 'content', { audience: 'staff', now: NOW });
    const referralOnly = staff.listings.filter((listing) => listing.data.visibility !== 'public');
    expect(referralOnly.length).toBeGreaterThan(0);
    for (const listing of referralOnly) expect(index.records.some((record) => record.s === listing.slug)).toBe(false);
    const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
    const secrets = [...staff.content.listings.values()].flatMap((listing) => strings(listing.data.staff)).filter((value) => value.length > 12);
    expect(secrets.length).toBeGreaterThan(10);
    for (const secret of secrets) expect(text.includes(JSON.stringify(secret).slice(1, -1)), secret).toBe(false);
  });
  it('leaves closed listings out', () => expect(index.records).toHaveLength(listings.length));
});

describe('printed results say what was searched', () => {
  it('writes the words and filters on one line, or "All listings"', () => {
    expect(printedSearch({ q: ' walking ', filters: {} }, ['Free', 'Tuesday', 'Step-free entrance'])).toBe('“walking” · Free · Tuesday · Step-free entrance');
    expect(printedSearch({ q: '', filters: {} }, [])).toBe('All listings');
  });
});

describe('the filters in use, as removable tags', () => {
  it('lists each ticked option with its group, in form order, with the words the summary uses', () => {
    const { labels, lowCostMax } = index;
    const filters: SearchFilters = { days: ['tue'], cost: ['low'], access: ['step-free'] };
    const tags = selectedOptions(filters, labels, lowCostMax);
    expect(tags.map((tag) => tag.key)).toEqual(['cost', 'days', 'access']);
    expect(tags[0]).toEqual({ key: 'cost', id: 'low', label: 'Free or low cost' });
    expect(tags.map((tag) => tag.label)).toEqual(describeFilters(filters, labels, lowCostMax));
  });
});
