import { minutesOfDay } from '../core/time.ts';
import { WEEKDAYS } from '../schemas/lists.ts';
import type { Session } from '../schemas/session.ts';
import type { Term } from '../schemas/taxonomy.ts';
import { ANYWHERE, townIds } from './browse.ts';
import { costFilterOptions } from './cost.ts';
import type { ListingView } from './listing-view.ts';
import { describeTime, formatDate } from './schedule.ts';

export interface WeekItem {
  listing: ListingView;
  start: Date;
  /** "10am to 12 noon": the time that day (or every weekday). */
  time: string;
}
export interface WeekDay {
  date: string;
  label: string;
  items: WeekItem[];
}
export interface ThisWeek {
  days: WeekDay[];
  /** Open all day every weekday (a phone line, an advice centre): listed once, not on each day. */
  everyWeekday: WeekItem[];
}

/** Whether a listing runs in the coming week (worked out once, when it was shaped). */
export const runsThisWeek = (listing: ListingView): boolean => listing.thisWeek.length > 0;

/** "All day": six hours or more, like 9am to 5pm or 10am to 4pm. */
export const ALL_DAY_MINUTES = 6 * 60;

/** A weekly session on every weekday, for most of the day: it would fill every day of "this week" with the same line. */
export function isEveryWeekdayAllDay(session: Session): boolean {
  return session.pattern === 'weekly' && WEEKDAYS.every((day) => session.days.includes(day)) && minutesOfDay(session.end) - minutesOfDay(session.start) >= ALL_DAY_MINUTES;
}

const byTime = (a: WeekItem, b: WeekItem) => a.start.getTime() - b.start.getTime() || a.listing.data.title.localeCompare(b.listing.data.title);

/** What's on in the coming week, day by day, in time order; services open all day every weekday apart, once each. Paused and closed listings are left out. */
export function happeningThisWeek(listings: readonly ListingView[]): ThisWeek {
  const days = new Map<string, WeekItem[]>();
  const everyWeekday = new Map<string, WeekItem>();
  for (const listing of listings) {
    for (const occurrence of listing.thisWeek) {
      const session = listing.data.sessions[occurrence.sessionIndex];
      if (!session) continue;
      if (isEveryWeekdayAllDay(session)) {
        const key = `${listing.slug} ${occurrence.sessionIndex}`;
        if (!everyWeekday.has(key)) everyWeekday.set(key, { listing, start: occurrence.start, time: describeTime(session.start, session.end) });
        continue;
      }
      const item = { listing, start: occurrence.start, time: describeTime(session.start, session.end) };
      days.set(occurrence.date, [...(days.get(occurrence.date) ?? []), item]);
    }
  }
  return {
    days: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, items]) => ({ date, label: formatDate(date, { year: false }), items: items.sort(byTime) })),
    everyWeekday: [...everyWeekday.values()].sort((a, b) => a.listing.data.title.localeCompare(b.listing.data.title)),
  };
}

/** The choices of the "This week" filters, which work without JavaScript (week-filter-css.ts). */
export interface WeekFilterOption {
  id: string;
  label: string;
}
export interface WeekFilters {
  cost: WeekFilterOption[];
  town: WeekFilterOption[];
}

/** Cost as the search words it; the towns that have something on this week, A to Z, then "online, by phone or at home". */
export function weekFilters(week: ThisWeek, areas: readonly Term[], lowCostMax: number): WeekFilters {
  const listings = [...week.days.flatMap((day) => day.items), ...week.everyWeekday].map((item) => item.listing);
  const present = new Set(listings.flatMap(townIds));
  return {
    cost: costFilterOptions(lowCostMax),
    town: [...areas, ANYWHERE].filter((term) => present.has(term.id)).map(({ id, label }) => ({ id, label })),
  };
}
