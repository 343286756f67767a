import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { byTitle } from '../../src/domain/listing-view.ts';
import { createSearchEngine } from '../../src/outputs/search/engine.ts';
import { FILTER_GROUPS, passesFilters, shownGroups, type SearchFilters } from '../../src/outputs/search/filters.ts';
import { fromWire, type SearchIndexWire, type SearchRecord } from '../../src/outputs/search/record.ts';
import { firstWhere, publicListings } from './content.ts';

// Expected results come from the built index and the same search library the page uses,
// so the tests follow the example data instead of hard-coding counts.
const indexPath = join(process.cwd(), 'dist', 'search-index.json');
if (!existsSync(indexPath)) throw new Error('dist/search-index.json is missing: run `npm run build` before the browser tests.');
const index = fromWire(JSON.parse(readFileSync(indexPath, 'utf8')) as SearchIndexWire);
const engine = createSearchEngine(index);
const total = index.records.length;

const search = (q: string, filters: SearchFilters = {}) => engine.search({ q, filters });
const filtered = (filters: SearchFilters): SearchRecord[] => index.records.filter((record) => passesFilters(filters, record, index.labels));
const alphabetical = (records: readonly SearchRecord[]) => [...records].sort((a, b) => byTitle({ data: { title: a.t } }, { data: { title: b.t } }));

/** The results line as the page words it (src/outputs/search/summary.ts), written out here so a change to it is noticed. */
function statusText(count: number, q = '', filterLabels: readonly string[] = []): string {
  const filteredBy = filterLabels.length > 0 ? `, filtered by: ${filterLabels.join(', ')}` : '';
  if (count === 0) return `No listings match${q ? ` “${q}”` : ''}${filteredBy}.`;
  const noun = count === 1 ? 'listing' : 'listings';
  if (q) return `${count} ${noun} ${count === 1 ? 'matches' : 'match'} “${q}”${filteredBy}. Best matches first.`;
  return `${count} ${noun}${filteredBy}, in A to Z order.`;
}

/**
 * The count is announced 0.7 s after the last change, once the index has downloaded and been
 * indexed in the page; allow for a busy machine (the assertions still poll, never sleep).
 */
const status = (page: Page) => page.locator('p.result-count');
const SETTLED = { timeout: 15_000 };
const resultTitles = (page: Page) => page.locator('ol.search-results > li.listing-card h3 a');

/** Open /search/ (with JavaScript) and wait until the index has loaded and the count is announced. */
async function openSearch(page: Page, query = '') {
  await page.goto(`/search/${query}`);
  await expect(status(page)).not.toHaveText('', SETTLED);
}

// "moeny" (money, with two letters swapped) + Free + Tuesday + Step-free entrance. The example data
// has no free, step-free walking group on a Tuesday, so "walkng" can't be used for this journey.
const TYPO = 'moeny';
const INTENDED = /money/i;
const FREE_TUESDAY: SearchFilters = { cost: ['free'], days: ['tue'] };
const FREE_TUESDAY_STEP_FREE: SearchFilters = { ...FREE_TUESDAY, access: ['step-free'] };
const FREE_TUESDAY_LABELS = ['Free', 'Tuesday'];
const FREE_TUESDAY_STEP_FREE_LABELS = [...FREE_TUESDAY_LABELS, 'Step-free entrance'];

test.describe('with JavaScript on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('typo + three filters: count, best match and URL survive reload, Back and Forward', async ({ page }) => {
    const all = search(TYPO, FREE_TUESDAY_STEP_FREE).records;
    const fewer = search(TYPO, FREE_TUESDAY).records;
    // Guard the example data: the journey means something only if these hold.
    expect(all.length).toBeGreaterThan(1);
    expect(fewer.length).not.toBe(all.length);
    const best = all[0]!.t;
    const bestWithoutStepFree = fewer[0]!.t;

    await openSearch(page);
    await expect(status(page)).toHaveText(statusText(total), SETTLED);
    await expect(page.locator('ol.search-results > li.listing-card')).toHaveCount(Math.min(total, 30));

    await page.locator('#search-q').pressSequentially(TYPO);
    await page.locator('#f-cost-free').check();
    await page.locator('#f-day-tue').check();
    await page.locator('#f-access-step-free').check();

    await expect(status(page)).toHaveText(statusText(all.length, TYPO, FREE_TUESDAY_STEP_FREE_LABELS), SETTLED);
    await expect(page.locator('ol.search-results > li.listing-card')).toHaveCount(Math.min(all.length, 30));
    await expect(resultTitles(page).first()).toHaveText(best);

    // The best match is what was meant, and the card shows it passes every filter.
    const card = page.locator('ol.search-results > li.listing-card').first();
    await expect(card.locator('h3')).toHaveText(INTENDED);
    await expect(card.locator('dt:text-is("When") + dd')).toContainText('Tuesday');
    await expect(card.locator('dt:text-is("Cost") + dd')).toHaveText(/^Free/);
    await expect(card.getByRole('list', { name: 'Access' })).toContainText('Step-free entrance');

    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe(TYPO);
    expect(params.get('cost')).toBe('free');
    expect(params.get('day')).toBe('tue');
    expect(params.get('access')).toBe('step-free');

    await page.reload();
    await expect(status(page)).toHaveText(statusText(all.length, TYPO, FREE_TUESDAY_STEP_FREE_LABELS), SETTLED);
    await expect(resultTitles(page).first()).toHaveText(best);
    await expect(page.locator('#search-q')).toHaveValue(TYPO);
    for (const id of ['#f-cost-free', '#f-day-tue', '#f-access-step-free']) await expect(page.locator(id)).toBeChecked();

    await page.goBack();
    await expect(page.locator('#f-access-step-free')).not.toBeChecked();
    await expect(page.locator('#f-cost-free')).toBeChecked();
    await expect(page.locator('#f-day-tue')).toBeChecked();
    await expect(status(page)).toHaveText(statusText(fewer.length, TYPO, FREE_TUESDAY_LABELS), SETTLED);
    await expect(resultTitles(page).first()).toHaveText(bestWithoutStepFree);
    expect(new URL(page.url()).searchParams.has('access')).toBe(false);

    await page.goForward();
    await expect(page.locator('#f-access-step-free')).toBeChecked();
    await expect(status(page)).toHaveText(statusText(all.length, TYPO, FREE_TUESDAY_STEP_FREE_LABELS), SETTLED);
    await expect(resultTitles(page).first()).toHaveText(best);
    expect(new URL(page.url()).searchParams.get('access')).toBe('step-free');
  });

  test('keyboard: Tab from the search box reaches the filters, and Space ticks a box', async ({ page }) => {
    await openSearch(page, '?q=walking');
    await expect(status(page)).toHaveText(statusText(search('walking').records.length, 'walking'), SETTLED);

    await page.locator('#search-q').focus();
    const trail: string[] = [];
    for (let stop = 0; stop < 8; stop += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return { tag: element?.tagName.toLowerCase() ?? '', type: element?.getAttribute('type') ?? '', id: element?.id ?? '', inSearch: Boolean(element?.closest('#search-form, details.filters')) };
      });
      trail.push(`${focused.tag}${focused.id ? `#${focused.id}` : ''}`);
      // Nothing outside the form and the filters (no result links) comes before the checkboxes.
      expect(focused.inSearch, `focus left the search form: ${trail.join(' → ')}`).toBe(true);
      if (focused.type === 'checkbox') break;
    }
    const box = page.locator('details.filters input[type="checkbox"]:focus');
    await expect(box, `no filter checkbox reached: ${trail.join(' → ')}`).toHaveCount(1);
    await expect(box).not.toBeChecked();

    const name = await box.getAttribute('name');
    const value = (await box.getAttribute('value')) ?? '';
    const label = (await page.locator(`label[for="${await box.getAttribute('id')}"]`).textContent())?.trim() ?? '';
    const group = FILTER_GROUPS.find((candidate) => candidate.param === name);
    expect(group, `unknown filter ${name}`).toBeDefined();
    const expected = search('walking', { [group!.key]: [value] }).records;

    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
    await expect(box).toBeFocused();
    await expect(status(page)).toHaveText(statusText(expected.length, 'walking', [label]), SETTLED);
    if (expected.length > 0) await expect(resultTitles(page).first()).toHaveText(expected[0]!.t);
    expect(new URL(page.url()).searchParams.get(group!.param)).toBe(value);
  });

  test('no results: a spelling suggestion, a filter to remove, and the support phone', async ({ page }) => {
    const typo = 'gardnig';
    const none = search(typo);
    expect(none.records).toHaveLength(0);
    expect(none.didYouMean).toBe('gardening');
    const corrected = search('gardening').records;
    expect(corrected.length).toBeGreaterThan(0);

    await openSearch(page);
    await page.locator('#search-q').fill(typo);
    await expect(status(page)).toHaveText(statusText(0, typo), SETTLED);
    const noResults = page.locator('.no-results');
    await expect(noResults).toBeVisible();
    await expect(noResults.locator('a[href^="tel:"]')).toHaveAttribute('href', /^tel:\+44\d{9,10}$/);
    await expect(noResults.locator('a[href^="tel:"]')).toBeVisible();
    const suggestion = noResults.locator('.did-you-mean a');
    await expect(suggestion).toHaveText('gardening');
    await suggestion.click();
    await expect(page.locator('#search-q')).toHaveValue('gardening');
    await expect(status(page)).toHaveText(statusText(corrected.length, 'gardening'), SETTLED);
    await expect(resultTitles(page).first()).toHaveText(corrected[0]!.t);
    expect(new URL(page.url()).searchParams.get('q')).toBe('gardening');

    // A word that matches plenty, with an access filter nothing has alongside it.
    const tooNarrow: SearchFilters = { access: ['changing-places'] };
    const narrow = search('walking', tooNarrow);
    expect(narrow.records).toHaveLength(0);
    expect(narrow.dropFilter?.legend).toBe('Access');
    const widened = search('walking').records;
    expect(narrow.dropFilter?.count).toBe(widened.length);

    await openSearch(page, '?q=walking&access=changing-places');
    await expect(page.locator('#f-access-changing-places')).toBeChecked();
    const remove = page.getByRole('link', { name: 'Remove the “Access” filter' });
    await expect(remove).toBeVisible();
    await expect(remove.locator('xpath=..')).toContainText(`to see ${widened.length} listings`);
    await expect(page.locator('.no-results a[href^="tel:"]')).toBeVisible();
    await remove.click();
    await expect(page.locator('#f-access-changing-places')).not.toBeChecked();
    await expect(status(page)).toHaveText(statusText(widened.length, 'walking'), SETTLED);
    await expect(resultTitles(page).first()).toHaveText(widened[0]!.t);
    expect(new URL(page.url()).searchParams.has('access')).toBe(false);
  });
});

test.describe('with JavaScript on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filters fold behind "Filters" and into their groups, open with the keyboard and count what is ticked', async ({ page }) => {
    await openSearch(page);
    const details = page.locator('details.filters');
    const summary = details.locator('> summary');
    await expect(details).not.toHaveAttribute('open');
    await expect(summary).toHaveText('Filters');
    await expect(page.getByRole('group', { name: 'Day of the week' })).toBeHidden();

    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open');
    // Every group is there, folded behind its name: no checkbox shows until its group is opened.
    for (const group of shownGroups(index.labels, index.lowCostMax)) await expect(page.locator('.filter-fold > summary', { hasText: group.legend })).toBeVisible();
    await expect(page.locator('.filter-fold input:visible')).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Referrals (staff)' })).toHaveCount(0);

    const day = page.locator('.filter-fold > summary', { hasText: 'Day of the week' });
    await day.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Day of the week' })).toBeVisible();
    await page.locator('#f-day-tue').check();
    await page.locator('.filter-fold > summary', { hasText: 'Type of activity' }).click();
    await page.locator('#f-category-walking').check();
    await expect(summary).toHaveText('Filters (2 selected)');
    await expect(day).toHaveText('Day of the week (1 selected)');
    const expected = filtered({ days: ['tue'], categories: ['walking'] });
    await expect(status(page)).toHaveText(statusText(expected.length, '', ['Tuesday', 'Walking']), SETTLED);
    await expect(resultTitles(page)).toHaveText(alphabetical(expected).map((record) => record.t));
  });

  test('ticking three filters shows the count on "Show N results", which goes to the results; a tag removes its filter', async ({ page }) => {
    await openSearch(page);
    await page.locator('details.filters > summary').click();
    const show = page.locator('.filters-show button');
    await expect(show).toHaveText(`Show ${total} results`);
    const picks: [string, string, Parameters<typeof filtered>[0]][] = [
      ['Cost', '#f-cost-free', { cost: ['free'] }],
      ['Day of the week', '#f-day-tue', { cost: ['free'], days: ['tue'] }],
      ['Access', '#f-access-step-free', { cost: ['free'], days: ['tue'], access: ['step-free'] }],
    ];
    for (const [group, box, filters] of picks) {
      await page.locator('.filter-fold > summary', { hasText: group }).click();
      await page.locator(box).check();
      await expect(show).toHaveText(`Show ${filtered(filters).length} results`);
      // The button stays where the thumb is: in view at the bottom of the screen.
      await expect(show).toBeInViewport();
    }
    await show.click();
    await expect(page.locator('details.filters')).not.toHaveAttribute('open');
    await expect(page.locator('#results')).toBeFocused();
    await expect(resultTitles(page).first()).toBeInViewport();
    const three = filtered({ cost: ['free'], days: ['tue'], access: ['step-free'] });
    await expect(resultTitles(page)).toHaveCount(Math.min(three.length, 30));

    await page.getByRole('button', { name: 'Remove filter: Tuesday' }).click();
    const two = filtered({ cost: ['free'], access: ['step-free'] });
    await expect(status(page)).toHaveText(new RegExp(`^${two.length} listings`), SETTLED);
    expect(new URL(page.url()).searchParams.has('day')).toBe(false);
    await expect(page.getByRole('button', { name: 'Remove filter: Tuesday' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove filter: / })).toHaveCount(2);
  });
});

test.describe('loading', () => {
  test('listing pages ship only the small "Add to my list" script, no framework, and never fetch the search index', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const slugs = [publicListings[0]!.slug, firstWhere((listing) => listing.paused).slug, firstWhere((listing) => !listing.data.contact.phone).slug];
    for (const slug of slugs) {
      const response = await page.goto(`/listings/${slug}/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const html = (await response?.text()) ?? '';
      expect(html.match(/<script[^>]*>/g) ?? []).toEqual([expect.stringMatching(/^<script type="module" src="\/_astro\/AddToMyList[\w.-]+\.js">$/)]);
      expect(html).not.toContain('astro-island');
      await expect(page.locator('script')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    expect(requests.filter((path) => /\.m?js$/.test(path)).every((path) => /^\/_astro\/(AddToMyList|store)[\w.-]*\.js$/.test(path))).toBe(true);
    expect(requests.filter((path) => path.endsWith('/search-index.json'))).toEqual([]);
  });

  test('the home page does not fetch the search index', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(requests.filter((path) => path.endsWith('/search-index.json'))).toEqual([]);
  });

  test.describe('on a phone, before the search has loaded', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    // Astro tries a failed island script twice, the second time with ?astro-retry=…
    const SEARCH_SCRIPT = /\/_astro\/SearchApp[\w.-]*\.js(\?.*)?$/;

    test('a slow script: the query is in the box and "Finding the listings…" shows, not the A to Z list; then the results', async ({ page }) => {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(SEARCH_SCRIPT, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto('/search/?q=walk', { waitUntil: 'domcontentloaded' });
      await expect(page.locator('#search-q')).toHaveValue('walk');
      await expect(page.getByText('Finding the listings that match your search…')).toBeVisible();
      await expect(page.locator('.nojs-results')).toBeHidden();
      // The filters are folded already, so nothing jumps when the script folds them.
      await expect(page.locator('#f-day-tue')).toBeHidden();
      await expect(page.locator('.search-failed-note')).toBeHidden();
      release();
      await expect(status(page)).toHaveText(statusText(search('walk').records.length, 'walk'), SETTLED);
      await expect(page.getByText('Finding the listings that match your search…')).toHaveCount(0);
      await expect(page.locator('#search-q')).toHaveValue('walk');
    });

    for (const [what, blocked] of [
      ['the search script fails to load', SEARCH_SCRIPT],
      ['the index fails to download', /\/search-index\.json$/],
    ] as const) {
      test(`${what}: the page says so and offers the browse pages, the filters and the support phone`, async ({ page }) => {
        await page.route(blocked, (route) => route.abort());
        await page.goto('/search/?q=walk&day=tue');
        const note = page.locator('.search-failed-note');
        await expect(note).toBeVisible(SETTLED);
        await expect(note).toContainText('The search is taking too long, or could not load.');
        for (const href of ['/categories/', '/towns/', '/days/']) await expect(note.locator(`a[href="${href}"]`)).toBeVisible();
        await expect(note.locator('a[href^="tel:"]')).toBeVisible();
        // The filters work without the search: the day in the address is ticked and narrows the full list.
        await expect(page.locator('#f-day-tue')).toBeChecked();
        const tuesday = filtered({ days: ['tue'] });
        await expect(page.locator('.nojs-results > li:visible')).toHaveCount(tuesday.length);
        await expect(page.getByText('Finding the listings that match your search…')).toBeHidden();
      });
    }
  });

  test('the search page fetches the index once', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await openSearch(page);
    expect(requests.filter((path) => path === '/search-index.json')).toHaveLength(1);
  });
});

for (const [width, label] of [
  [1280, 'desktop'],
  [320, 'phone'],
] as const) {
  test.describe(`axe on the search page at ${label} width`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('just loaded has no WCAG 2.2 AA violations', async ({ page }) => {
      await openSearch(page);
      await expect(status(page)).toHaveText(statusText(total), SETTLED);
      await expectNoAxeViolations(page);
    });

    test('with results (?q=walking) has no WCAG 2.2 AA violations', async ({ page }) => {
      await openSearch(page, '?q=walking');
      await expect(status(page)).toHaveText(statusText(search('walking').records.length, 'walking'), SETTLED);
      await expect(resultTitles(page).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('with no results (?q=zzzzqqq) has no WCAG 2.2 AA violations', async ({ page }) => {
      await openSearch(page, '?q=zzzzqqq');
      await expect(status(page)).toHaveText(statusText(0, 'zzzzqqq'), SETTLED);
      await expect(page.locator('.no-results')).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });

  test.describe(`axe on the search page with JavaScript off at ${label} width`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('has no WCAG 2.2 AA violations', async ({ page }) => {
      test.slow(); // every listing is on the page, so axe takes a while
      // axe can't run with javaScriptEnabled: false (its timers never fire), so serve the page as
      // a browser without JavaScript sees it: no scripts, and the <noscript> contents shown.
      await page.route('**/*.{js,mjs}', (route) => route.abort());
      await page.route('**/search/', async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<noscript>([\s\S]*?)<\/noscript>/g, '<div>$1</div>');
        await route.fulfill({ response, body: html });
      });
      await page.goto('/search/');
      await expect(page.locator('#search-form .notice')).toContainText('Searching by words needs JavaScript');
      await expect(page.locator('ol.nojs-results > li')).toHaveCount(total);
      await expect(page.locator('ol.search-results')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe('with JavaScript off on a phone', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  const visibleCards = (page: Page) => page.locator('ol.nojs-results > li:visible');

  test('a day and a time together keep only listings on at that time that day, as the JavaScript search does', async ({ page }) => {
    const filters: SearchFilters = { days: ['tue'], times: ['evening'] };
    const expected = filtered(filters);
    expect(search('', filters).records.map((record) => record.s)).toEqual(expected.map((record) => record.s));
    // Listings on a Tuesday and in some evening, but not on a Tuesday evening, are left out.
    expect(filtered({ days: ['tue'] }).filter((record) => filtered({ times: ['evening'] }).includes(record)).length).toBeGreaterThan(expected.length);
    await page.goto('/search/');
    await page.locator('#f-day-tue').check();
    await page.locator('#f-time-evening').check();
    await expect(visibleCards(page).locator('h3 a')).toHaveText(expected.map((record) => record.t));
  });

  test('the filters still narrow the full list, to the same listings the JavaScript search finds', async ({ page }) => {
    const expected = filtered(FREE_TUESDAY_STEP_FREE);
    // The JavaScript engine agrees for an empty query (it lists matches A to Z).
    expect(search('', FREE_TUESDAY_STEP_FREE).records.map((record) => record.s)).toEqual(expected.map((record) => record.s));
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(total);

    await page.goto('/search/');
    // (getByText skips <noscript>, so find the notice by its place.)
    const notice = page.locator('#search-form noscript .notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Searching by words needs JavaScript');
    await expect(page.locator('ol.search-results')).toHaveCount(0);
    await expect(page.locator('ol.nojs-results > li')).toHaveCount(total);
    await expect(visibleCards(page)).toHaveCount(total);
    await expect(page.locator('.nojs-count')).toContainText(`of ${total} listings shown`);
    // The number is a CSS counter, which only counts cards that come before it in the page, so the
    // line must follow the list (CSS shows it above). Tests can't read a counter's value.
    await expect(page.locator('.nojs-list > ol.nojs-results + p.nojs-count')).toHaveCount(1);

    await page.locator('#f-cost-free').check();
    await page.locator('#f-day-tue').check();
    await page.locator('#f-access-step-free').check();
    await expect(visibleCards(page)).toHaveCount(expected.length);
    await expect(visibleCards(page).locator('h3 a').first()).toHaveText(alphabetical(expected)[0]!.t);
    await expect(visibleCards(page).locator('h3 a')).toHaveText(expected.map((record) => record.t));
  });

  test('browse by day: /days/ → Tuesday → a listing', async ({ page }) => {
    const tuesday = filtered({ days: ['tue'] });
    await page.goto('/days/');
    await page.getByRole('link', { name: 'Tuesday', exact: true }).click();
    await expect(page).toHaveURL(/\/days\/tue\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuesday');
    await expect(page.locator('.listing-card h2 a')).toHaveText(tuesday.map((record) => record.t));
    const first = page.locator('.listing-card h2 a').first();
    const title = (await first.textContent())?.trim() ?? '';
    await first.click();
    await expect(page).toHaveURL(/\/listings\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { name: 'When', level: 2 })).toBeVisible();
  });

  // Category × day and town × day pages (built by src/pages/[dimension]/[id]/[day].astro).
  for (const [path, param, id, heading] of [
    ['categories', 'categories', 'walking', 'Walking on Tuesday'],
    ['towns', 'towns', 'par', 'Tuesday in Par'],
  ] as const) {
    test(`browse ${path} by day: /${path}/${id}/ → By day → Tuesday → a listing`, async ({ page }) => {
      const expected = filtered({ [param]: [id], days: ['tue'] });
      expect(expected.length).toBeGreaterThan(0);
      await page.goto(`/${path}/${id}/`);
      const byDay = page.getByRole('navigation', { name: 'By day' });
      await expect(byDay.getByRole('listitem').filter({ hasText: 'Tuesday' })).toHaveText(`Tuesday (${expected.length})`);
      await byDay.getByRole('link', { name: 'Tuesday', exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${path}/${id}/tue/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('.listing-card h2 a')).toHaveText(expected.map((record) => record.t));
      await page.locator('.listing-card h2 a').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[0]!.t);
      await expect(page.getByRole('heading', { name: 'When', level: 2 })).toBeVisible();
    });
  }
});
