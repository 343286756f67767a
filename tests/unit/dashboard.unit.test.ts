import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANYWHERE } from '../../src/domain/browse.ts';
import { dataQuality, gapAudiences, gapGrids, hasOfflineContact, recentlyChanged, reviewQueue, wholeMonthsBetween, type GapGrid } from '../../src/domain/dashboard.ts';
import { listingChangeDates, type ListingChange } from '../../src/domain/git-history.ts';
import { shapeListing, type ListingView } from '../../src/domain/listing-view.ts';
import { content, context, organisations, shaped, today } from './good-fixture.ts';
import type { PublicListingData } from '../../src/schemas/listing.ts';
import type { Day } from '../../src/schemas/lists.ts';
import type { Session } from '../../src/schemas/session.ts';

const { taxonomies } = content;

const fixtures: ListingView[] = [...content.listings.keys()].map((slug) => shaped(slug));
const knit = fixtures.find((listing) => listing.slug === 'fixture-knit-and-natter');
const walk = fixtures.find((listing) => listing.slug === 'fixture-paused-walk');
if (!knit || !walk) throw new Error('missing fixture listings');

/** A listing shaped by the real code, from the knitting group with some fields changed. */
function variant(slug: string, changes: Partial<PublicListingData>, base = knit?.data): ListingView {
  if (!base) throw new Error('no base listing');
  return shapeListing(slug, { ...base, title: slug, ...changes }, context, { staff: { info: undefined } });
}

/** A referral-only home-visiting service with no phone, cost or first-visit words (and no venue). */
const { cost: _cost, ...noCost } = knit.data;
const referral = variant(
  'fixture-referral-only',
  {
    title: 'STAFF-SENTINEL-REFERRAL-TITLE',
    kind: 'one-to-one',
    categories: ['befriending'],
    helpsWith: [],
    audiences: ['older-people'],
    sessions: [],
    whenNote: 'Visits arranged to suit you.',
    delivery: ['home-visit'],
    joining: { method: 'referral', accepting: 'yes', lookingForMembers: false },
    welcome: {},
    contact: { social: [] },
    visibility: 'referral-only',
    review: { lastConfirmed: '2026-10-01' },
  },
  noCost,
);

const weekly = (day: Day, start: string, end: string, where: { venue: string } | { remote: 'online' } = { venue: 'fixture-hall' }): Session => ({
  pattern: 'weekly',
  days: [day],
  start,
  end,
  skipDates: [],
  ...where,
});
const confirmed = (lastConfirmed: string) => ({ review: { lastConfirmed } });
const closed = { status: { state: 'closed' as const } };
const slugs = (items: readonly { listing: ListingView }[]) => items.map((item) => item.listing.slug);
const cell = (grid: GapGrid, row: string, column: string) => grid.counts[grid.rows.findIndex((item) => item.id === row)]?.[grid.columns.findIndex((item) => item.id === column)];

describe('review queue', () => {
  const listings = [
    knit, // confirmed 2026-10-01: current
    walk, // confirmed 2025-01-10: overdue
    variant('six-months', confirmed('2026-05-21')),
    variant('six-months-less-a-day', confirmed('2026-05-22')),
    variant('twelve-months', confirmed('2025-11-21')),
    variant('twelve-months-less-a-day', confirmed('2025-11-22')),
    variant('b-same-day', confirmed('2026-03-01')),
    variant('a-same-day', confirmed('2026-03-01')),
    variant('closed-long-ago', { ...confirmed('2024-01-01'), ...closed }),
    variant('referral-old', confirmed('2026-01-01'), referral.data),
  ];
  const queue = reviewQueue(listings, organisations, today);
  const item = (slug: string) => queue.items.find((entry) => entry.listing.slug === slug);

  it('is due (amber) from exactly the review interval and overdue (red) from exactly 12 months', () => {
    expect(item('six-months')).toMatchObject({ state: 'due', monthsAgo: 6, lastConfirmed: '2026-05-21' });
    expect(item('six-months-less-a-day')).toBeUndefined();
    expect(item('twelve-months')).toMatchObject({ state: 'overdue', monthsAgo: 12 });
    expect(item('twelve-months-less-a-day')).toMatchObject({ state: 'due', monthsAgo: 11 });
    expect(item('fixture-paused-walk')).toMatchObject({ state: 'overdue', monthsAgo: 22 });
    expect(item('fixture-knit-and-natter')).toBeUndefined();
  });

  it('puts the oldest first, same dates by title, leaves out closed listings and keeps referral-only ones', () => {
    expect(slugs(queue.items)).toEqual(['fixture-paused-walk', 'twelve-months', 'twelve-months-less-a-day', 'referral-old', 'a-same-day', 'b-same-day', 'six-months']);
    expect(item('referral-old')?.listing.data.visibility).toBe('referral-only');
    expect(queue.counts).toEqual({ due: 5, overdue: 2 });
  });

  it("says who to contact: the organisation and the listing's own public phone and email", () => {
    expect(item('fixture-paused-walk')?.organisation).toEqual({ slug: 'fixture-trust', name: 'Fixture Community Trust', phone: '01632 960901', email: 'hello@fixture-trust.example.org' });
    expect(item('six-months')?.contact).toEqual({ phone: '01632 960902' });
    expect(item('fixture-paused-walk')?.contact).toEqual({});
    const unknownOrganisation = reviewQueue([variant('orphan', { ...confirmed('2025-01-01'), organisation: 'gone-away' })], organisations, today);
    expect(unknownOrganisation.items[0]?.organisation).toEqual({ slug: 'gone-away', name: 'gone-away' });
  });

  it('counts whole months, never negative', () => {
    expect(wholeMonthsBetween('2026-05-21', today)).toBe(6);
    expect(wholeMonthsBetween('2026-05-22', today)).toBe(5);
    expect(wholeMonthsBetween('2025-12-31', '2026-02-28')).toBe(1);
    expect(wholeMonthsBetween('2026-12-01', today)).toBe(0);
  });
});

describe('gap grids', () => {
  const tueThu = variant('tue-morning-thu-evening', {
    categories: ['exercise'],
    audiences: ['carers'],
    sessions: [weekly('tue', '10:00', '11:30'), weekly('thu', '18:00', '20:00', { remote: 'online' })],
  });
  const twoMornings = variant('two-tuesday-mornings', { categories: ['social'], sessions: [weekly('tue', '09:00', '10:00'), weekly('tue', '10:30', '11:30')] });
  const closedSunday = variant('closed-sunday', { ...closed, categories: ['food'], sessions: [weekly('sun', '10:00', '11:00')] });
  const listings = [knit, walk, referral, tueThu, twoMornings, closedSunday];
  const { categoryByTown, dayByTime } = gapGrids(listings, taxonomies);

  it('counts day and time session by session, each listing once a cell', () => {
    expect(cell(dayByTime, 'tue', 'morning')).toBe(3);
    expect(cell(dayByTime, 'thu', 'evening')).toBe(1);
    expect(cell(dayByTime, 'tue', 'evening')).toBe(0);
    expect(cell(dayByTime, 'thu', 'morning')).toBe(0);
    // The walk is paused: nothing is on then, so it fills no gap.
    expect(cell(dayByTime, 'fri', 'afternoon')).toBe(0);
    expect(cell(dayByTime, 'sun', 'morning')).toBe(0);
    expect(dayByTime.rows.map((row) => row.id)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(dayByTime.columns).toEqual([
      { id: 'morning', label: 'Morning (before 12 noon)' },
      { id: 'afternoon', label: 'Afternoon (12 noon to 5pm)' },
      { id: 'evening', label: 'Evening (after 5pm)' },
    ]);
    expect(dayByTime).toMatchObject({ total: 3, unscheduled: 1, empty: 21 - 2 });
  });

  it('counts category by town, with services that have no venue in the anywhere column', () => {
    expect(categoryByTown.columns.at(-1)).toEqual({ id: ANYWHERE.id, label: ANYWHERE.label });
    expect(categoryByTown.columns).toHaveLength(taxonomies.areas.length + 1);
    expect(categoryByTown.rows.map((row) => row.id)).toEqual(taxonomies.categories.map((term) => term.id));
    expect(cell(categoryByTown, 'befriending', ANYWHERE.id)).toBe(1);
    expect(cell(categoryByTown, 'befriending', 'bugle')).toBe(0);
    expect(cell(categoryByTown, 'social', 'bugle')).toBe(2);
    expect(cell(categoryByTown, 'arts-and-crafts', 'bugle')).toBe(1);
    // Partly online, but it has a venue, so it counts in its town only (as on the browse pages).
    expect(cell(categoryByTown, 'exercise', 'bugle')).toBe(1);
    expect(cell(categoryByTown, 'exercise', ANYWHERE.id)).toBe(0);
    expect(cell(categoryByTown, 'food', 'bugle')).toBe(0);
    expect(cell(categoryByTown, 'walking', 'bugle')).toBe(0); // paused
    expect(categoryByTown.counts.flat().reduce((sum, count) => sum + count, 0)).toBe(5);
    expect(categoryByTown.total).toBe(4);
    expect(categoryByTown.empty).toBe(taxonomies.categories.length * (taxonomies.areas.length + 1) - 4);
  });

  it('narrows to one audience, leaving out listings for everyone', () => {
    const carers = gapGrids(listings, taxonomies, { audience: 'carers' });
    expect(carers.categoryByTown.total).toBe(1);
    expect(cell(carers.categoryByTown, 'exercise', 'bugle')).toBe(1);
    expect(cell(carers.categoryByTown, 'social', 'bugle')).toBe(0);
    expect(cell(carers.dayByTime, 'tue', 'morning')).toBe(1);
    expect(carers.dayByTime).toMatchObject({ total: 1, unscheduled: 0 });
    const older = gapGrids(listings, taxonomies, { audience: 'older-people' });
    expect(cell(older.categoryByTown, 'befriending', ANYWHERE.id)).toBe(1);
    expect(older.dayByTime).toMatchObject({ total: 0, unscheduled: 1, empty: 21 });
  });

  it('offers every audience but everyone as a filter', () => {
    const ids = gapAudiences(taxonomies).map((term) => term.id);
    expect(ids).not.toContain('everyone');
    expect(ids).toEqual(taxonomies.audiences.map((term) => term.id).filter((id) => id !== 'everyone'));
  });
});

describe('recently changed', () => {
  const justConfirmed = variant('confirmed-this-month', confirmed('2026-11-01'));
  // The last 30 days, today included: 23 October to 21 November.
  const onTheBoundary = variant('confirmed-29-days-ago', confirmed('2026-10-23'));
  const justOutside = variant('confirmed-30-days-ago', confirmed('2026-10-22'));
  const inTheFuture = variant('confirmed-tomorrow', confirmed('2026-11-22'));
  const listings = [knit, walk, referral, justConfirmed, onTheBoundary, justOutside, inTheFuture];

  it('uses the git date where there is one, else the review date, newest first', () => {
    const changes = new Map<string, ListingChange>([
      ['fixture-knit-and-natter', { date: '2026-11-20', kind: 'edited' }],
      ['fixture-paused-walk', { date: '2026-10-23', kind: 'added' }],
      ['fixture-referral-only', { date: '2026-10-22', kind: 'edited' }],
    ]);
    const recent = recentlyChanged(listings, changes, today);
    expect(recent.map(({ listing, date, source }) => [listing.slug, date, source])).toEqual([
      ['fixture-knit-and-natter', '2026-11-20', 'edited'],
      ['confirmed-this-month', '2026-11-01', 'confirmed'],
      ['confirmed-29-days-ago', '2026-10-23', 'confirmed'],
      ['fixture-paused-walk', '2026-10-23', 'added'],
    ]);
  });

  it('falls back to review dates for every listing without git, and takes the window from `days`', () => {
    expect(slugs(recentlyChanged(listings, undefined, today))).toEqual(['confirmed-this-month', 'confirmed-29-days-ago']);
    expect(slugs(recentlyChanged(listings, undefined, today, 7))).toEqual([]);
    expect(slugs(recentlyChanged(listings, undefined, today, 31))).toEqual(['confirmed-this-month', 'confirmed-29-days-ago', 'confirmed-30-days-ago']);
  });
});

describe('data quality', () => {
  const emailOnly = variant('email-only-booking', { contact: { email: 'book@example.org', social: [] }, joining: { ...knit.data.joining, method: 'book' } });
  const onTheDay = variant('on-the-day-phone', { contact: { onTheDayPhone: '01632 960903', social: [] }, joining: { ...knit.data.joining, method: 'book' } });
  const onlineTurnUp = variant('online-turn-up', { contact: { social: [] }, sessions: [weekly('wed', '19:00', '20:00', { remote: 'online' })], delivery: ['online'] });
  const closedNoContact = variant('closed-no-contact', { ...closed, contact: { social: [] }, joining: { ...knit.data.joining, method: 'book' } });
  const quality = dataQuality([knit, walk, referral, emailOnly, onTheDay, onlineTurnUp, closedNoContact]);

  it('lists open listings missing information, by title, and counts each kind', () => {
    expect(quality.missing.map(({ listing, missing }) => [listing.slug, missing])).toEqual([
      ['email-only-booking', ['phone number']],
      ['fixture-paused-walk', ['phone number', 'what to expect']],
      ['on-the-day-phone', ['phone number']],
      ['online-turn-up', ['phone number']],
      ['fixture-referral-only', ['phone number', 'cost', 'what to expect']],
    ]);
    expect(quality.counts).toEqual({ 'phone number': 5, 'what to expect': 2, cost: 1 });
  });

  it('flags open listings with no phone and nowhere to simply turn up', () => {
    expect(hasOfflineContact(knit)).toBe(true); // a phone number
    expect(hasOfflineContact(walk)).toBe(true); // no phone, but turn up at the hall
    expect(hasOfflineContact(onTheDay)).toBe(true);
    expect(quality.noOfflineContact.map((listing) => listing.slug)).toEqual(['email-only-booking', 'online-turn-up', 'fixture-referral-only']);
  });
});

describe('listing change dates from git', () => {
  const temp = mkdtempSync(join(tmpdir(), 'dashboard-no-git-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('gives each listing file its latest commit date, in UK time, from a date on', () => {
    // A repository of its own with fixed commit dates, so the test passes in an exported tree, a shallow clone or any year.
    const repo = join(temp, 'dated');
    mkdirSync(join(repo, 'listings'), { recursive: true });
    const commit = (date: string, files: Record<string, string>) => {
      for (const [name, text] of Object.entries(files)) writeFileSync(join(repo, 'listings', name), text);
      const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'add', '.'], { cwd: repo, stdio: 'pipe', env });
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', date], { cwd: repo, stdio: 'pipe', env });
    };
    execFileSync('git', ['init', '-q'], { cwd: repo, stdio: 'pipe' });
    commit('2026-10-01T12:00:00+01:00', { 'walkers.md': 'Walkers.\n', 'lunch-club.md': 'Lunch.\n' });
    commit('2026-11-03T09:00:00Z', { 'walkers.md': 'Walkers, on Tuesdays now.\n' });
    // 11.30pm UTC on 20 November is still 20 November in London (GMT in winter).
    commit('2026-11-20T23:30:00Z', { 'choir.md': 'Choir.\n' });
    const all = listingChangeDates(repo, 'listings', '2000-01-01');
    expect([...(all?.entries() ?? [])].sort()).toEqual([
      ['choir', { date: '2026-11-20', kind: 'added' }],
      ['lunch-club', { date: '2026-10-01', kind: 'added' }],
      ['walkers', { date: '2026-11-03', kind: 'edited' }],
    ]);
    expect([...(listingChangeDates(repo, 'listings', '2026-11-03')?.keys() ?? [])].sort()).toEqual(['choir', 'walkers']);
    expect(listingChangeDates(repo, 'listings', '2026-11-21')?.size).toBe(0);
  });

  it('tells a listing added from one edited, by the latest commit, and leaves deleted files out', () => {
    const repo = join(temp, 'repo');
    mkdirSync(join(repo, 'listings'), { recursive: true });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    const text = (name: string) => `---\ntitle: ${name}\n---\nA group called ${name}, with words of its own.\n`;
    for (const name of ['old-group', 'gone', 'renamed-from']) writeFileSync(join(repo, `listings/${name}.md`), text(name));
    git('add', '.');
    git('commit', '-qm', 'first');
    writeFileSync(join(repo, 'listings/old-group.md'), text('old group, edited'));
    writeFileSync(join(repo, 'listings/new-group.md'), 'Something quite different.');
    git('rm', '-q', 'listings/gone.md');
    git('mv', 'listings/renamed-from.md', 'listings/renamed-to.md');
    git('add', '.');
    git('commit', '-qm', 'second');
    const changes = listingChangeDates(repo, 'listings', '2000-01-01');
    expect([...(changes?.entries() ?? [])].map(([slug, change]) => [slug, change.kind]).sort()).toEqual([
      ['new-group', 'added'],
      ['old-group', 'edited'],
      ['renamed-to', 'edited'],
    ]);
  });

  it('gives undefined for a shallow clone, whose one commit would make every listing look new', () => {
    const repo = join(temp, 'repo');
    const shallow = join(temp, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'pipe' });
    expect(listingChangeDates(shallow, 'listings', '2000-01-01')).toBeUndefined();
  });

  it('gives undefined, quietly, outside a git repository or for a bad date', () => {
    expect(listingChangeDates(temp, 'content/listings', '2000-01-01')).toBeUndefined();
    expect(listingChangeDates(join(temp, 'not-there'), 'content/listings', '2000-01-01')).toBeUndefined();
    expect(listingChangeDates(join(temp, 'dated'), 'listings', 'yesterday')).toBeUndefined();
  });
});
