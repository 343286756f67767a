import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { publicListings, referralOnly, staffInformation } from './content.ts';

// Staff data must never reach the public build, in any file. These checks read dist/ directly.
const distFiles = readdirSync('dist', { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name));

function staffStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 12 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(staffStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(staffStrings);
  return [];
}

function staffSecrets(): Set<string> {
  const publishedText = JSON.stringify(publicListings.map((listing) => listing.data));
  const secrets = new Set([
    ...referralOnly.flatMap((listing) => [listing.slug, listing.data.title]),
    // A staff value that a public listing also publishes (say, one email for both) is not a secret.
    ...staffInformation.flatMap(staffStrings).filter((text) => !publishedText.includes(text)),
  ]);
  expect(referralOnly.length).toBeGreaterThan(0);
  expect(secrets.size).toBeGreaterThan(referralOnly.length);
  return secrets;
}

test('no referral-only listing and no staff-only text appears in any public file', () => {
  const secrets = staffSecrets();
  const leaks: string[] = [];
  for (const file of distFiles) {
    const text = readFileSync(file, 'utf8');
    for (const secret of secrets) if (text.includes(secret)) leaks.push(`${file}: ${secret}`);
  }
  expect(leaks).toEqual([]);
});

test('the PDFs build:pdf prints from the public build hold no referral-only listing or staff-only text', () => {
  const out = mkdtempSync(join(tmpdir(), 'pdfs-'));
  const run = spawnSync(process.execPath, ['scripts/build-pdf.ts', '--towns', 'bugle', '--standard-only', '--out', out], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const pdfs = readdirSync(out).filter((file) => file.endsWith('.pdf'));
  expect(pdfs.sort()).toEqual(['bugle.pdf', 'whole-area.pdf']);
  const secrets = staffSecrets();
  const leaks: string[] = [];
  for (const pdf of pdfs) {
    const text = spawnSync('pdftotext', [join(out, pdf), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout.replace(/\s+/g, ' ');
    expect(text.length, pdf).toBeGreaterThan(5_000);
    for (const secret of secrets) if (text.includes(secret.replace(/\s+/g, ' '))) leaks.push(`${pdf}: ${secret}`);
  }
  expect(leaks).toEqual([]);
});

test('a referral-only listing has no page in the public build', async ({ page }) => {
  const hidden = referralOnly[0];
  expect(hidden).toBeDefined();
  const response = await page.goto(`/listings/${hidden?.slug}/`);
  expect(response?.status()).toBe(404);
});

test('every public listing has a page', () => {
  const built = new Set(distFiles.filter((file) => /listings[\\/][^\\/]+[\\/]index\.html$/.test(file)).map((file) => file.split(/[\\/]/).at(-2)));
  expect(publicListings.filter((listing) => !built.has(listing.slug)).map((listing) => listing.slug)).toEqual([]);
});

test('no script from listing text runs: pages carry no inline event handlers or javascript: links', () => {
  const unsafe = distFiles.filter((file) => file.endsWith('.html')).filter((file) => /\son[a-z]+=|href="javascript:/i.test(readFileSync(file, 'utf8')));
  expect(unsafe).toEqual([]);
});
