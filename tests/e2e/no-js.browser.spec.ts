import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

test('with JavaScript off on a phone: home → town → listing, and the search form', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Bugle', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bugle');
  await page.locator('.listing-card h2 a').first().click();
  await expect(page.getByRole('heading', { name: 'When', level: 2 })).toBeVisible();
  await expect(page.locator('a[href^="tel:"]').first()).toBeVisible();

  await page.goto('/');
  await page.getByLabel('Search for an activity or service').fill('walking');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=walking$/);
  await expect(page.locator('.listing-card').first()).toBeVisible();
});

for (const path of ['/', '/a-z/', '/categories/walking/', '/this-week/']) {
  test(`no sideways scrolling at 320px on ${path}`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('with JavaScript off: every listing page offers "suggest a change" by email, naming the listing, and the editor link', async ({ page }) => {
  await page.goto('/listings/bugle-walkers/');
  const email = page.getByRole('link', { name: 'suggest a change by email' });
  const href = new URL((await email.getAttribute('href')) ?? '');
  expect(href.protocol).toBe('mailto:');
  expect(href.searchParams.get('body')).toContain('Listing: Bugle Walkers');
  expect(href.searchParams.get('body')).toContain('/listings/bugle-walkers/');
  await expect(page.getByRole('link', { name: 'Edit this listing' })).toHaveAttribute('href', '/admin/#/collections/listings/entries/bugle-walkers');
});
