// The public admin, driven in a real browser: Decap CMS on the public build's /admin/, saving
// through decap-server (git mode, so the review workflow runs) into a sandbox copy of the content.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CMS_SANDBOX } from '../../playwright.config.ts';
import { loadDirectory } from '../../src/data/build-directory.ts';
import { routeData } from '../../src/domain/routes.ts';
import { readContentTree } from '../../src/reading/content-source.ts';
import { checkContent, formatProblem } from '../../src/reading/validation/check-content.ts';
import { WCAG } from './axe.ts';

test.describe.configure({ mode: 'serial' });

/** The local date, as the CMS's "Now" button writes it. */
const localToday = () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The sandbox's public tree as the checker reads it, on the real today (a confirmation dated today is not in the future). */
function sandboxContent() {
  const result = checkContent(readContentTree(CMS_SANDBOX, join(CMS_SANDBOX, 'content')), { today: localToday() });
  return { ...result, errors: result.problems.filter((problem) => problem.severity === 'error').map(formatProblem) };
}
const original = sandboxContent().content;

async function openAdmin(page: Page, hash: string): Promise<void> {
  await page.goto(`/admin/#${hash}`);
  // The local backend needs no account: "Login" once, and the CMS remembers it in this browser.
  const login = page.getByRole('button', { name: 'Login' });
  await expect(login.or(page.getByRole('link', { name: 'Contents' })).or(page.getByRole('button', { name: 'Save', exact: true }))).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
}

async function saveAndPublish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Status: Draft/ })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: /^Status:/ }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await expect(page.getByRole('button', { name: /^Status: Ready/ })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  await expect(page.getByText(/Entry published/i)).toBeVisible({ timeout: 20_000 });
}

/** Every path at which two values differ. */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], at ? `${at}.${key}` : key));
  }
  return Object.is(a, b) ? [] : [at];
}

test('a group changes a session time and confirms the listing is still correct, and the edit is reviewed and published', async ({ page }) => {
  const before = original?.listings.get('bugle-walkers');
  expect(before?.data.sessions[0]?.start).toBe('10:00');
  await openAdmin(page, '/collections/listings/entries/bugle-walkers');
  await page.getByLabel('Start time', { exact: true }).first().fill('9:30am');
  await page.getByRole('button', { name: 'Set lastConfirmed to now' }).click();
  await saveAndPublish(page);

  const after = sandboxContent();
  expect(after.errors).toEqual([]);
  const listing = after.content?.listings.get('bugle-walkers');
  expect(differences(before?.data, listing?.data).sort()).toEqual(['review.lastConfirmed', 'sessions.0.start']);
  expect(listing?.data.sessions[0]?.start).toBe('09:30');
  expect(listing?.data.review.lastConfirmed).toBe(localToday());
  expect(listing?.body.trim()).toBe(before?.body.trim());
});

test('a time the checker would refuse is refused in the form, in the checker’s words', async ({ page }) => {
  await openAdmin(page, '/collections/listings/entries/bugle-walkers');
  await page.getByLabel('Start time', { exact: true }).first().fill('10ish');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('This is not a time; write it like 10:00 or 10am')).toBeVisible();
});

/** A form field by its label; Decap adds "(optional)" to the labels of fields that aren't required. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(optional\\))?$`)).first();

/** Choose an option in one of Decap's select or relation widgets (react-select), by its label. */
async function choose(page: Page, label: string, option: string, search = option): Promise<void> {
  await field(page, label).fill(search);
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

test('a group adds a new venue and a new listing that meets there; the directory builds with it', async ({ page }) => {
  await openAdmin(page, '/collections/venues/new');
  await field(page, 'What is the place? Name').fill('Carclaze Community Room');
  await choose(page, 'Listed under which town or village', 'St Austell');
  await field(page, 'Town or village').fill('St Austell');
  await field(page, 'Postcode').fill('pl25 4xx');
  await field(page, 'Map point: latitude (like 50.3392)').fill('50.3421');
  await field(page, 'Map point: longitude (like -4.7935)').fill('-4.7842');
  await saveAndPublish(page);

  await openAdmin(page, '/collections/listings/new');
  await field(page, 'What is it? Name of the group or activity').fill('Carclaze Cuppa Club');
  await field(page, 'In one line, what is it?').fill('A friendly cup of tea and a chat on Wednesday afternoons.');
  await choose(page, 'Who runs it', 'Clay Country Community Trust', 'Community Trust');
  await choose(page, 'What sort of thing is it?', 'Regular group or activity');
  await choose(page, 'What is it about?', 'Social groups and clubs');
  await choose(page, 'Who is it for? Tick all that fit', 'Everyone');
  await page.getByRole('button', { name: 'Add a time it runs' }).click();
  await page.getByRole('menuitem', { name: 'Every week' }).click();
  await choose(page, 'Which days', 'Wednesday');
  await field(page, 'Start time').fill('2pm');
  await field(page, 'End time').fill('3:30pm');
  await choose(page, 'Where (the venue)', 'Carclaze Community Room, St Austell', 'Carclaze');
  await choose(page, 'Where? How it runs', 'In person');
  await choose(page, 'How do people join?', 'Just turn up');
  await page.getByRole('button', { name: 'Set lastConfirmed to now' }).click();
  await saveAndPublish(page);

  const after = sandboxContent();
  expect(after.errors).toEqual([]);
  const listing = after.content?.listings.get('carclaze-cuppa-club');
  expect(listing?.data.sessions[0]).toMatchObject({ pattern: 'weekly', days: ['wed'], start: '14:00', end: '15:30', venue: 'carclaze-community-room' });
  expect(after.content?.venues.get('carclaze-community-room')?.data.address.postcode).toBe('PL25 4XX');
  // The build's own pure function makes the directory with it, and it is on the A to Z and its day.
  const { directory } = loadDirectory(CMS_SANDBOX, { contentDir: 'content', staffDir: 'content-staff' }, 'public', new Date());
  const shown = directory?.listings.find((item) => item.slug === 'carclaze-cuppa-club');
  expect(shown?.where).toContain('Carclaze Community Room');
  const routes = routeData(directory?.listings ?? [], directory?.taxonomies ?? original!.taxonomies);
  expect(JSON.stringify(routes)).toContain('carclaze-cuppa-club');
});

test('the public admin shows no staff collection, no staff field and no referral-only listing', async ({ page }) => {
  await openAdmin(page, '/collections/listings');
  await expect(page.getByRole('link', { name: 'Listings' })).toBeVisible();
  const collections = await page.locator('nav a, aside a').allTextContents();
  expect(collections.join(' ')).not.toMatch(/staff|referral/i);
  await expect(page.getByText('Bugle Walkers')).toBeVisible();
  const html = await page.content();
  expect(html).not.toMatch(/Debt Casework|Link Worker Appointments|Staff information|listing-staff|content-staff/);
  await page.goto('/admin/#/collections/listings/entries/bugle-walkers');
  await expect(page.getByLabel('Start time', { exact: true }).first()).toBeVisible();
  const labels = await page.locator('label').allTextContents();
  expect(labels.length).toBeGreaterThan(30);
  expect(labels.join(' | ')).not.toMatch(/staff|referral|editors/i);
});

test('axe on the admin, for information only (Decap CMS’s markup is not ours)', async ({ page }) => {
  await openAdmin(page, '/collections/listings/entries/bugle-walkers');
  await expect(page.getByLabel('Start time', { exact: true }).first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`).join(', ');
  test.info().annotations.push({ type: 'axe violations in the admin', description: `${results.violations.length}: ${summary}` });
  console.log(`axe on /admin/ (a listing open): ${results.violations.length} violations: ${summary}`);
});
