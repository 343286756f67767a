// Tap targets on a phone: checkboxes, menu links, phone links and buttons at least 44 × 44 CSS px.
import { expect, test, type Page } from '@playwright/test';
import { firstWhere } from './content.ts';

test.use({ viewport: { width: 390, height: 844 } });

const TARGETS = 'input[type="checkbox"], input[type="radio"], .site-nav a, a[href^="tel:"], .button, .filter-fold > summary, .filter-tag';

async function smallTargets(page: Page): Promise<string[]> {
  return page.locator(TARGETS).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      // An inline link that wraps onto two lines is two boxes: each must be big enough.
      const boxes = element.tagName === 'A' ? [...element.getClientRects()] : [box];
      return boxes.some((rect) => rect.width >= 44 && rect.height >= 44) && boxes.every((rect) => rect.height >= 44 && rect.width >= 24)
        ? []
        : [`${element.tagName.toLowerCase()} "${(element.textContent ?? element.id).trim().slice(0, 40)}": ${Math.round(box.width)} × ${Math.round(box.height)}`];
    }),
  );
}

test('targets on the home page, a listing page and the search page with its filters open are at least 44 px', async ({ page }) => {
  const listing = firstWhere((item) => Boolean(item.data.contact.phone) && !item.closed);
  for (const path of ['/', `/listings/${listing.slug}/`]) {
    await page.goto(path);
    await expect(page.locator('.site-nav a').first()).toBeVisible();
    await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();
    expect(await smallTargets(page), path).toEqual([]);
  }
  await page.goto('/search/?q=lonely&day=tue');
  // The search loads its index first: under a busy test run that can take a few seconds.
  await expect(page.locator('.search-results > li').first()).toBeVisible({ timeout: 15_000 });
  await page.locator('details.filters > summary').click();
  const folds = page.locator('.filter-fold > summary');
  for (let fold = 0; fold < (await folds.count()); fold += 1) if ((await folds.nth(fold).locator('..').getAttribute('open')) === null) await folds.nth(fold).click();
  await expect(page.locator('#f-day-mon')).toBeVisible();
  expect(await page.locator(TARGETS).count()).toBeGreaterThan(60);
  expect(await smallTargets(page), '/search/').toEqual([]);
});
