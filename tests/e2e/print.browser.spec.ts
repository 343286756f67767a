// Every page prints well: printed in Chromium (page.pdf) and read back with pdftotext.
import { expect, test } from '@playwright/test';
import { listed } from '../../src/domain/browse.ts';
import { paperEntry, paperLength } from '../../src/domain/paper-entry.ts';
import { firstWhere, publicListings } from './content.ts';
import { flat, printed } from './print-helpers.ts';

const FOOTER = 'Printed on 1 December 2026 from directory.example.org. Check before you go: details can change.';
const SITE = 'https://directory.example.org';
const NAVIGATION = /Skip to main content|Who it's for\s+A to Z|Search for an activity|Suggest a change|Do you run this group/;

test('a listing prints as a one-page flyer: large title, when, where and the bus, cost, phone, what to expect and its web address', async ({ page }) => {
  // The longest listings, which are the hardest to fit on one page, and one with a bus route and a number for the day.
  const running = listed(publicListings).filter((listing) => !listing.paused);
  const longest = [...running].sort((a, b) => paperLength(paperEntry(b, SITE)) - paperLength(paperEntry(a, SITE))).slice(0, 3);
  const withBus = running.find((listing) => listing.data.contact.onTheDayPhone && listing.venues.some((ref) => ref.venue.gettingThere.bus));
  for (const listing of [...longest, ...(withBus ? [withBus] : [])]) {
    await page.goto(`/listings/${listing.slug}/`);
    const pages = await printed(page);
    expect(pages.length, `${listing.slug} prints on one page`).toBe(1);
    const text = flat(pages[0] ?? '');
    expect(text).toContain(listing.data.title);
    expect(text).toContain(listing.schedule[0]?.text ?? 'By arrangement');
    expect(text).toContain(listing.data.contact.phone ?? 'a phone');
    expect(text).toContain(listing.costText);
    expect(text).toContain(`directory.example.org/listings/${listing.slug}/`);
    expect(text).toContain(FOOTER);
    expect(text).not.toMatch(NAVIGATION);
    for (const { venue } of listing.venues) if (venue.gettingThere.bus) expect(text).toContain(`Bus: ${venue.gettingThere.bus}`.replace(/\s+/g, ' '));
    if (listing.data.contact.onTheDayPhone) expect(text).toContain(`ring ${listing.data.contact.onTheDayPhone}`);
    if (listing.data.welcome.firstVisit) expect(text).toContain('What to expect');
    await expect(page.locator('.flyer-qr svg[role="img"]')).toHaveCount(1);
  }
});

test('a long page runs on without half-empty pages, with its address at the top and the footer on every page', async ({ page }) => {
  // A paused listing prints its whole page (there is no flyer for something not running).
  const listing = firstWhere((item) => item.paused && Boolean(item.data.contact.phone));
  await page.goto(`/listings/${listing.slug}/`);
  const pages = await printed(page);
  expect(pages.length).toBeLessThanOrEqual(3);
  const lines = pages.map((text) => text.split('\n').filter((line) => line.trim()).length);
  for (const count of lines.slice(0, -1)) expect(count, `lines on each printed page: ${lines.join(', ')}`).toBeGreaterThan(18);
  expect(pages[0]).toContain(`directory.example.org/listings/${listing.slug}/`);
  for (const text of pages) expect(flat(text)).toContain(FOOTER);
  const all = flat(pages.join('\n'));
  expect(all).toContain(listing.data.contact.phone ?? 'a phone');
  expect(all).toContain('Paused');
  expect(all).not.toMatch(/Skip to main content|Who it's for\s+A to Z|Search for an activity/);
});

test('"Print all results" prints every match, not the first 30, with the phone numbers and the search written at the top', async ({ page }) => {
  const results = page.locator('.search-results > li');
  // A word most listings match (they are tagged "feeling lonely"), so there are more than 30 results.
  await page.goto('/search/?q=lonely');
  await expect(results).toHaveCount(30);
  const count = Number((await page.locator('.print-search').textContent())?.match(/(\d+) listings/)?.[1]);
  expect(count).toBeGreaterThan(30);
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: `Print all ${count} results` }).click();
  await expect(results).toHaveCount(count);
  const cards = await results.evaluateAll((items) => items.map((item) => ({ title: item.querySelector('h3')?.textContent ?? '', phone: item.querySelector('.card-phone')?.textContent ?? '' })));
  const check = (text: string) => {
    expect(text).toContain(`Search results: “lonely”. ${count} listings.`);
    for (const { title, phone } of cards) {
      expect(text).toContain(title);
      if (phone) expect(text).toContain(phone);
    }
    expect(text).not.toMatch(/Show \d+ more|Clear all filters|Skip to the results|Print all|Filters/);
    expect(text).toContain(FOOTER);
  };
  check(flat((await printed(page)).join('\n')));
  // Printing from the browser's own menu (no button) prints them all too.
  // A word most listings match (they are tagged "feeling lonely"), so there are more than 30 results.
  await page.goto('/search/?q=lonely');
  await expect(results).toHaveCount(30);
  check(flat((await printed(page)).join('\n')));
  // Filters are written out at the top.
  await page.goto('/search/?q=lonely&day=tue&cost=free');
  await expect(results.first()).toBeVisible();
  expect(flat((await printed(page)).join('\n'))).toMatch(/Search results: “lonely” · Free · Tuesday\. \d+ listings?\./);
});
