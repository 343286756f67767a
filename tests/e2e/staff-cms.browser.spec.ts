// The staff admin, in a real browser: Decap CMS on the staff build's /admin/ (behind the staff
// login), over the staff tree only, saving through its own decap-server into a sandbox copy.
import { expect, test } from '@playwright/test';
import { STAFF_CMS_SANDBOX } from '../../playwright.config.ts';
import { openAdmin, sandboxContent, saveAndPublish } from './cms-helpers.ts';

test.describe.configure({ mode: 'serial' });

const sandboxed = () => sandboxContent(STAFF_CMS_SANDBOX, true);
const original = sandboxed().content;

test('the staff admin edits the staff tree: referral-only listings, staff information, staff venues and organisations', async ({ page }) => {
  await openAdmin(page, '/collections/referral-only');
  for (const name of ['Referral-only listings', 'Staff information', 'Staff venues', 'Staff organisations']) await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Listings', exact: true })).toHaveCount(0);
  const referral = [...(original?.listings.values() ?? [])].find((listing) => listing.tree === 'staff');
  await expect(page.getByText(referral?.data.title ?? 'none').first()).toBeVisible();
});

test('a coordinator changes the staff notes of a public listing, and the staff tree changes in that field only', async ({ page }) => {
  const slug = 'bugle-walkers';
  const before = original?.listings.get(slug)?.data.staff;
  await openAdmin(page, `/collections/staff-information/entries/${slug}`);
  const notes = page.getByLabel(/^Anything else\? Notes for staff/);
  await notes.fill('Tony can meet a new walker at the car park if you ring the day before.');
  await saveAndPublish(page);

  const after = sandboxed();
  expect(after.errors).toEqual([]);
  const staff = after.content?.listings.get(slug)?.data.staff;
  expect(staff?.notes).toBe('Tony can meet a new walker at the car park if you ring the day before.');
  expect({ ...staff, notes: undefined }).toEqual({ ...before, notes: undefined });
});
