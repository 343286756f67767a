import { expectNoAxeViolations } from './axe.ts';
import { test } from '@playwright/test';
import { firstWhere, publicListings } from './content.ts';

// One of every kind of page, including listings in each state.
const organisation = publicListings[0]?.organisation.slug;
const venue = firstWhere((listing) => listing.venues.length > 0).venues[0]?.slug;
const pages = {
  home: '/',
  'listing (running)': `/listings/${firstWhere((listing) => !listing.paused && !listing.closed && Boolean(listing.data.contact.phone)).slug}/`,
  'listing (paused)': `/listings/${firstWhere((listing) => listing.paused).slug}/`,
  'listing (no phone)': `/listings/${firstWhere((listing) => !listing.data.contact.phone).slug}/`,
  'categories index': '/categories/',
  category: '/categories/social/',
  'days index': '/days/',
  day: '/days/tue/',
  'towns index': '/towns/',
  town: '/towns/st-austell/',
  'audiences index': '/for/',
  audience: '/for/carers/',
  'a to z': '/a-z/',
  'this week': '/this-week/',
  search: '/search/',
  'search with a query': '/search/?q=walk',
  'organisations index': '/organisations/',
  organisation: `/organisations/${organisation}/`,
  venue: `/venues/${venue}/`,
  about: '/about/',
  accessibility: '/accessibility/',
  privacy: '/privacy/',
  'not found': '/no-such-page/',
};

for (const [width, label] of [
  [1280, 'desktop'],
  [320, 'phone'],
] as const) {
  test.describe(`axe at ${label} width`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const [name, path] of Object.entries(pages)) {
      test(`${name} (${path}) has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });
}
