import { expect, test } from '@playwright/test';
import { firstWhere } from './content.ts';
import { patternText } from '../../src/domain/card.ts';
import { describeTime } from '../../src/domain/schedule-text.ts';

test('home → category → listing answers what, when, where and who to call', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Find something to do/);
  await expect(page.getByText('Example data.', { exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Walking', exact: true }).click();
  await expect(page).toHaveURL(/\/categories\/walking\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Walking');
  const first = page.locator('.listing-card h2 a').first();
  const title = (await first.textContent())?.trim() ?? '';
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  for (const heading of ['What happens', 'Going for the first time', 'When', 'Contact', "Who it's for"]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText(/Last confirmed \d+ \w+ \d{4}/)).toBeVisible();
});

test('a listing shows its phone number first as a tel: link, and the next dates', async ({ page }) => {
  const listing = firstWhere(
    (listing) => Boolean(listing.data.contact.phone) && !listing.paused && !listing.closed && listing.nextDates.length === 3 && listing.data.sessions.some((session) => session.pattern === 'weekly'),
  );
  await page.goto(`/listings/${listing.slug}/`);
  const tel = page.locator('.key-facts a[href^="tel:"]');
  await expect(tel).toHaveAttribute('href', /^tel:\+44\d{9,10}$/);
  await expect(page.getByRole('heading', { name: 'Next dates' })).toBeVisible();
  await expect(page.locator('#when-heading ~ ul').last().locator('li')).toHaveCount(3);
});

test('a paused listing says so at the top', async ({ page }) => {
  const listing = firstWhere((listing) => listing.paused);
  await page.goto(`/listings/${listing.slug}/`);
  const banner = page.locator('.status-banner');
  await expect(banner).toContainText('Paused');
  const bannerBox = await banner.boundingBox();
  const whatBox = await page.getByRole('heading', { name: 'What happens' }).boundingBox();
  expect(bannerBox && whatBox && bannerBox.y < whatBox.y).toBe(true);
});

test('the venue has an OpenStreetMap link and access details', async ({ page }) => {
  const listing = firstWhere((listing) => listing.venues.length > 0);
  await page.goto(`/listings/${listing.slug}/`);
  await expect(page.locator('a[href^="https://www.openstreetmap.org/?mlat="]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Access' }).first()).toBeVisible();
});

test('keyboard: the skip link is first and moves focus to the main content', async ({ page }) => {
  await page.goto('/a-z/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(focused).toBe(true);
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/listings/no-such-group/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/can't find that page/);
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
});

test('"This week" lists each occasion as the compact listing card: time that day, usual pattern, where, cost, how to join, phone', async ({ page }) => {
  const listing = firstWhere((listing) => listing.thisWeek.length > 0 && Boolean(listing.data.contact.phone) && listing.banner === undefined);
  const occasion = listing.thisWeek[0]!;
  const session = listing.data.sessions[occasion.sessionIndex]!;
  await page.goto('/this-week/');
  const day = page.locator(`section.week-day:has(h2#day-${occasion.date})`);
  const card = day.locator('li.listing-card--compact', { has: page.locator(`h3 a[href="/listings/${listing.slug}/"]`) });
  await expect(card).toHaveCount(1);
  await expect(card.locator('dt:text-is("Time") + dd')).toHaveText(describeTime(session.start, session.end));
  await expect(card.locator('dt:text-is("Usually") + dd')).toHaveText(patternText(listing));
  await expect(card.locator('dt:text-is("Where") + dd')).toHaveText(listing.where);
  await expect(card.locator('dt:text-is("Cost") + dd')).toContainText(listing.costText);
  await expect(card.locator('dt:text-is("How to join") + dd')).not.toBeEmpty();
  await expect(card.locator('a[href^="tel:"]')).toHaveText(listing.data.contact.phone!);

  // The home page shows today and tomorrow in the same card, a few each, and links to the rest.
  await page.goto('/');
  await expect(page.locator('section.week-day')).toHaveCount(2);
  await expect(page.locator('section.week-day li.listing-card--compact h4 a').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'See everything happening this week' })).toBeVisible();
});
