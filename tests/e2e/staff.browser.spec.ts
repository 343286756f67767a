import { expectNoAxeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { byTitle } from '../../src/domain/listing-view.ts';
import { loadDirectoryOffline } from '../../src/data/offline-directory.ts';
import { listed } from '../../src/domain/browse.ts';
import type { SearchIndexWire } from '../../src/outputs/search/record.ts';
import { readFileSync } from 'node:fs';
import { flat, openPaged, printed } from './print-helpers.ts';

// The staff build (dist-staff/), served behind the login by scripts/serve-staff.ts. Expectations
// come from the example content read through the same code the build uses, as a staff build sees it.
// The build's own "now", so the test and the build agree on dates even around midnight.
const builtAt = (JSON.parse(readFileSync('dist-staff/search-index.json', 'utf8')) as SearchIndexWire).builtAt;
const { listings } = loadDirectoryOffline(process.cwd(), 'content', { audience: 'staff', now: new Date(builtAt) });
const open = listed(listings);
const takingReferrals = open.filter((listing) => listing.staff?.takesReferralsNow);
const referralOnlyTaking = takingReferrals.filter((listing) => listing.staff?.referralOnly && (listing.staff.referral?.steps.length ?? 0) > 1);
const stale = open.filter((listing) => listing.review.state !== 'current').sort((a, b) => a.data.review.lastConfirmed.localeCompare(b.data.review.lastConfirmed) || byTitle(a, b));
const chosen = referralOnlyTaking[0];
if (!chosen?.staff?.referral) throw new Error('The example content needs a referral-only listing that takes referrals now and has referral steps');
const steps = chosen.staff.referral.steps;

const status = (page: Page) => page.locator('p.result-count');
const SETTLED = { timeout: 15_000 };

test('without the login the staff site answers 401 and shows nothing', async ({ baseURL }) => {
  // Plain fetch: Playwright's own request contexts would sign in with the project's login.
  const response = await fetch(`${baseURL}/listings/${chosen.slug}/`);
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
  expect(await response.text()).not.toContain(chosen.data.title);
});

test('every page says it is the staff version and must not be indexed', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['x-robots-tag']).toMatch(/noindex/);
  await expect(page.getByRole('region', { name: 'Staff version' })).toContainText('must not be shared with the public');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const robots = await page.request.get('/robots.txt');
  expect(await robots.text()).toBe('User-agent: *\nDisallow: /\n');
});

test('a link worker finds a referral-only service by searching, and reads how to refer', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent(chosen.data.title)}`);
  await expect(status(page)).toContainText('match', SETTLED);
  const card = page.locator('ol.search-results > li').filter({ has: page.getByRole('link', { name: chosen.data.title, exact: true }) });
  await expect(card).toContainText('Referral only: not shown to the public');
  await card.getByRole('link', { name: chosen.data.title, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chosen.data.title);
  await expect(page.getByText('Referral only: not shown to the public').first()).toBeVisible();
  const forStaff = page.getByRole('region', { name: 'For staff' });
  await expect(forStaff).toBeVisible();
  await expect(forStaff.locator('ol.staff-steps > li')).toHaveText(steps);
  await expect(forStaff).toContainText(`Method: ${chosen.staff?.referral?.method}`);
  await expect(forStaff.locator('.review-status')).toContainText(`Review: ${chosen.review.label}.`);
});

test('the "Takes referrals now" filter finds exactly the services taking referrals, referral-only ones included', async ({ page }) => {
  await page.goto('/search/');
  await expect(status(page)).not.toHaveText('', SETTLED);
  await page.getByRole('group', { name: 'Referrals (staff)' }).getByLabel('Takes referrals now').check();
  await expect(page).toHaveURL(/[?&]referral=takes-referrals/);
  await expect(status(page)).toContainText(`${takingReferrals.length} listings, filtered by: Takes referrals now`, SETTLED);
  const cards = page.locator('ol.search-results > li');
  await expect(cards).toHaveCount(Math.min(takingReferrals.length, 30));
  await expect(cards.filter({ hasNotText: 'Takes referrals now' })).toHaveCount(0);
  await expect(cards.getByRole('link', { name: chosen.data.title, exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the dashboard lists the listings due for review, oldest first, with who to contact', async ({ page }) => {
  expect(stale.length).toBeGreaterThan(2);
  await page.goto('/dashboard/');
  const review = page.getByRole('region', { name: 'Review due' });
  await expect(review.locator('li.dash-item h3')).toHaveText(stale.map((listing) => listing.data.title));
  const oldest = review.locator('li.dash-item').first();
  await expect(oldest).toHaveClass(/dash-item--overdue/);
  await expect(oldest).toContainText('Overdue');
  await expect(oldest).toContainText(stale[0]!.organisation.name);
  await expectNoAxeViolations(page);
});

test('the gaps grid narrows to young people aged 16 to 25 and links each count to the search', async ({ page }) => {
  await page.goto('/dashboard/gaps/');
  await page.getByRole('navigation', { name: 'Show gaps for' }).getByRole('link', { name: 'Young people aged 16 to 25' }).click();
  await expect(page).toHaveURL(/\/dashboard\/gaps\/young-people\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gaps: Young people aged 16 to 25');
  const grid = page.getByRole('table', { name: /by type of activity/ });
  await expect(grid.locator('td.gap-empty').first()).toBeVisible();
  const firstCount = grid.locator('td a').first();
  const href = await firstCount.getAttribute('href');
  expect(href).toMatch(/^\/search\/\?category=[a-z-]+&town=[a-z-]+&for=young-people$/);
  await expectNoAxeViolations(page);

  // A number opens the search for that cell, which finds exactly that many listings.
  const dayTime = page.getByRole('table', { name: /by day/ });
  const cell = dayTime.locator('td a').first();
  const count = Number(await cell.textContent());
  await cell.click();
  await expect(page).toHaveURL(/\/search\/\?day=[a-z]+&time=[a-z]+&for=young-people$/);
  await expect(status(page)).toContainText(`${count} ${count === 1 ? 'listing' : 'listings'}, filtered by:`, SETTLED);
});

test.describe('staff pages pass axe at phone and desktop widths', () => {
  for (const width of [320, 1280]) {
    for (const path of ['/', `/listings/${chosen.slug}/`, '/dashboard/', '/dashboard/gaps/young-people/', '/search/?referral=referral-only']) {
      test(`${path} at ${width}px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the referral-only filter still narrows the full list', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#f-referral-referral-only').check();
    const referralOnly = open.filter((listing) => listing.staff?.referralOnly);
    await expect(page.locator('ol.nojs-results > li:visible')).toHaveCount(referralOnly.length);
    await expect(page.locator('ol.nojs-results > li:visible').filter({ hasNotText: 'Referral only: not shown to the public' })).toHaveCount(0);
  });
});

test('a printed staff page says "Staff copy: do not share" at the top and in the footer of every page', async ({ page }) => {
  await page.goto('/dashboard/');
  const pages = await printed(page);
  expect(flat(pages[0] ?? '')).toContain('Staff version: do not share.');
  for (const text of pages) expect(flat(text)).toContain(`Staff copy: do not share. Printed on 1 December 2026 from the staff directory.`);
});

test('the staff booklet holds referral-only services and says "Staff copy: do not share" on its cover and every page', async ({ page }) => {
  const referral = open.find((listing) => listing.staff?.referralOnly && !listing.paused && listing.venues.length > 0);
  const town = referral?.areas[0];
  if (!referral || !town) throw new Error('The example content needs a running referral-only listing at a venue');
  await openPaged(page, `/print/towns/${town.id}/`);
  const pages = (await printed(page)).map(flat);
  expect(pages[0]).toContain('Staff copy: do not share. This booklet includes referral-only services.');
  for (const text of pages) expect(text).toContain('Staff copy: do not share. Printed on 1 December 2026 from the staff directory.');
  expect(pages.join(' ')).toContain(referral.data.title);
});
