// The printed booklet (/print/): laid out by Paged.js, printed by Chromium (page.pdf) and read back
// with pdftotext. What it should hold comes from the build's own rules (src/domain/booklet.ts).
import { expect, test } from '@playwright/test';
import { bookletListings, bookletPath, bookletScopes, type BookletScope } from '../../src/domain/booklet.ts';
import { listed, townIds } from '../../src/domain/browse.ts';
import type { ListingView } from '../../src/domain/listing-view.ts';
import { publicDirectory, publicListings } from './content.ts';
import { expectNoAxeViolations } from './axe.ts';
import { bodyTextSize, flat, openPaged, pdfPages, printed, printToPdf } from './print-helpers.ts';

const { site, taxonomies } = publicDirectory;
const FOOTER = 'Printed on 1 December 2026 from directory.example.org. Check before you go: details can change.';
const included = (scope: BookletScope) => bookletListings(publicListings, scope, site.print.staleListings).included;
const whole: BookletScope = { groupBy: 'activity', large: false };

/** Each printed page's text on one line. */
const flatPages = (pdf: string) => pdfPages(pdf).map(flat);

function expectListingsIn(text: string, listings: readonly ListingView[]) {
  const missing: string[] = [];
  for (const listing of listings) {
    if (!text.includes(listing.data.title)) missing.push(`${listing.slug}: title`);
    if (listing.data.contact.phone && !text.includes(listing.data.contact.phone)) missing.push(`${listing.slug}: phone ${listing.data.contact.phone}`);
    const when = listing.schedule[0]?.text;
    if (when && !text.includes(when)) missing.push(`${listing.slug}: "${when}"`);
  }
  expect(missing).toEqual([]);
}

test.describe('the booklet', () => {
  test.describe.configure({ mode: 'serial' });
  let pages: string[] = [];
  let pdf = '';

  test('the whole directory prints every running listing with its day, time and phone, and no paused or closed one', async ({ page }) => {
    await openPaged(page, '/print/by-activity/');
    pdf = await printToPdf(page);
    pages = flatPages(pdf);
    const text = pages.join(' ');
    const listings = included(whole);
    expect(listings.length).toBeGreaterThan(100);
    expectListingsIn(text, listings);
    const left = publicListings.filter((listing) => listing.paused || listing.closed);
    expect(left.length).toBeGreaterThan(0);
    const titles = new Set(listings.map((listing) => listing.data.title));
    for (const listing of left.filter((item) => !titles.has(item.data.title))) expect(text, `${listing.slug} is paused or closed`).not.toContain(listing.data.title);
    // A cover, a how-to page, contents, then entries: more than one listing a page, under two pages each.
    expect(pages.length).toBeGreaterThan(3 + listings.length / 4);
    expect(pages.length).toBeLessThan(3 + listings.length / 1.5);
  });

  test('every page has the dated footer, and no page carries the screen controls or site navigation', () => {
    for (const [index, text] of pages.entries()) {
      expect(text, `page ${index + 1}`).toContain(FOOTER);
      expect(text, `page ${index + 1}`).not.toMatch(/Print this booklet|Other booklets and large print|Skip to the booklet|Who it's for|Search for an activity/);
    }
    expect(pages[0]).toContain("What's on in St Austell and the Clay Country villages");
    expect(pages[1]).toContain('How to use this booklet');
  });

  test('the contents and the index give the pages their sections and listings are really on', () => {
    const contents = pages[2] ?? '';
    expect(contents).toContain('Contents');
    const entries = [...contents.matchAll(/([A-Z][A-Za-z',]+(?: [A-Za-z',]+)*) (\d+)(?= |$)/g)].map((match) => ({ label: match[1] ?? '', page: Number(match[2]) }));
    const sections = entries.filter((entry) => taxonomies.categories.some((term) => term.label === entry.label) || entry.label === 'Index by town');
    expect(sections.length).toBeGreaterThan(5);
    for (const { label, page } of sections) expect(pages[page - 1], `"${label}" is said to start on page ${page}`).toContain(label);
    // The index: "Bugle Walkers, page 34 (Walking)".
    const indexStart = sections.find((entry) => entry.label === 'Index by town')?.page ?? 0;
    const index = pages.slice(indexStart - 1).join(' ');
    const refs = [...index.matchAll(/([A-Z][^,()]+?), page (\d+) \(/g)].map((match) => ({
      title: (match[1] ?? '').replace(/^.*(?:Index by town|[a-z)] )(?=[A-Z])/, '').trim(),
      page: Number(match[2]),
    }));
    expect(refs.length).toBeGreaterThan(100);
    const wrong = refs.filter(({ title, page }) => !(pages[page - 1] ?? '').includes(title.split(' ').slice(-3).join(' ')));
    expect(wrong).toEqual([]);
  });

  test('large print really is larger (16pt or more), and standard print is 12pt or more', async ({ page }) => {
    await openPaged(page, '/print/by-activity/large-print/');
    const large = await printToPdf(page);
    const standard = bodyTextSize(pdf);
    const big = bodyTextSize(large);
    expect(standard).toBeGreaterThanOrEqual(11.9);
    expect(big).toBeGreaterThanOrEqual(15.9);
    const largePages = flatPages(large);
    expectListingsIn(largePages.join(' '), included({ ...whole, large: true }));
    expect(largePages.length).toBeGreaterThan(pages.length);
    expect(largePages.length).toBeLessThan(3 + included(whole).length * 1.2);
  });
});

test("a town's booklet holds that town's listings and no other town's", async ({ page }) => {
  const town = taxonomies.areas.find((area) => area.id === 'bugle') ?? taxonomies.areas[0];
  if (!town) throw new Error('no towns');
  await openPaged(page, `/print/towns/${town.id}/`);
  const text = flatPages(await printToPdf(page)).join(' ');
  const listings = included({ only: { kind: 'town', term: town }, groupBy: 'activity', large: false });
  expect(listings.length).toBeGreaterThan(3);
  expectListingsIn(text, listings);
  expect(text).toContain(`What's on in ${town.label}`);
  const elsewhere = listed(publicListings).filter(
    (listing) => !townIds(listing).includes(town.id) && !listings.some((item) => text.includes(item.data.title) && item.data.title.includes(listing.data.title)),
  );
  for (const listing of elsewhere.slice(0, 40)) expect(text, `${listing.slug} is not in ${town.label}`).not.toContain(listing.data.title);
});

test('the booklet passes axe at phone width, before and after it is laid out in pages, and /print/ offers every booklet', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/print/');
  await expectNoAxeViolations(page);
  await expect(page.getByRole('link', { name: 'Everything, by day' })).toHaveAttribute('href', '/print/by-day/');
  const offered = bookletScopes(publicListings, taxonomies, site.print.staleListings).filter((scope) => !scope.large);
  await expect(page.getByRole('link', { name: 'large print' })).toHaveCount(offered.length);
  for (const scope of offered.slice(0, 5)) await expect(page.locator(`a[href="${bookletPath({ ...scope, large: true })}"]`)).toHaveCount(1);
  await page.goto('/print/towns/bugle/large-print/');
  await expectNoAxeViolations(page);
  await openPaged(page, '/print/towns/bugle/large-print/');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the booklet still prints, with section names where the page numbers would be', async ({ page }) => {
    const town = taxonomies.areas.find((area) => area.id === 'bugle');
    if (!town) throw new Error('no Bugle');
    await page.goto(`/print/towns/${town.id}/`);
    const pages = (await printed(page)).map(flat);
    const text = pages.join(' ');
    const listings = included({ only: { kind: 'town', term: town }, groupBy: 'activity', large: false });
    expectListingsIn(text, listings);
    for (const entry of pages) expect(entry).toContain(FOOTER);
    // The index names the section each listing is under: "Bugle Walkers (Walking)".
    const first = listings[0];
    const section = taxonomies.categories.find((term) => term.id === first?.data.categories[0])?.label;
    expect(text).toContain(`${first?.data.title} (${section})`);
    expect(text).not.toMatch(/Print this booklet|Use your browser's Print command/);
  });
});
