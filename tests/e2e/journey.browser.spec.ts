import { expect, test } from '@playwright/test';
import { firstWhere, publicDirectory, publicListings } from './content.ts';
import { listed, townIds } from '../../src/domain/browse.ts';
import { happeningThisWeek, isEveryWeekdayAllDay } from '../../src/domain/this-week.ts';
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

test('the venue has an OpenStreetMap link, directions to it, and access details', async ({ page }) => {
  const listing = firstWhere((listing) => listing.venues.length > 0 && Boolean(listing.venues[0]?.venue.gettingThere.bus));
  const { venue } = listing.venues[0]!;
  await page.goto(`/listings/${listing.slug}/`);
  await expect(page.locator('a[href^="https://www.openstreetmap.org/?mlat="]').first()).toBeVisible();
  const directions = page.getByRole('link', { name: `Get directions to ${venue.name} (OpenStreetMap)` }).first();
  await expect(directions).toHaveAttribute('href', `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`;${venue.lat},${venue.lng}`)}`);
  // The bus is next to it, under "Getting there".
  await expect(page.locator('.venue dt:text-is("Bus") + dd').first()).toHaveText(venue.gettingThere.bus!);
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
  // One listed day by day (services open all day every weekday are listed once, apart).
  const listing = firstWhere(
    (listing) => listing.thisWeek.length > 0 && !isEveryWeekdayAllDay(listing.data.sessions[listing.thisWeek[0]!.sessionIndex]!) && Boolean(listing.data.contact.phone) && listing.banner === undefined,
  );
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

test.describe('"This week" on a phone, with JavaScript off', () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const week = happeningThisWeek(listed(publicListings));
  const items = [...week.days.flatMap((day) => day.items), ...week.everyWeekday];

  test('filters by cost and town, lists all-day weekday services once, and is near the top of the home page', async ({ page }) => {
    await page.goto('/this-week/');
    const visibleSlugs = async () => (await page.locator('.week-item:visible h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).sort();
    const slugsOf = (chosen: typeof items) => chosen.map((item) => `/listings/${item.listing.slug}/`).sort();
    await expect(page.locator('.week-item')).toHaveCount(items.length);

    // Open every weekday: listed once, under its own heading, and on no day.
    const every = page.locator('section.week-every-weekday .week-item h3 a');
    await expect(every).toHaveCount(week.everyWeekday.length);
    for (const item of week.everyWeekday) await expect(page.locator(`section.week-day a[href="/listings/${item.listing.slug}/"]`)).toHaveCount(0);

    await page.getByText('Filter by cost or town').click();
    await page.locator('label[for="wf-cost-free"]').click();
    expect(await visibleSlugs()).toEqual(slugsOf(items.filter((item) => item.listing.free)));
    await page.locator('label[for="wf-town-par"]').click();
    const freeInPar = items.filter((item) => item.listing.free && townIds(item.listing).includes('par'));
    expect(freeInPar.length).toBeGreaterThan(0);
    expect(await visibleSlugs()).toEqual(slugsOf(freeInPar));
    // Days with nothing left are hidden.
    const daysLeft = week.days.filter((day) => day.items.some((item) => freeInPar.includes(item))).length + (week.everyWeekday.some((item) => freeInPar.includes(item)) ? 1 : 0);
    await expect(page.locator('.week-section:visible')).toHaveCount(daysLeft);
    await expect(page.locator('.week-none')).toBeHidden();

    // A town with nothing free this week says so.
    const town = publicDirectory.taxonomies.areas.find(
      (area) => items.some((item) => townIds(item.listing).includes(area.id)) && !items.some((item) => item.listing.free && townIds(item.listing).includes(area.id)),
    );
    if (town) {
      await page.locator(`label[for="wf-town-${town.id}"]`).click();
      await expect(page.locator('.week-none')).toBeVisible();
      await expect(page.locator('.week-item:visible')).toHaveCount(0);
    }
    await page.locator('label[for="wf-cost-any"]').click();
    await page.locator('label[for="wf-town-any"]').click();
    await expect(page.locator('.week-item:visible')).toHaveCount(items.length);

    // The home page: "Happening today and tomorrow" comes before the browse lists, within the first screen and a half.
    await page.goto('/');
    const heading = page.getByRole('heading', { name: 'Happening today and tomorrow' });
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(844 * 1.5);
    const browse = await page.getByRole('heading', { name: 'Browse by type of activity' }).evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(browse);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'This week' })).toBeVisible();
  });
});
