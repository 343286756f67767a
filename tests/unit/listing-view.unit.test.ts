import { describe, expect, it } from 'vitest';
import { alphabetical, browseGroups, listed } from '../../src/domain/browse.ts';
import { happeningThisWeek } from '../../src/domain/this-week.ts';
import { byTitle, shapeListing, type ListingView } from '../../src/domain/listing-view.ts';
import { checkFixture, context as fixtureContext, shaped } from './good-fixture.ts';

const content = checkFixture(false);

// Saturday 21 November 2026, 9am in London.
const now = new Date('2026-11-21T09:00:00Z');
const context = { ...fixtureContext, now, today: '2026-11-21' };
const views: ListingView[] = [...content.listings.keys()].map((slug) => shaped(slug, 'public', context)).sort(byTitle);
const bySlug = (slug: string) => {
  const view = views.find((item) => item.slug === slug);
  if (!view) throw new Error(`no view for ${slug}`);
  return view;
};

describe('shapeListing', () => {
  it('answers when: plain-English schedule and the next three dates from the build date', () => {
    const knit = bySlug('fixture-knit-and-natter');
    expect(knit.schedule.map((line) => line.text)).toEqual(['Every Tuesday, 10am to 12 noon']);
    expect(knit.nextDates.map((next) => next.label)).toEqual(['Tuesday 24 November 2026', 'Tuesday 1 December 2026', 'Tuesday 8 December 2026']);
    expect(knit.nextDates[0]?.time).toBe('10am to 12 noon');
    expect(knit.days).toEqual(['tue']);
    expect(knit.timesOfDay).toEqual(['morning']);
  });

  it('answers where: venue, town and access features from the venue', () => {
    const knit = bySlug('fixture-knit-and-natter');
    expect(knit.venues.map((ref) => ref.name)).toEqual(['Fixture Village Hall']);
    expect(knit.areas.map((area) => area.label)).toEqual(['Bugle']);
    expect(knit.accessFeatures.map((feature) => feature.id)).toEqual(['step-free', 'accessible-toilet', 'hearing-loop']);
  });

  it('works out cost and low cost from the site threshold', () => {
    const knit = bySlug('fixture-knit-and-natter');
    expect(knit.costText).toBe('£2 a session');
    expect(knit.lowCost).toBe(true);
    expect(knit.free).toBe(false);
  });

  it("puts a paused listing's status at the top, with its dates from the restart", () => {
    const walk = bySlug('fixture-paused-walk');
    expect(walk.banner).toEqual({ kind: 'paused', title: 'Paused until 1 March 2027', detail: 'Paths are too muddy in winter' });
    expect(walk.nextDates[0]?.date).toBe('2027-03-26');
    expect(walk.schedule[0]?.text).toBe('Last Friday of the month, 2pm to 3:30pm');
  });

  it('flags missing information rather than inventing it, and ages the review', () => {
    const walk = bySlug('fixture-paused-walk');
    expect(walk.missing).toEqual(['phone number', 'what to expect']);
    expect(walk.review.state).toBe('overdue');
    expect(bySlug('fixture-knit-and-natter').missing).toEqual([]);
    expect(bySlug('fixture-knit-and-natter').review).toEqual({ state: 'current', label: 'Up to date', text: 'Last confirmed 1 October 2026 by the group leader' });
  });

  it('never includes a referral-only listing in a public view', () => {
    expect(views.map((view) => view.slug)).toEqual(['fixture-knit-and-natter', 'fixture-paused-walk']);
    expect(views.every((view) => !('staff' in view.data))).toBe(true);
  });
});

describe('browsing', () => {
  const groups = browseGroups(views, content.taxonomies);
  const slugs = (list: ListingView[] | undefined) => (list ?? []).map((view) => view.slug);

  it('groups by category, audience, town and day', () => {
    expect(slugs(groups.categories.find((group) => group.id === 'arts-and-crafts')?.listings)).toEqual(['fixture-knit-and-natter']);
    expect(slugs(groups.categories.find((group) => group.id === 'walking')?.listings)).toEqual(['fixture-paused-walk']);
    expect(slugs(groups.audiences.find((group) => group.id === 'everyone')?.listings)).toEqual(['fixture-knit-and-natter', 'fixture-paused-walk']);
    expect(slugs(groups.towns.find((group) => group.id === 'bugle')?.listings)).toEqual(['fixture-knit-and-natter', 'fixture-paused-walk']);
    expect(slugs(groups.towns.find((group) => group.id === 'par')?.listings)).toEqual([]);
    expect(slugs(groups.days.find((group) => group.id === 'tue')?.listings)).toEqual(['fixture-knit-and-natter']);
    expect(slugs(groups.days.find((group) => group.id === 'fri')?.listings)).toEqual(['fixture-paused-walk']);
  });

  it('orders alphabetically, ignoring a leading "The"', () => {
    const titles = (names: string[]) =>
      names
        .map((title) => ({ data: { title } }))
        .sort(byTitle)
        .map((item) => item.data.title);
    expect(titles(['Zumba Gold', 'The Bugle Walkers', 'art club'])).toEqual(['art club', 'The Bugle Walkers', 'Zumba Gold']);
    expect(alphabetical(views).map((group) => group.letter)).toEqual(['F']);
  });

  it("lists this week's sessions day by day, leaving out paused groups", () => {
    const { days } = happeningThisWeek(views);
    expect(days.map((day) => day.label)).toEqual(['Tuesday 24 November']);
    expect(days[0]?.items.map((item) => `${item.time} ${item.listing.slug}`)).toEqual(['10am to 12 noon fixture-knit-and-natter']);
  });
});

describe('status over time and closed listings', () => {
  const walk = content.listings.get('fixture-paused-walk')?.data;
  const knit = content.listings.get('fixture-knit-and-natter')?.data;
  if (!walk || !knit) throw new Error('fixture listings missing');
  const shapeAt = (data: typeof walk, iso: string, today: string) => shapeListing('x', data, { ...context, now: new Date(iso), today });

  it("shows a paused listing's dates from the day it restarts", () => {
    const paused = shapeAt(walk, '2026-11-21T09:00:00Z', '2026-11-21');
    expect(paused.banner?.kind).toBe('paused');
    expect(paused.nextDates.map((next) => next.date)).toEqual(['2027-03-26', '2027-04-30', '2027-05-28']);
  });

  it('treats a pause as over once its restart date has come', () => {
    const restarted = shapeAt(walk, '2027-03-02T09:00:00Z', '2027-03-02');
    expect(restarted.banner).toBeUndefined();
    expect(restarted.nextDates[0]?.date).toBe('2027-03-26');
  });

  it("keeps a closed listing's page but leaves it out of lists, counts and this week", () => {
    const closed = shapeAt({ ...knit, status: { state: 'closed', reason: 'The hall has been sold' } }, '2026-11-21T09:00:00Z', '2026-11-21');
    expect(closed.closed).toBe(true);
    expect(closed.banner).toEqual({ kind: 'closed', title: 'This has closed', detail: 'The hall has been sold' });
    expect(closed.nextDates).toEqual([]);
    expect(listed([closed])).toEqual([]);
    expect(browseGroups([closed], content.taxonomies).categories.every((group) => group.listings.length === 0)).toBe(true);
    expect(happeningThisWeek([closed])).toEqual({ days: [], everyWeekday: [] });
  });

  it('says where in a few words: venue and town, or how it reaches you', () => {
    expect(bySlug('fixture-knit-and-natter').where).toBe('Fixture Village Hall, Bugle');
    const home = shapeAt({ ...knit, sessions: [], whenNote: 'Visits to suit you', delivery: ['home-visit'] }, '2026-11-21T09:00:00Z', '2026-11-21');
    expect(home.where).toBe('Home visits');
    const phone = shapeAt({ ...knit, sessions: [{ ...knit.sessions[0]!, venue: undefined, remote: 'phone' } as (typeof knit.sessions)[number]] }, '2026-11-21T09:00:00Z', '2026-11-21');
    expect(phone.where).toBe('By phone');
  });

  it('shows only skip dates still to come, in date order', () => {
    const session = { ...knit.sessions[0]!, skipDates: ['2026-12-29', '2026-11-17', '2026-12-22'] };
    const view = shapeAt({ ...knit, sessions: [session] }, '2026-11-21T09:00:00Z', '2026-11-21');
    expect(view.schedule[0]?.skipDates).toEqual(['2026-12-22', '2026-12-29']);
  });
});
