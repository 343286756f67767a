import { describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { loadDirectoryOffline } from '../../src/data/offline-directory.ts';
import { bookletListings, bookletPath, bookletScopes, makeBooklet, type BookletScope } from '../../src/domain/booklet.ts';
import { townIds } from '../../src/domain/browse.ts';
import { paperEntry, STALE_MARK } from '../../src/domain/paper-entry.ts';
import { imposeA5Booklet, paddedCount, saddleStitchOrder } from '../../src/outputs/paper/imposition.ts';
import { TEST_NOW } from '../clock.ts';

const { directory, listings } = loadDirectoryOffline(process.cwd(), 'content', { audience: 'public', now: new Date(TEST_NOW) });
const { taxonomies } = directory;
const whole: BookletScope = { groupBy: 'activity', large: false };

describe('what the booklet prints', () => {
  it('leaves out paused and closed listings, and stale ones only when site.yml says so', () => {
    const marked = bookletListings(listings, whole, 'mark');
    expect(marked.included.some((listing) => listing.paused || listing.closed)).toBe(false);
    expect(marked.leftOut.paused).toBeGreaterThan(0);
    const stale = marked.included.filter((listing) => listing.review.state === 'overdue');
    expect(stale.length).toBeGreaterThan(0);
    expect(paperEntry(stale[0]!, 'https://directory.example.org').marks).toContain(STALE_MARK);
    const leftOut = bookletListings(listings, whole, 'leave-out');
    expect(leftOut.included.length).toBe(marked.included.length - stale.length);
    expect(leftOut.leftOut.stale).toBe(stale.length);
  });

  it('prints each listing once, under its own first group, and points to it from the others', () => {
    for (const groupBy of ['activity', 'town', 'day'] as const) {
      const booklet = makeBooklet(listings, taxonomies, { groupBy, large: false }, { areaName: 'the area', staleListings: 'mark' });
      const printed = booklet.sections.flatMap((section) => section.listings.map((listing) => listing.slug));
      expect(new Set(printed).size, groupBy).toBe(printed.length);
      expect(printed.length, groupBy).toBe(booklet.count);
      for (const section of booklet.sections) for (const { listing } of section.seeAlso) expect(printed).toContain(listing.slug);
    }
    const byActivity = makeBooklet(listings, taxonomies, whole, { areaName: 'the area', staleListings: 'mark' });
    const first = byActivity.sections.find((section) => section.listings.length > 0)?.listings[0];
    expect(byActivity.sectionOf.get(first?.slug ?? '')).toBe(taxonomies.categories.find((term) => term.id === first?.data.categories[0])?.label);
  });

  it('indexes every printed listing under each of its towns', () => {
    const booklet = makeBooklet(listings, taxonomies, whole, { areaName: 'the area', staleListings: 'mark' });
    const indexed = new Set(booklet.townIndex.flatMap((town) => town.listings.map((listing) => listing.slug)));
    expect(indexed.size).toBe(booklet.count);
  });

  it('offers the whole area three ways and each town and activity, in standard and large print', () => {
    const scopes = bookletScopes(listings, taxonomies, 'mark');
    const paths = scopes.map(bookletPath);
    expect(paths).toContain('/print/by-activity/');
    expect(paths).toContain('/print/by-day/large-print/');
    expect(paths).toContain('/print/towns/bugle/');
    expect(new Set(paths).size).toBe(paths.length);
    const bugle = scopes.find((scope) => scope.only?.term.id === 'bugle' && !scope.large);
    expect(bookletListings(listings, bugle!, 'mark').included.every((listing) => townIds(listing).includes('bugle'))).toBe(true);
  });
});

describe('the A5 booklet for saddle stitching', () => {
  it('pads to a multiple of four and pairs the pages that share a side', () => {
    expect(paddedCount(1)).toBe(4);
    expect(paddedCount(9)).toBe(12);
    expect(saddleStitchOrder(8)).toEqual([
      [7, 0],
      [1, 6],
      [5, 2],
      [3, 4],
    ]);
    // Every page appears once, and facing pairs add up to the last page's number.
    const sides = saddleStitchOrder(10);
    expect(sides.flat().sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    for (const [left, right] of sides) expect(left + right).toBe(11);
  });

  it('imposes A5 pages two to an A4 landscape sheet', async () => {
    const source = await PDFDocument.create();
    for (let page = 0; page < 6; page += 1) source.addPage([419.53, 595.28]).drawText(`Page ${page + 1}`, { x: 50, y: 500 });
    const { pdf, sheets, pages } = await imposeA5Booklet(await source.save());
    const imposed = await PDFDocument.load(pdf);
    expect([pages, sheets, imposed.getPageCount()]).toEqual([6, 2, 4]);
    const { width, height } = imposed.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
  });
});
