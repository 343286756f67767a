// Gates on the built sites (dist/ and dist-staff/), run by npm test after both builds: markup rules
// on every page, and size budgets (gzipped) that fail the run when broken. Reads files only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages } from './walk.ts';
import { ADMIN_PATH } from '../../src/outputs/site-files.ts';

const KB = 1024;
/** The budgets, gzipped. A listing or home page is HTML and CSS with at most a small enhancing script. */
export const BUDGETS = { pageHtmlAndCss: 30 * KB, pageScript: 6 * KB, searchScript: 100 * KB, searchIndex: 40 * KB };

const fileOf = (folder: string, path: string) => join(folder, path.endsWith('/') ? `${path}index.html` : path);
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Stylesheets a page links to, and every script it runs, with the scripts those import (a static import graph). */
function pageAssets(folder: string, html: string, { dynamic = false } = {}): { css: string[]; scripts: string[]; inline: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1] ?? '');
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  const entry = [...html.matchAll(/(?:<script[^>]+src|component-url|renderer-url|<link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((match) => match[1] ?? '');
  const scripts = new Set<string>();
  const visit = (url: string) => {
    if (scripts.has(url) || !existsSync(join(folder, url))) return;
    scripts.add(url);
    const text = readFileSync(join(folder, url), 'utf8');
    for (const match of text.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(new URL(match[1] ?? '', `http://x${url}`).pathname);
    // Code loaded later (import()), which Vite also lists in its __vite__mapDeps table as _astro/….js.
    if (dynamic) {
      for (const match of text.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) visit(new URL(match[1] ?? '', `http://x${url}`).pathname);
      for (const match of text.matchAll(/["'`](_astro\/[^"'`]+\.js)["'`]/g)) visit(`/${match[1] ?? ''}`);
    }
  };
  entry.forEach(visit);
  return { css, scripts: [...scripts], inline };
}

/** A listing or home page: HTML and CSS within budget, no framework island, and at most a small script. */
function checkPage(folder: string, path: string): void {
  const html = readFileSync(fileOf(folder, path), 'utf8');
  const { css, scripts, inline } = pageAssets(folder, html);
  const htmlAndCss = gz(html) + css.reduce((sum, url) => sum + gz(readFileSync(join(folder, url))), 0);
  expect(htmlAndCss, `${path}: HTML and CSS are ${(htmlAndCss / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(BUDGETS.pageHtmlAndCss);
  const script = scripts.reduce((sum, url) => sum + gz(readFileSync(join(folder, url))), 0) + inline.reduce((sum, text) => sum + gz(text), 0);
  expect(script, `${path}: scripts are ${(script / KB).toFixed(1)} KB gzipped (${[...scripts, ...inline.map(() => 'inline')].join(', ')})`).toBeLessThanOrEqual(BUDGETS.pageScript);
  expect(html, `${path} loads a framework island`).not.toContain('<astro-island');
}

for (const folder of ['dist', 'dist-staff']) {
  test.describe(`markup of every page in ${folder}/`, () => {
    const pages = builtPages(folder);
    test('has one h1 per page, no id used twice, and the language set', () => {
      expect(pages.length).toBeGreaterThan(100);
      const problems: string[] = [];
      for (const path of pages) {
        const html = readFileSync(fileOf(folder, path), 'utf8');
        const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
        if (h1s !== 1) problems.push(`${path}: ${h1s} h1 headings (a page needs exactly one)`);
        if (!/<html[^>]*\slang="en-GB"/.test(html)) problems.push(`${path}: <html> has no lang="en-GB"`);
        const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
        const twice = [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
        if (twice.length > 0) problems.push(`${path}: id used more than once: ${twice.join(', ')}`);
      }
      expect(problems).toEqual([]);
    });
  });

  test.describe(`size budgets in ${folder}/ (gzipped)`, () => {
    const listings = builtPages(folder).filter((path) => /^\/listings\/[^/]+\/$/.test(path));
    for (const [name, paths] of [
      ['every listing page', listings],
      ['the home page', ['/']],
    ] as const) {
      test(`${name}: HTML and CSS at most ${BUDGETS.pageHtmlAndCss / KB} KB, no framework, any script at most ${BUDGETS.pageScript / KB} KB`, () => {
        expect(paths.length).toBeGreaterThan(0);
        for (const path of paths) checkPage(folder, path);
      });
    }

    test(`the search page: JavaScript at most ${BUDGETS.searchScript / KB} KB`, () => {
      const html = readFileSync(fileOf(folder, '/search/'), 'utf8');
      const { scripts, inline } = pageAssets(folder, html);
      expect(scripts.length).toBeGreaterThan(0);
      const total = scripts.reduce((sum, url) => sum + gz(readFileSync(join(folder, url))), 0) + inline.reduce((sum, text) => sum + gz(text), 0);
      expect(total, `the search page's JavaScript is ${(total / KB).toFixed(1)} KB gzipped (${scripts.join(', ')})`).toBeLessThanOrEqual(BUDGETS.searchScript);
    });

    test(`the search index: at most ${BUDGETS.searchIndex / KB} KB`, () => {
      const size = gz(readFileSync(join(folder, 'search-index.json')));
      expect(size, `search-index.json is ${(size / KB).toFixed(1)} KB gzipped`).toBeLessThanOrEqual(BUDGETS.searchIndex);
    });
  });
}

test.describe('the admin (Decap CMS at /admin/)', () => {
  for (const folder of ['dist', 'dist-staff']) {
    test(`${folder}: only /admin/ loads the CMS's JavaScript`, () => {
      const read = (path: string) => readFileSync(fileOf(folder, path), 'utf8');
      const size = (url: string) => gz(readFileSync(join(folder, url)));
      const admin = pageAssets(folder, read(ADMIN_PATH), { dynamic: true }).scripts;
      const elsewhere = new Set(
        builtPages(folder)
          .filter((path) => path !== ADMIN_PATH)
          .flatMap((path) => pageAssets(folder, read(path), { dynamic: true }).scripts),
      );
      // React's own runtime is shared with the search page; the CMS itself is loaded by /admin/ alone.
      const only = admin.filter((url) => !elsewhere.has(url));
      const [largest] = [...admin].sort((a, b) => size(b) - size(a));
      const total = only.reduce((sum, url) => sum + size(url), 0);
      console.log(
        `${folder}${ADMIN_PATH}: ${(total / KB / KB).toFixed(2)} MB of JavaScript gzipped that no other page loads (${only.length} files, the largest ${((largest ? size(largest) : 0) / KB / KB).toFixed(2)} MB); ${admin.length - only.length} shared with the search page`,
      );
      expect(largest && elsewhere.has(largest)).toBe(false);
      expect(total).toBeGreaterThan(1024 * KB);
      expect([...elsewhere].filter((url) => size(url) > 200 * KB)).toEqual([]);
    });
  }

  test("each build's admin edits its own content tree and nothing else", () => {
    const configOf = (folder: string) => {
      const html = readFileSync(fileOf(folder, ADMIN_PATH), 'utf8');
      const json = /<script type="application\/json" id="cms-config">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
      return JSON.parse(json) as { publish_mode: string; collections: { folder: string }[] };
    };
    const publicAdmin = configOf('dist');
    const staffAdmin = configOf('dist-staff');
    expect(publicAdmin.publish_mode).toBe('editorial_workflow');
    expect(publicAdmin.collections.map((collection) => collection.folder)).toEqual(['content/listings', 'content/venues', 'content/organisations']);
    expect(staffAdmin.collections.map((collection) => collection.folder).every((folder) => folder.startsWith('content-staff/'))).toBe(true);
    expect(readFileSync(fileOf('dist', ADMIN_PATH), 'utf8')).not.toContain('content-staff');
  });
});
