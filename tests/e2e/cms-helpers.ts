// What the two admin specs (cms.browser.spec.ts, staff-cms.browser.spec.ts) share: opening the
// admin, saving and publishing through the review workflow, and reading the sandbox back.
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { readContentTree, readStaffTree } from '../../src/reading/content-source.ts';
import { checkContent, formatProblem } from '../../src/reading/validation/check-content.ts';

/** The local date, as the CMS's "Now" button writes it. */
export const localToday = () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** A sandbox's content as the checker reads it (with its staff tree if asked), on the real today (a confirmation dated today is not in the future). */
export function sandboxContent(sandbox: string, withStaff = false) {
  const staff = withStaff ? readStaffTree(sandbox, join(sandbox, 'content-staff')) : undefined;
  const result = checkContent(readContentTree(sandbox, join(sandbox, 'content')), { ...(staff ? { staff } : {}), today: localToday() });
  return { ...result, errors: result.problems.filter((problem) => problem.severity === 'error').map(formatProblem) };
}

export async function openAdmin(page: Page, hash: string): Promise<void> {
  // A fresh page each time: changing only the #address keeps the CMS on the entry it has open.
  await page.goto('about:blank');
  await page.goto(`/admin/#${hash}`);
  // The local backend needs no account: "Login" once, and the CMS remembers it in this browser.
  const login = page.getByRole('button', { name: 'Login' });
  await expect(login.or(page.getByRole('link', { name: 'Contents' })).or(page.getByRole('button', { name: 'Save', exact: true }))).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
}

/** Save (a draft), set it Ready, and publish: the whole review workflow, as a coordinator would. */
export async function saveAndPublish(page: Page): Promise<void> {
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

/** A form field by its label; Decap adds "(optional)" to the labels of fields that aren't required. */
export const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(optional\\))?$`)).first();

/** Choose an option in one of Decap's select or relation widgets (react-select), by its label. */
export async function choose(page: Page, label: string, option: string, search = option): Promise<void> {
  await field(page, label).fill(search);
  await page.getByRole('option', { name: option, exact: true }).first().click();
}
