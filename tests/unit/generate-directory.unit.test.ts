// The synthetic directory generator (scripts/bench/generate-directory.ts): what it writes must pass
// the content checker, be identical for the same seed, and look like a real directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDirectory, REFERENCE_DATE, type GenerateSummary } from '../../scripts/bench/generate-directory.ts';
import { ACTIVITY_TEMPLATES } from '../../scripts/bench/templates.ts';
import { staffDirFor } from '../../src/reading/content-paths.ts';
import { readContentTree, readStaffTree } from '../../src/reading/content-source.ts';
import { checkContent, formatProblem, type CheckResult } from '../../src/reading/validation/check-content.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const COUNT = 300;
const GENERATED = ['listings', 'organisations', 'venues'] as const;

let scratch = '';
let first = '';
let again = '';
let other = '';
let summary: GenerateSummary;
let result: CheckResult;

/** Every file under dir, as relative path → contents. */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), readFileSync(path, 'utf8'));
  }
  return files;
}

/** The text of every generated (not copied) file. */
function generatedText(dir: string): string {
  const folders = [...GENERATED.map((folder) => join(dir, folder)), join(staffDirFor(dir), 'listings'), join(staffDirFor(dir), 'listing-staff')];
  return folders.flatMap((folder) => readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'))).join('\n');
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'generate-directory-'));
  first = join(scratch, 'first');
  again = join(scratch, 'again');
  other = join(scratch, 'other');
  summary = generateDirectory({ count: COUNT, seed: 1, outDir: first });
  generateDirectory({ count: COUNT, seed: 1, outDir: again });
  generateDirectory({ count: COUNT, seed: 2, outDir: other });
  const staff = readStaffTree(repoRoot, staffDirFor(first));
  result = checkContent(readContentTree(repoRoot, first), { ...(staff ? { staff } : {}), today: REFERENCE_DATE });
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('generateDirectory', () => {
  it('writes the number of files it reports: the listings asked for, one organisation per 6 and one venue per 4', () => {
    expect(summary).toEqual({ listings: COUNT, organisations: COUNT / 6, venues: COUNT / 4 });
    for (const folder of ['organisations', 'venues'] as const) expect(readdirSync(join(first, folder))).toHaveLength(summary[folder]);
    // Referral-only listings go to the staff tree beside it, with the staff information of every listing that has some.
    const staffListings = readdirSync(join(staffDirFor(first), 'listings'));
    expect(readdirSync(join(first, 'listings')).length + staffListings.length).toBe(summary.listings);
    expect(staffListings.length).toBeGreaterThan(0);
    expect(readdirSync(join(staffDirFor(first), 'listing-staff')).length).toBeGreaterThan(staffListings.length);
    expect(readdirSync(join(first, 'taxonomies')).sort()).toEqual(readdirSync(join(repoRoot, 'content', 'taxonomies')).sort());
    expect(readFileSync(join(first, 'site.yml'), 'utf8')).toBe(readFileSync(join(repoRoot, 'content', 'site.yml'), 'utf8'));
  });

  it('passes the content checker with no errors', () => {
    const errors = result.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    expect(result.content?.listings.size).toBe(COUNT);
  });

  it('writes identical files for the same seed, and different ones for another seed', () => {
    const a = readTree(first);
    const b = readTree(again);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, text] of a) expect(b.get(path), path).toBe(text);
    expect(generatedText(other)).not.toBe(generatedText(first));
  });

  it('replaces an earlier tree rather than adding to it', () => {
    const dir = join(scratch, 'rerun');
    generateDirectory({ count: 40, seed: 3, outDir: dir });
    const smaller = generateDirectory({ count: 12, seed: 3, outDir: dir });
    expect(readdirSync(join(dir, 'listings'))).toHaveLength(smaller.listings);
  });

  it('refuses to write over the real content folder', () => {
    expect(() => generateDirectory({ count: 1, outDir: join(repoRoot, 'content') })).toThrow(/refusing/);
  });
});

describe('the generated directory looks real', () => {
  const content = () => {
    if (!result.content) throw new Error('the generated tree did not pass the checker');
    const { listings, venues, ...rest } = result.content;
    return { ...rest, listings: new Map([...listings].map(([slug, item]) => [slug, item.data])), venues: new Map([...venues].map(([slug, item]) => [slug, item.data])) };
  };

  it('has several title templates for every category, with codes from the taxonomies', () => {
    const { categories, audiences, helpsWith } = content().taxonomies;
    const ids = (terms: readonly { id: string }[]) => new Set(terms.map((term) => term.id));
    for (const category of categories) {
      const templates = ACTIVITY_TEMPLATES.filter((template) => template.categories[0] === category.id);
      expect(templates.length, category.id).toBeGreaterThanOrEqual(3);
    }
    for (const template of ACTIVITY_TEMPLATES) {
      for (const code of template.categories) expect(ids(categories).has(code), code).toBe(true);
      for (const code of template.audiences) expect(ids(audiences).has(code), code).toBe(true);
      for (const code of template.helpsWith) expect(ids(helpsWith).has(code), code).toBe(true);
    }
  });

  it('uses every category and places venues in every area, near its centre and with its postcodes', () => {
    const { taxonomies, listings, venues } = content();
    const used = new Set([...listings.values()].flatMap((listing) => listing.categories));
    expect([...used].sort()).toEqual(taxonomies.categories.map((category) => category.id).sort());
    for (const area of taxonomies.areas) {
      const inArea = [...venues.values()].filter((venue) => venue.area === area.id);
      expect(inArea.length, area.id).toBeGreaterThan(0);
      for (const venue of inArea) {
        expect(Math.abs(venue.lat - area.centre.lat)).toBeLessThan(0.02);
        expect(Math.abs(venue.lng - area.centre.lng)).toBeLessThan(0.03);
        if (venue.address.postcode) expect(area.postcodeDistricts).toContain(venue.address.postcode.split(' ')[0]);
      }
    }
  });

  it('uses only Ofcom drama phone numbers and example.org addresses', () => {
    const text = generatedText(first);
    const phones = text.match(/\b0\d{4} \d{6}\b/g) ?? [];
    expect(phones.length).toBeGreaterThan(COUNT / 2);
    for (const phone of phones) expect(phone).toMatch(/^(01632 960\d{3}|07700 900\d{3})$/);
    for (const [, host] of text.matchAll(/https?:\/\/([^/\s"']+)/g)) expect(host).toMatch(/(^|\.)example\.org$/);
    for (const [, host] of text.matchAll(/[\w.+-]+@([\w.-]+)/g)) expect(host).toMatch(/(^|\.)example\.org$/);
  });

  it('has a realistic mix of sessions, remote services, referral-only listings, costs and review dates', () => {
    const listings = [...content().listings.values()];
    const share = (test: (listing: (typeof listings)[number]) => boolean) => listings.filter(test).length / listings.length;
    const regular = share((listing) => listing.sessions.some((session) => ['weekly', 'fortnightly', 'monthly'].includes(session.pattern) && session.venue !== undefined));
    expect(regular).toBeGreaterThan(0.7);
    expect(share((listing) => listing.sessions.some((session) => session.pattern === 'dates'))).toBeGreaterThan(0.02);
    expect(share((listing) => listing.sessions.some((session) => session.pattern === 'course'))).toBeGreaterThan(0.03);
    const remote = share((listing) => listing.sessions.every((session) => session.venue === undefined));
    expect(remote).toBeGreaterThan(0.04);
    expect(remote).toBeLessThan(0.14);
    const referral = listings.filter((listing) => listing.visibility === 'referral-only');
    expect(referral.length / listings.length).toBeGreaterThan(0.05);
    expect(referral.length / listings.length).toBeLessThan(0.18);
    for (const listing of referral) expect(listing.staff?.referral?.method).toBeDefined();
    expect(share((listing) => listing.cost?.type === 'free')).toBeGreaterThan(0.3);
    expect(share((listing) => listing.cost?.type === 'donation')).toBeGreaterThan(0.05);
    expect(share((listing) => listing.cost?.type === 'fee' && listing.cost.per === 'session' && (listing.cost.amount ?? 0) <= 5)).toBeGreaterThan(0.05);
    expect(share((listing) => listing.cost?.type === 'fee' && listing.cost.per !== 'session')).toBeGreaterThan(0.02);
    expect(share((listing) => listing.status.state === 'paused')).toBeGreaterThan(0);
    expect(share((listing) => listing.joining.accepting === 'full')).toBeGreaterThan(0);
    const starts = listings.flatMap((listing) => listing.sessions.map((session) => session.start));
    expect(starts.some((start) => start < '12:00') && starts.some((start) => start >= '12:00' && start < '17:00') && starts.some((start) => start >= '17:00')).toBe(true);
    const confirmed = listings.map((listing) => listing.review.lastConfirmed).sort();
    expect(confirmed.at(-1)! <= REFERENCE_DATE).toBe(true);
    expect(confirmed[0]! >= '2025-05-01').toBe(true);
    expect(confirmed[0]! < '2025-08-01').toBe(true);
  });

  it('gives each listing a summary and a body of 2 to 4 paragraphs, with varied text', () => {
    const files = [join(first, 'listings'), join(staffDirFor(first), 'listings')].flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));
    const bodies = files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text) ?? [];
      expect((parse(frontMatter) as { summary: string }).summary.length).toBeLessThanOrEqual(160);
      return body.trim();
    });
    for (const body of bodies) {
      const paragraphs = body.split(/\n\n/);
      expect(paragraphs.length).toBeGreaterThanOrEqual(2);
      expect(paragraphs.length).toBeLessThanOrEqual(4);
    }
    expect(new Set(bodies).size).toBeGreaterThan(COUNT * 0.95);
  });
});

describe('the command line', () => {
  it('writes a tree and prints the counts and time', () => {
    const dir = join(scratch, 'cli');
    const run = spawnSync(process.execPath, ['scripts/bench/generate-directory.ts', '24', dir, '7'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Wrote 24 listings, 4 organisations and 6 venues to .* in \d+\.\d+s \(seed 7\)/);
    expect(readdirSync(join(dir, 'listings')).length + readdirSync(join(staffDirFor(dir), 'listings')).length).toBe(24);
  });

  it('explains how to use it when the arguments are wrong', () => {
    const run = spawnSync(process.execPath, ['scripts/bench/generate-directory.ts', 'lots'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Usage: npx node scripts\/bench\/generate-directory.ts <count> <outDir> \[seed\]/);
  });
});
