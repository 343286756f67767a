// Every page prints well: printed in Chromium (page.pdf) and read back with pdftotext.
import { expect, test } from '@playwright/test';
import { firstWhere } from './content.ts';
import { flat, printed } from './print-helpers.ts';

test('a listing prints on paper with its address at the top, a dated footer on every page, the phone in the text and no navigation', async ({ page }) => {
  const listing = firstWhere((item) => Boolean(item.data.contact.phone) && item.banner === undefined && item.photos.length === 0);
  await page.goto(`/listings/${listing.slug}/`);
  const pages = await printed(page);
  expect(pages.length).toBeLessThanOrEqual(3);
  // No page is left half empty by a section kept whole: every page but the last is mostly text.
  const lines = pages.map((text) => text.split('\n').filter((line) => line.trim()).length);
  for (const count of lines.slice(0, -1)) expect(count, `lines on each printed page: ${lines.join(', ')}`).toBeGreaterThan(18);
  const all = pages.join('\n');
  expect(pages[0]).toContain(`directory.example.org/listings/${listing.slug}/`);
  for (const text of pages) expect(flat(text)).toContain(`Printed on 1 December 2026 from directory.example.org. Check before you go: details can change.`);
  expect(all).toContain(listing.data.contact.phone ?? 'a phone');
  expect(all).not.toMatch(/Skip to main content|Who it's for\s+A to Z|Search for an activity/);
});
