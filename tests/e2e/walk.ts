import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { WCAG } from './axe.ts';
import { ADMIN_PATH } from '../../src/outputs/site-files.ts';

/** Every HTML page of a built site, as the address it is served at. */
export function builtPages(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `/${relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** How many tests the walk is split into, so both workers share it. */
const PARTS = 4;
/** Besides one page of every type and state, every SAMPLE_EVERY-th page in address order. */
const SAMPLE_EVERY = 8;

/** A page's type: its address with the names taken out (/categories/walking/tue/ → /categories/*\/*\/). */
const pageType = (path: string) =>
  path
    .split('/')
    .map((part, index) => (index > 1 && part ? '*' : part))
    .join('/');

/**
 * Which pages the walk visits. All 945 pages of the two example builds pass axe, but walking
 * them all takes about 11 minutes here, too long for CI's 15. So CI walks one page of every type
 * (every address shape), every listing state the build has (paused, closed, finished, full,
 * waiting list, no phone, referral-only), and a fixed sample of every 8th page (booklets aside:
 * one of each shape); A11Y_WALK=all
 * walks every page (npm run test:a11y-all).
 */
export function pagesToWalk(folder: string, statePages: readonly string[]): string[] {
  // The admin is Decap CMS's markup, not ours: its axe scan is for information only (tests/e2e/cms.browser.spec.ts).
  const pages = builtPages(folder).filter((path) => path !== ADMIN_PATH);
  if (process.env['A11Y_WALK'] === 'all') return pages;
  const firstOfType = new Map<string, string>();
  for (const path of pages) if (!firstOfType.has(pageType(path))) firstOfType.set(pageType(path), path);
  // Booklets are long pages made of the same few parts: one of each address shape is enough for the sample.
  const sampled = pages.filter((path, index) => index % SAMPLE_EVERY === 0 && !path.startsWith('/print/'));
  const chosen = new Set([...firstOfType.values(), ...statePages.filter((path) => pages.includes(path)), ...sampled]);
  return pages.filter((path) => chosen.has(path));
}

/** axe (WCAG 2.0 A to 2.2 AA) at phone width on the pages of a build that pagesToWalk chooses. */
export function walkEveryPage(folder: string, statePages: readonly string[]): void {
  const pages = pagesToWalk(folder, statePages);
  const all = builtPages(folder).filter((path) => path !== ADMIN_PATH);
  test(`chooses every page type and listing state (${pages.length} of ${all.length} pages)`, () => {
    expect(all.length).toBeGreaterThan(100);
    expect(new Set(pages.map(pageType))).toEqual(new Set(all.map(pageType)));
    for (const path of statePages) expect(pages).toContain(path);
  });
  for (let part = 0; part < PARTS; part += 1) {
    const mine = pages.filter((_, index) => index % PARTS === part);
    test(`axe at phone width on every page, part ${part + 1} of ${PARTS} (${mine.length} pages)`, async ({ page }) => {
      test.setTimeout(mine.length * 5_000 + 30_000);
      await page.setViewportSize({ width: 390, height: 844 });
      const failures: string[] = [];
      for (const path of mine) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        for (const violation of results.violations)
          failures.push(
            `${path}: ${violation.id}: ${violation.help} (${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(' | ')})`,
          );
      }
      expect(failures).toEqual([]);
    });
  }
}
