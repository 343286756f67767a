import { describe, expect, it } from 'vitest';
import { buildDirectory } from '../../src/data/build-directory.ts';
import { audienceFromEnv, viewForAudience } from '../../src/data/visibility.ts';
import type { ValidListing } from '../../src/reading/validation/check-content.ts';
import { describeCost, isLowCost } from '../../src/domain/cost.ts';
import { reviewState } from '../../src/domain/review.ts';
import { makeListingSchema, type ListingData } from '../../src/schemas/listing.ts';
import { loadSettings } from '../../src/reading/settings.ts';

const { taxonomies } = loadSettings(process.cwd(), 'tests/fixtures/good/content');
const schema = makeListingSchema(taxonomies);

function listing(overrides: Record<string, unknown> = {}, tree: 'content' | 'staff' = 'content'): ValidListing {
  const data = schema.parse({
    title: 'Test group',
    organisation: 'fixture-trust',
    summary: 'A test group.',
    kind: 'group',
    categories: ['social'],
    audiences: ['everyone'],
    sessions: [{ pattern: 'weekly', days: ['tue'], start: '10:00', end: '12:00', venue: 'fixture-hall' }],
    delivery: ['in-person'],
    joining: { method: 'turn-up' },
    review: { lastConfirmed: '2026-10-01' },
    staff: { notes: 'Staff only: the leader is away in December', fundingUntil: '2027-03-31' },
    ...overrides,
  });
  const visibility: ListingData['visibility'] = data.visibility ?? (tree === 'content' ? 'public' : 'referral-only');
  return { data: { ...data, visibility }, body: '', path: 'x.md', tree, photos: [] };
}

describe('what a build may see', () => {
  const referral = listing({ joining: { method: 'referral' }, staff: { referral: { method: 'phone-first' } } }, 'staff');

  it('the public build drops referral-only listings entirely', () => {
    expect(viewForAudience(referral, 'public')).toBeUndefined();
  });

  it('the public build strips every staff-only field from public listings', () => {
    const view = viewForAudience(listing(), 'public');
    expect(view).toBeDefined();
    expect(view?.data).not.toHaveProperty('staff');
    expect(view).not.toHaveProperty('staff');
    expect(JSON.stringify(view)).not.toContain('Staff only');
  });

  it('fails closed: a listing from the staff tree never reaches the public build, whatever it says', () => {
    expect(viewForAudience(listing({ visibility: 'public' }, 'staff'), 'public')).toBeUndefined();
  });

  it('the staff build sees everything, staff fields included', () => {
    expect(viewForAudience(referral, 'staff')?.data.visibility).toBe('referral-only');
    expect(viewForAudience(listing(), 'staff')?.staff?.info?.notes).toContain('Staff only');
  });

  it('builds a directory with only what the build may see', async () => {
    const { checkFixture } = await import('./good-fixture.ts');
    const content = checkFixture();
    const now = new Date('2026-11-21T12:00:00Z');
    const publicDirectory = buildDirectory(content, 'public', now);
    const staffDirectory = buildDirectory(content, 'staff', now);
    expect(publicDirectory.listings.map((item) => item.slug)).toEqual(['fixture-knit-and-natter', 'fixture-paused-walk']);
    expect(staffDirectory.listings.map((item) => item.slug).sort()).toEqual(['fixture-knit-and-natter', 'fixture-paused-walk', 'fixture-referral-hidden', 'fixture-referral-only']);
    expect(publicDirectory.organisations.map((item) => item.slug)).toEqual(['fixture-trust']);
    expect(publicDirectory.staffSettings).toBeUndefined();
    expect(staffDirectory.staffSettings?.title).toBe('Clay Country Connect for staff');
    for (const directory of [publicDirectory, staffDirectory]) {
      for (const item of directory.organisationsBySlug.values()) expect(item).not.toHaveProperty('editors');
      expect(directory.site).not.toHaveProperty('staff');
    }
  });

  it('anything but an explicit "staff" means the public build', () => {
    expect(audienceFromEnv(undefined)).toBe('public');
    expect(audienceFromEnv('Staff')).toBe('public');
    expect(audienceFromEnv('staff')).toBe('staff');
  });
});

describe('cost', () => {
  it('describes each kind of cost in plain words', () => {
    expect(describeCost(undefined)).toBe('Cost not given: ask the group');
    expect(describeCost({ type: 'free', helpAvailable: false })).toBe('Free');
    expect(describeCost({ type: 'donation', helpAvailable: false })).toBe('Pay what you can');
    expect(describeCost({ type: 'fee', amount: 2, per: 'session', helpAvailable: false })).toBe('£2 a session');
    expect(describeCost({ type: 'fee', amount: 2.5, per: 'session', helpAvailable: false })).toBe('£2.50 a session');
    expect(describeCost({ type: 'fee', amount: 30, per: 'term', helpAvailable: false })).toBe('£30 a term');
  });

  it('counts free, donation and cheap sessions as low cost, using the site threshold', () => {
    expect(isLowCost({ type: 'free', helpAvailable: false }, 5)).toBe(true);
    expect(isLowCost({ type: 'donation', helpAvailable: false }, 5)).toBe(true);
    expect(isLowCost({ type: 'fee', amount: 5, per: 'session', helpAvailable: false }, 5)).toBe(true);
    expect(isLowCost({ type: 'fee', amount: 5.5, per: 'session', helpAvailable: false }, 5)).toBe(false);
    expect(isLowCost({ type: 'fee', amount: 3, per: 'term', helpAvailable: false }, 5)).toBe(false);
    expect(isLowCost(undefined, 5)).toBe(false);
  });
});

describe('review state', () => {
  it('is current within the review interval, due after it, overdue after 12 months', () => {
    expect(reviewState('2026-06-01', '2026-11-30', 6)).toBe('current');
    expect(reviewState('2026-05-21', '2026-11-21', 6)).toBe('due');
    expect(reviewState('2025-12-01', '2026-11-21', 6)).toBe('due');
    expect(reviewState('2025-11-21', '2026-11-21', 6)).toBe('overdue');
    expect(reviewState('2024-01-01', '2026-11-21', 6)).toBe('overdue');
  });
});

describe('calendar warnings from the content checker', () => {
  it('warns about a skip date the session does not run on, and a pause whose restart date has passed', async () => {
    const { checkContent, formatProblem } = await import('../../src/reading/validation/check-content.ts');
    const { readContentTree } = await import('../../src/reading/content-source.ts');
    const tree = readContentTree(process.cwd(), 'tests/fixtures/good/content');
    const knit = tree.listings.find((file) => file.slug === 'fixture-knit-and-natter');
    const data = knit?.data as { sessions: { skipDates?: string[] }[] };
    data.sessions[0]!.skipDates = ['2026-12-22', '2026-12-23'];
    const { problems, content } = checkContent(tree, { today: '2027-03-05' });
    const lines = problems.map(formatProblem);
    expect(lines).toContain(
      'warning: tests/fixtures/good/content/listings/fixture-knit-and-natter.md: sessions[0].skipDates[1]: 2026-12-23 is not a day this session runs, so skipping it changes nothing; check the date',
    );
    expect(lines.some((line) => line.includes('skipDates[0]'))).toBe(false);
    expect(lines).toContain(
      'warning: tests/fixtures/good/content/listings/fixture-paused-walk.md: status.until: 2027-03-01 has passed, so the site now shows it as running again; if it has restarted, change state to running, or give the new date',
    );
    expect(content).toBeDefined();
  });
});
