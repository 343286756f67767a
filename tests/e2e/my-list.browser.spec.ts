// "My list": the shortlist kept in the browser only. Added from listing pages and search results,
// reordered, noted, printed as a one-page card, copied as text, sent as a text message, cleared.
import { expect, test, type Page, type Request } from '@playwright/test';
import { listed } from '../../src/domain/browse.ts';
import type { ListingView } from '../../src/domain/listing-view.ts';
import { MY_LIST_KEY } from '../../src/outputs/my-list/store.ts';
import { expectNoAxeViolations } from './axe.ts';
import { publicListings } from './content.ts';
import { flat, printed } from './print-helpers.ts';

const NOTE = 'Ring Jan on Monday about a lift';
const NEXT_STEP = 'Go to the first session with Sue';

/** Three running listings with a phone and a venue, of ordinary length. */
const three: ListingView[] = listed(publicListings)
  .filter((listing) => !listing.paused && listing.banner === undefined && listing.data.contact.phone && listing.venues.length === 1 && listing.schedule.length === 1)
  .slice(0, 3);

async function openMyList(page: Page, count: number) {
  await page.goto('/my-list/');
  await expect(page.locator('.my-list-item')).toHaveCount(count);
  await expect(page.locator('.my-list-item .paper-facts')).toHaveCount(count);
}

const titles = (page: Page) => page.locator('.my-list-item h2').allTextContents();

test('add from listing pages, reorder, note, remove, keep after a reload, clear; nothing is sent anywhere', async ({ page }) => {
  expect(three).toHaveLength(3);
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  for (const listing of three) {
    await page.goto(`/listings/${listing.slug}/`);
    await page.getByRole('button', { name: 'Add to my list' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added to your list.' })).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Remove from my list' })).toBeVisible();
  await openMyList(page, 3);
  expect(await titles(page)).toEqual(three.map((listing) => listing.data.title));

  // Reorder from the keyboard: the focus stays on the button pressed as its item moves.
  const [first, second, third] = three.map((listing) => listing.data.title);
  const down = page.getByRole('button', { name: `Move down: ${first}` });
  await down.focus();
  await page.keyboard.press('Enter');
  expect(await titles(page)).toEqual([second, first, third]);
  await expect(down).toBeFocused();
  await page.getByRole('button', { name: `Move up: ${third}` }).click();
  expect(await titles(page)).toEqual([second, third, first]);

  await page.getByLabel('Your note for this activity').nth(2).fill(NOTE);
  await page.getByLabel('My next step').fill(NEXT_STEP);
  await page.reload();
  await openMyList(page, 3);
  expect(await titles(page)).toEqual([second, third, first]);
  await expect(page.getByLabel('Your note for this activity').nth(2)).toHaveValue(NOTE);
  await expect(page.getByLabel('My next step')).toHaveValue(NEXT_STEP);

  await page.getByRole('button', { name: `Remove: ${third}` }).click();
  expect(await titles(page)).toEqual([second, first]);

  // Nothing carried the list: no request sent data, and no address or header holds a note or the list.
  expect(requests.filter((request) => request.method() !== 'GET')).toEqual([]);
  for (const request of requests) {
    const sent = `${request.url()} ${JSON.stringify(await request.allHeaders())}`;
    expect(sent).not.toContain('Jan');
    expect(sent).not.toContain(MY_LIST_KEY);
    expect(new URL(request.url()).search).toBe('');
  }

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Clear my list' }).click();
  await expect(page.getByText('Your list is empty.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Your list is empty.')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), MY_LIST_KEY)).toBeNull();
});

test.describe('with three activities on the list', () => {
  test.beforeEach(async ({ page }) => {
    const list = { items: three.map((listing, index) => ({ slug: listing.slug, title: listing.data.title, note: index === 1 ? NOTE : '' })), nextStep: NEXT_STEP };
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key ?? '', value ?? ''), [MY_LIST_KEY, JSON.stringify(list)]);
  });

  test('it prints as a one-page card with each day and time, place, cost, phone, what to expect and the note, and QR codes when asked', async ({ page }) => {
    await openMyList(page, 3);
    await page.getByLabel(/Print a QR code/).check();
    await expect(page.locator('.my-list-qr svg')).toHaveCount(3);
    const pages = await printed(page);
    expect(pages).toHaveLength(1);
    const text = flat(pages[0] ?? '');
    for (const listing of three) {
      expect(text).toContain(listing.data.title);
      expect(text).toContain(listing.schedule[0]?.text ?? 'a time');
      expect(text).toContain(listing.data.contact.phone ?? 'a phone');
      expect(text).toContain(listing.costText);
      expect(text).toContain(listing.venues[0]?.venue.address.town ?? 'a town');
    }
    expect(text).toContain(`Note: ${NOTE}`);
    expect(text).toContain(NEXT_STEP);
    expect(text).toContain('Printed on 1 December 2026 from directory.example.org');
    expect(text).not.toMatch(/Move up|Move down|Remove|Your note for this activity|Clear my list|Copy as text|Where your list is kept/);
  });

  test('"Copy as text" and "Send as a text message" carry every activity, its phone and the note', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openMyList(page, 3);
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your list is copied as text' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const href = (await page.getByRole('link', { name: 'Send as a text message' }).getAttribute('href')) ?? '';
    expect(href.startsWith('sms:?&body=')).toBe(true);
    const sms = decodeURIComponent(href.slice('sms:?&body='.length));
    expect(sms).toBe(copied);
    for (const listing of three) {
      expect(copied).toContain(listing.data.title);
      expect(copied).toContain(listing.data.contact.phone ?? 'a phone');
      expect(copied).toContain(`directory.example.org/listings/${listing.slug}/`);
    }
    expect(copied).toContain(`Note: ${NOTE}`);
    expect(copied).toContain(`My next step: ${NEXT_STEP}`);
  });

  test('the My list page with items passes axe at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openMyList(page, 3);
    await expectNoAxeViolations(page);
  });
});

test('search results have "Add to my list" too, and the list page shows what was added', async ({ page }) => {
  await page.goto('/search/?q=walk');
  const firstResult = page.locator('.search-results > li').first();
  const title = (await firstResult.locator('h3').textContent()) ?? '';
  await firstResult.getByRole('button', { name: `Add to my list: ${title}` }).click();
  await expect(firstResult.getByRole('button', { name: `Remove from my list: ${title}` })).toBeVisible();
  await openMyList(page, 1);
  expect(await titles(page)).toEqual([title]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a listing page offers "print this page" instead of the button', async ({ page }) => {
    const listing = three[0];
    await page.goto(`/listings/${listing?.slug}/`);
    await expect(page.getByRole('button', { name: 'Add to my list' })).toBeHidden();
    // (getByText skips <noscript>, so find the hint by its place.)
    await expect(page.locator('[data-my-list-add] noscript .my-list-hint')).toBeVisible();
    await expect(page.locator('[data-my-list-add] noscript .my-list-hint')).toContainText('To keep these details, print this page');
  });
});
