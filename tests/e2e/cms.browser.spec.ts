// The public admin, driven in a real browser: Decap CMS on the public build's /admin/, saving
// through decap-server (git mode, so the review workflow runs) into a sandbox copy of the content.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CMS_SANDBOX } from '../../playwright.config.ts';
import { loadDirectory } from '../../src/data/build-directory.ts';
import { routeData } from '../../src/domain/routes.ts';
import { WCAG } from './axe.ts';
import { choose, field, localToday, openAdmin, sandboxContent, saveAndPublish } from './cms-helpers.ts';

test.describe.configure({ mode: 'serial' });

const sandboxed = () => sandboxContent(CMS_SANDBOX);
const original = sandboxed().content;

/** Every path at which two values differ. */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], at ? `${at}.${key}` : key));
  }
  return Object.is(a, b) ? [] : [at];
}

test('a group changes a session time and confirms the listing is still correct, and the edit is reviewed and published', async ({ page }) => {
  const before = original?.listings.get('bugle-walkers');
  expect(before?.data.sessions[0]?.start).toBe('10:00');
  await openAdmin(page, '/collections/listings/entries/bugle-walkers');
  await page.getByLabel('Start time', { exact: true }).first().fill('9:30am');
  await page.getByRole('button', { name: 'Set lastConfirmed to now' }).click();
  await saveAndPublish(page);

  const after = sandboxed();
  expect(after.errors).toEqual([]);
  const listing = after.content?.listings.get('bugle-walkers');
  expect(differences(before?.data, listing?.data).sort()).toEqual(['review.lastConfirmed', 'sessions.0.start']);
  expect(listing?.data.sessions[0]?.start).toBe('09:30');
  expect(listing?.data.review.lastConfirmed).toBe(localToday());
  expect(listing?.body.trim()).toBe(before?.body.trim());
});

/** A sample of real listings that use the trickiest fields: skip dates, photos, monthly and course sessions, several sessions, a long body. */
function sampleListings(): string[] {
  const listings = [...(original?.listings.entries() ?? [])].filter(([, listing]) => listing.tree === 'content' && listing.data.title !== 'Bugle Walkers');
  const pick = (test: (listing: (typeof listings)[number][1]) => boolean) => listings.find(([, listing]) => test(listing))?.[0];
  const chosen = [
    pick((listing) => listing.data.sessions.some((session) => session.skipDates.length > 0)),
    pick((listing) => listing.data.photos.length > 0),
    pick((listing) => listing.data.sessions.some((session) => session.pattern === 'monthly')),
    pick((listing) => listing.data.sessions.some((session) => session.pattern === 'course')),
    pick((listing) => listing.data.sessions.length > 1),
    pick((listing) => listing.body.length > 600),
  ];
  const picked = new Set(chosen.filter((slug): slug is string => Boolean(slug)));
  for (const [slug] of listings) if (picked.size < 6) picked.add(slug);
  return [...picked];
}

test('opening and saving real listings through the admin changes nothing they mean', async ({ page }) => {
  test.setTimeout(240_000);
  const sample = sampleListings();
  expect(sample.length).toBe(6);
  for (const slug of sample) {
    await openAdmin(page, `/collections/listings/entries/${slug}`);
    await expect(field(page, 'What is it? Name of the group or activity')).toHaveValue(original?.listings.get(slug)?.data.title ?? '');
    // Decap saves only a changed entry: add a space at the end of the summary, which the checker
    // trims, so the file is written again by Decap with nothing changed in what it means.
    const summary = field(page, 'In one line, what is it?');
    await summary.press('End');
    await summary.pressSequentially(' ');
    await saveAndPublish(page);
  }
  const after = sandboxed();
  expect(after.errors).toEqual([]);
  for (const slug of sample) {
    const before = original?.listings.get(slug);
    const now = after.content?.listings.get(slug);
    expect(differences(before?.data, now?.data), slug).toEqual([]);
    expect(now?.body.trim(), slug).toBe(before?.body.trim());
  }
});

test('a time the checker would refuse is refused in the form, in the checker’s words', async ({ page }) => {
  await openAdmin(page, '/collections/listings/entries/bugle-walkers');
  await page.getByLabel('Start time', { exact: true }).first().fill('10ish');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('This is not a time; write it like 10:00 or 10am')).toBeVisible();
});

test('a group adds a new venue and a new listing that meets there; the directory builds with it', async ({ page }) => {
  await openAdmin(page, '/collections/venues/new');
  await field(page, 'What is the place? Name').fill('Carclaze Community Room');
  await choose(page, 'Listed under which town or village', 'St Austell');
  await field(page, 'Town or village').fill('St Austell');
  await field(page, 'Postcode').fill('pl25 4xx');
  await field(page, 'Map point: latitude (like 50.3392)').fill('50.3421');
  await field(page, 'Map point: longitude (like -4.7935)').fill('-4.7842');
  await saveAndPublish(page);

  await openAdmin(page, '/collections/listings/new');
  await field(page, 'What is it? Name of the group or activity').fill('Carclaze Cuppa Club');
  await field(page, 'In one line, what is it?').fill('A friendly cup of tea and a chat on Wednesday afternoons.');
  await choose(page, 'Who runs it', 'Clay Country Community Trust', 'Community Trust');
  await choose(page, 'What sort of thing is it?', 'Regular group or activity');
  await choose(page, 'What is it about?', 'Social groups and clubs');
  await choose(page, 'Who is it for? Tick all that fit', 'Everyone');
  await page.getByRole('button', { name: 'Add a time it runs' }).click();
  await page.getByRole('menuitem', { name: 'Every week' }).click();
  await choose(page, 'Which days', 'Wednesday');
  await field(page, 'Start time').fill('2pm');
  await field(page, 'End time').fill('3:30pm');
  await choose(page, 'Where (the venue)', 'Carclaze Community Room, St Austell', 'Carclaze');
  await choose(page, 'Where? How it runs', 'In person');
  await choose(page, 'How do people join?', 'Just turn up');
  await page.getByRole('button', { name: 'Set lastConfirmed to now' }).click();
  await saveAndPublish(page);

  const after = sandboxed();
  expect(after.errors).toEqual([]);
  const listing = after.content?.listings.get('carclaze-cuppa-club');
  expect(listing?.data.sessions[0]).toMatchObject({ pattern: 'weekly', days: ['wed'], start: '14:00', end: '15:30', venue: 'carclaze-community-room' });
  expect(after.content?.venues.get('carclaze-community-room')?.data.address.postcode).toBe('PL25 4XX');
  // The build's own pure function makes the directory with it, and it is on the A to Z and its day.
  const { directory } = loadDirectory(CMS_SANDBOX, { contentDir: 'content', staffDir: 'content-staff' }, 'public', new Date());
  const shown = directory?.listings.find((item) => item.slug === 'carclaze-cuppa-club');
  expect(shown?.where).toContain('Carclaze Community Room');
  const routes = routeData(directory?.listings ?? [], directory?.taxonomies ?? original!.taxonomies);
  expect(JSON.stringify(routes)).toContain('carclaze-cuppa-club');
});

test('the public admin shows no staff collection, no staff field and no referral-only listing', async ({ page }) => {
  await openAdmin(page, '/collections/listings');
  await expect(page.getByRole('link', { name: 'Listings' })).toBeVisible();
  const collections = await page.locator('nav a, aside a').allTextContents();
  expect(collections.join(' ')).not.toMatch(/staff|referral/i);
  await expect(page.getByText('Bugle Walkers')).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/Debt Casework|Link Worker Appointments|Staff information|listing-staff|content-staff/);
  await page.goto('/admin/#/collections/listings/entries/bugle-walkers');
  await expect(page.getByLabel('Start time', { exact: true }).first()).toBeVisible();
  const labels = await page.locator('label').allTextContents();
  expect(labels.length).toBeGreaterThan(30);
  expect(labels.join(' | ')).not.toMatch(/staff|referral|editors/i);
});

test('axe on the admin, for information only (Decap CMS’s markup is not ours)', async ({ page }) => {
  await openAdmin(page, '/collections/listings/entries/bugle-walkers');
  await expect(page.getByLabel('Start time', { exact: true }).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`).join(', ');
  test.info().annotations.push({ type: 'axe violations in the admin', description: `${results.violations.length}: ${summary}` });
  console.log(`axe on /admin/ (a listing open): ${results.violations.length} violations: ${summary}`);
});
