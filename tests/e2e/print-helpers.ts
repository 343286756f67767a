// Printing a page in Chromium (page.pdf) and reading it back with pdftotext, for the print tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

function pdftotext(pdf: string, ...options: string[]): string {
  const result = spawnSync('pdftotext', [...options, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error('pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils); .ci/run does this');
  return result.stdout;
}

/** Print the page to A4 (or the size its CSS asks for) as a PDF file. */
export async function printToPdf(page: Page): Promise<string> {
  const pdf = join(mkdtempSync(join(tmpdir(), 'print-')), 'page.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', displayHeaderFooter: false, preferCSSPageSize: true, printBackground: true }));
  expect(readFileSync(pdf).length).toBeGreaterThan(1000);
  return pdf;
}

/** A printed PDF's text, page by page. */
export const pdfPages = (pdf: string): string[] =>
  pdftotext(pdf, '-layout')
    .split('\f')
    .filter((text) => text.trim().length > 0);

/** Print the page to A4 and read its text back, page by page. */
export async function printed(page: Page): Promise<string[]> {
  return pdfPages(await printToPdf(page));
}

/**
 * The body text size of a PDF, in points: the commonest word height pdftotext reports, divided
 * by 1.164 (the height of a line box of the sans-serif used, per point of font size).
 */
export function bodyTextSize(pdf: string): number {
  const heights = new Map<number, number>();
  for (const match of pdftotext(pdf, '-bbox').matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)) {
    const height = Math.round((Number(match[2]) - Number(match[1])) * 10) / 10;
    heights.set(height, (heights.get(height) ?? 0) + 1);
  }
  const commonest = [...heights].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return commonest / 1.164;
}

/** Open a booklet laid out in pages by Paged.js, and wait until it is done. */
export async function openPaged(page: Page, path: string): Promise<void> {
  await page.goto(`${path}?pages`);
  await page.waitForFunction(() => document.documentElement.dataset['paged'] === 'done', null, { timeout: 60_000 });
}

/** A printed page's text on one line, without the page number the footer's line may wrap around. */
export const flat = (text: string) => text.replace(/Page \d+(?: of \d+)?/g, ' ').replace(/\s+/g, ' ');
