// Printing a page in Chromium (page.pdf) and reading it back with pdftotext, for the print tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Print the page to A4 and read its text back, page by page. */
export async function printed(page: Page): Promise<string[]> {
  const pdf = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true }));
  const result = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (result.error) throw new Error('pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils); .ci/run does this');
  expect(readFileSync(pdf).length).toBeGreaterThan(1000);
  return result.stdout.split('\f').filter((text) => text.trim().length > 0);
}

/** A printed page's text on one line, without the page number the footer's line may wrap around. */
export const flat = (text: string) => text.replace(/Page \d+ of \d+/g, ' ').replace(/\s+/g, ' ');
