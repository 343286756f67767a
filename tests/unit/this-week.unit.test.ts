import { beforeAll, describe, expect, it } from 'vitest';
import { ANYWHERE, listed, townIds } from '../../src/domain/browse.ts';
import type { ListingView } from '../../src/domain/listing-view.ts';
import { happeningThisWeek, isEveryWeekdayAllDay, weekFilters, type ThisWeek } from '../../src/domain/this-week.ts';
import { loadDirectoryOffline } from '../../src/data/offline-directory.ts';
import { weekFilterCss, weekItemClasses } from '../../src/outputs/week-filter-css.ts';
import type { Taxonomies } from '../../src/schemas/taxonomy.ts';

const NOW = new Date('2026-11-21T10:00:00Z');
let listings: ListingView[];
let week: ThisWeek;
let taxonomies: Taxonomies;

beforeAll(() => {
  const directory = loadDirectoryOffline(process.cwd(), 'content', { audience: 'public', now: NOW });
  listings = listed(directory.listings);
  taxonomies = directory.directory.taxonomies;
  week = happeningThisWeek(listings);
});

describe('this week', () => {
  it('lists services open all day every weekday once, apart, and on no day', () => {
    const allDay = listings.filter((listing) => listing.thisWeek.some((occurrence) => isEveryWeekdayAllDay(listing.data.sessions[occurrence.sessionIndex]!)));
    expect(allDay.length).toBeGreaterThan(0);
    expect(week.everyWeekday.map((item) => item.listing.slug).sort()).toEqual(allDay.map((listing) => listing.slug).sort());
    const onDays = new Set(week.days.flatMap((day) => day.items.map((item) => item.listing.slug)));
    // Unless they also have another session that week (none in the example data do).
    for (const listing of allDay) expect(onDays.has(listing.slug)).toBe(false);
    expect(week.everyWeekday[0]?.time).toMatch(/^\d+(:\d\d)?(am|pm) to /);
  });
  it('is all day from six hours, on every weekday, weekly', () => {
    const at = { venue: 'x', skipDates: [] };
    expect(isEveryWeekdayAllDay({ ...at, pattern: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' })).toBe(true);
    expect(isEveryWeekdayAllDay({ ...at, pattern: 'weekly', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '10:00', end: '12:00' })).toBe(false);
    expect(isEveryWeekdayAllDay({ ...at, pattern: 'weekly', days: ['mon', 'tue', 'wed', 'thu'], start: '09:00', end: '17:00' })).toBe(false);
  });
  it('filters by cost and by the towns that have something on, each card carrying its classes', () => {
    const filters = weekFilters(week, taxonomies.areas, 5);
    expect(filters.cost.map((option) => option.id)).toEqual(['free', 'low']);
    const inWeek = [...week.days.flatMap((day) => day.items), ...week.everyWeekday].map((item) => item.listing);
    expect(new Set(filters.town.map((option) => option.id))).toEqual(new Set(inWeek.flatMap(townIds)));
    expect(filters.town.at(-1)?.id).toBe(ANYWHERE.id);
    for (const listing of inWeek) {
      const classes = weekItemClasses(listing).split(' ');
      expect(classes.includes('wk-cost-free')).toBe(listing.free);
      expect(classes.includes('wk-cost-low')).toBe(listing.lowCost);
      for (const town of townIds(listing)) expect(classes).toContain(`wk-town-${town}`);
    }
  });
  it('writes a CSS rule for every choice and every pair of choices', () => {
    const filters = weekFilters(week, taxonomies.areas, 5);
    const css = weekFilterCss(filters);
    expect(css).toContain('.this-week:has(#wf-cost-free:checked) .week-item:not(.wk-cost-free)');
    expect(css).toContain(`.this-week:has(#wf-cost-low:checked):has(#wf-town-par:checked) .week-section:not(:has(.wk-cost-low.wk-town-par))`);
    const pairs = 3 * (filters.town.length + 1) - 1;
    expect(css.match(/ \.week-none/g)).toHaveLength(pairs);
  });
});
