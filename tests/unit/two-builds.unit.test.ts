import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { fromWire, type SearchIndexWire } from '../../src/outputs/search/record.ts';
import { markedFieldSentinels } from './sentinels.ts';

// Both real builds (npm run build and npm run build:staff, through scripts/build.ts) over the good
// fixture, whose listing text is hostile and whose staff-only values are sentinels: hand-written
// ones in the referral-only listings, organisation and venue (the staff tree), and ones made from
// the schemas' publication marks for every marked field. Every file of the public build must be
// free of them, in any encoding; the staff build must show every one.
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'two-builds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture plus a sentinel value in every marked field: staff information for the paused walk, staff settings, organisation editors. */
const marked = markedFieldSentinels();
const tree = join(work, 'tree');
cpSync(join(root, 'tests/fixtures/good'), tree, { recursive: true });
for (const { document, key, value } of marked.values) {
  if (document === 'listing' && key === 'staff') writeFileSync(join(tree, 'content-staff/listing-staff/fixture-paused-walk.yml'), stringify(value));
  else if (document === 'site' && key === 'staff') writeFileSync(join(tree, 'content-staff/site.yml'), stringify(value));
  else if (document === 'organisation')
    writeFileSync(join(tree, 'content/organisations/fixture-trust.yml'), `${readFileSync(join(tree, 'content/organisations/fixture-trust.yml'), 'utf8')}\n${stringify({ [key]: value })}`);
  else throw new Error(`two-builds.unit.test.ts doesn't know where ${document}.${key} lives; add it here`);
}
const fixture = join(tree, 'content');
const NOW = '2026-11-21T12:00:00Z';

function build(audience: 'public' | 'staff', name: string = audience, contentDir = fixture) {
  const out = join(work, name);
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), audience, '--outDir', out], {
    cwd: root,
    // A fixed "now" keeps review states and dates steady; a cache of its own keeps the fixture
    // apart from the real content's.
    env: { ...process.env, CONTENT_DIR: contentDir, DIRECTORY_NOW: NOW, ASTRO_CACHE_DIR: join(work, `cache-${name}`) },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const files =
    result.status === 0
      ? readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
          .sort()
      : [];
  const read = (path: string) => {
    const file = join(out, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  return { out, result, files, read, output: `${result.stdout}\n${result.stderr}` };
}

/** Every sentinel: STAFF-SENTINEL-… words, emails and addresses written in the fixture, the staff-only phone numbers, and those made from the marks. */
function fixtureSentinels(): string[] {
  const text = readdirSync(tree, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|ya?ml)$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
  const words = text.match(/staff-sentinel-[a-z0-9-]+(@example\.org)?/gi) ?? [];
  // Phone numbers that appear only on referral-only listings, their organisation, or in staff fields.
  const phones = ['07700 900901', '07700 900911', '07700 900912', '07700 900913'];
  return [...new Set([...words, ...phones, ...marked.strings])];
}

/** The forms a sentinel can take in a file: as written, in web addresses, HTML and JSON escapes, and a phone number's other forms. */
function encodings(sentinel: string): string[] {
  const forms = [sentinel, encodeURIComponent(sentinel), sentinel.replace('@', '&#64;'), sentinel.replace('@', '&#x40;'), sentinel.replace('@', '\\u0040')];
  if (!/^0[\d ]+$/.test(sentinel)) return [...new Set(forms)];
  const digits = sentinel.replace(/\D/g, '');
  return [sentinel, digits, `+44${digits.slice(1)}`, sentinel.replace(' ', '&nbsp;'), sentinel.replace(' ', '\u00a0')];
}

const sentinels = fixtureSentinels();
const publicBuild = build('public');
const staffBuild = build('staff');
const contents = (files: string[]) => files.map((file) => ({ file, text: readFileSync(file).toString('latin1'), utf8: readFileSync(file, 'utf8') }));
// The same public build with the staff tree taken away: it must not differ by a byte.
renameSync(join(tree, 'content-staff'), join(work, 'staff-tree-away'));
const publicWithoutStaffTree = build('public', 'public-without-staff-tree');
renameSync(join(work, 'staff-tree-away'), join(tree, 'content-staff'));
const referralSlugs = ['fixture-referral-only', 'fixture-referral-hidden'];
const staffPhoto = readFileSync(join(tree, 'content-staff/images/staff-sentinel-refuge-door.png'));
const publicPhoto = readFileSync(join(tree, 'content/images/fixture-hall-door.png'));

describe('scripts/build.ts keeps the two builds apart', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts/build.ts'), ...args], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: fixture, DIRECTORY_NOW: NOW, ASTRO_CACHE_DIR: join(work, 'cache-refused') },
      encoding: 'utf8',
      timeout: 120_000,
    });

  it('refuses to write the staff build into a folder called dist', () => {
    const result = run('staff', '--outDir', join(work, 'dist'));
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toContain("The staff build can't be written to dist/, the public site's folder. Run npm run build:staff, which writes to dist-staff/.");
    expect(existsSync(join(work, 'dist', 'index.html'))).toBe(false);
  }, 60_000);

  it('refuses a build it does not know', () => {
    const result = run('everyone');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('"everyone" isn\'t a build. Use public or staff.');
  }, 60_000);
});

describe('the fixture has sentinels to look for', () => {
  it("in every free-text field of the referral-only listings, and in a public listing's staff fields", () => {
    expect(sentinels.length).toBeGreaterThan(40);
    for (const expected of [
      'STAFF-SENTINEL-REFERRAL-TITLE',
      'STAFF-SENTINEL-REFERRAL-BODY',
      'STAFF-SENTINEL-REFERRAL-STEP-ONE',
      'STAFF-SENTINEL-HIDDEN-NOTES',
      'STAFF-SENTINEL-ORG-NAME',
      'STAFF-SENTINEL-VENUE-NAME',
      'STAFF-SENTINEL-PUBLIC-LISTING-NOTE',
      'staff-sentinel-public-contact@example.org',
    ]) {
      expect(sentinels).toContain(expected);
    }
  });
});

describe('the public build (npm run build)', () => {
  const { result, files, read, output } = publicBuild;

  it('builds, and still tells the author what was removed from hostile text', () => {
    expect(result.status).toBe(0);
    expect(output).toContain('/listings/fixture-knit-and-natter.md: body: contains a <script>');
    expect(files.length).toBeGreaterThan(20);
  });

  it('contains no sentinel in any file: HTML, JavaScript, CSS, JSON, XML, text, headers or anything else', () => {
    const kinds = new Set(files.map((file) => file.split('.').at(-1)));
    for (const kind of ['html', 'js', 'json', 'xml', 'txt']) expect(kinds).toContain(kind);
    // Astro inlines small stylesheets into the pages, so the CSS is in .css files, in the HTML, or both.
    expect(kinds.has('css') || contents(files).some(({ file, text }) => file.endsWith('.html') && text.includes('<style'))).toBe(true);
    const leaks = contents(files).flatMap(({ file, text, utf8 }) =>
      sentinels
        .flatMap(encodings)
        .filter((sentinel) => text.includes(sentinel) || utf8.includes(sentinel))
        .map((sentinel) => `${relative(publicBuild.out, file)}: ${sentinel}`),
    );
    expect(leaks).toEqual([]);
    // Belt and braces: nothing that even looks like a sentinel, in any case or encoding.
    const decoded = (text: string) => text.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    expect(
      contents(files)
        .filter(({ text }) => /staff.?sentinel|sentinel-\d{4}/i.test(decoded(text)))
        .map(({ file }) => file),
    ).toEqual([]);
  });

  it('publishes the photo of a public listing, under a name made from its bytes, and never a staff photo', () => {
    const bytes = files.map((file) => readFileSync(file));
    expect(bytes.filter((data) => data.equals(staffPhoto))).toEqual([]);
    const base64 = staffPhoto.toString('base64');
    expect(
      contents(files)
        .filter(({ text }) => text.includes(base64))
        .map(({ file }) => file),
    ).toEqual([]);
    const published = files.filter((_file, index) => bytes[index]?.equals(publicPhoto)).map((file) => relative(publicBuild.out, file));
    expect(published).toHaveLength(1);
    expect(published[0]).toMatch(/^photos\/[0-9a-f]{20}\.png$/);
    expect(read('listings/fixture-knit-and-natter/index.html')).toContain(`src="/${published[0]}"`);
    expect(staffBuild.files.some((file) => readFileSync(file).equals(staffPhoto))).toBe(true);
  });

  it('carries no staff wording in its search script', () => {
    const scripts = contents(files.filter((file) => file.endsWith('.js')))
      .map(({ utf8 }) => utf8)
      .join('\n');
    expect(scripts.length).toBeGreaterThan(1000);
    for (const words of ['Referral only: not shown to the public', 'Takes referrals now', 'How to refer', 'Referrals (staff)', 'Phone to talk first', 'Online referral form'])
      expect(scripts).not.toContain(words);
  });

  it('has no page for a referral-only listing, nor for the organisation and venue only it uses', () => {
    const paths = files.map((file) => relative(publicBuild.out, file));
    for (const slug of [...referralSlugs, 'fixture-referral-org', 'fixture-referral-venue']) expect(paths.filter((path) => path.includes(slug))).toEqual([]);
    expect(read('listings/fixture-knit-and-natter/index.html')).toContain('Fixture Knit and Natter');
  });

  it('has a search index with no referral-only listing and no staff field', () => {
    const index = fromWire(JSON.parse(read('search-index.json')) as SearchIndexWire);
    expect(index.records.map((record) => record.s).sort()).toEqual(['fixture-knit-and-natter', 'fixture-paused-walk']);
    expect(index.labels.staff).toBeUndefined();
    expect(index.records.filter((record) => 'y' in record || 'e' in record)).toEqual([]);
  });

  it('is open to search engines, with a sitemap that lists only public pages', () => {
    expect(read('robots.txt')).toContain('Allow: /');
    expect(read('robots.txt')).toContain('Sitemap: ');
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('/listings/fixture-knit-and-natter/');
    expect(sitemap).not.toMatch(/referral|dashboard/);
    expect(read('_headers')).not.toContain('X-Robots-Tag');
    expect(files.some((file) => file.includes('dashboard'))).toBe(false);
  });

  it('keeps the words of hostile listing text but strips every way of running a script', () => {
    const html = read('listings/fixture-knit-and-natter/index.html');
    expect(html).toContain('We knit, we natter, we drink tea.');
    const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf('</div>', html.indexOf('<div class="prose">')));
    expect(body).not.toMatch(/<script|<iframe|<svg|<style|<form|\son[a-z]+=|javascript:|data:text/i);
    // The one script is the "Add to my list" button's own module, from the build's files: no inline script at all.
    expect(html.match(/<script[^>]*>/g) ?? []).toEqual([expect.stringMatching(/^<script type="module" src="\/_astro\/AddToMyList[\w.-]+\.js">$/)]);
  });
});

describe('the public build never reads the staff tree', () => {
  it('is byte for byte the same with the staff tree there and with it removed', () => {
    expect(publicWithoutStaffTree.result.status).toBe(0);
    const listing = (build: typeof publicBuild) => build.files.map((file) => relative(build.out, file));
    expect(listing(publicWithoutStaffTree)).toEqual(listing(publicBuild));
    const differing = publicBuild.files.filter((file, index) => !readFileSync(file).equals(readFileSync(publicWithoutStaffTree.files[index] ?? file)));
    expect(differing.map((file) => relative(publicBuild.out, file))).toEqual([]);
    expect(publicBuild.files.length).toBeGreaterThan(20);
  });
});

describe('the staff build (npm run build:staff)', () => {
  const { result, files, read } = staffBuild;
  const html = contents(files.filter((file) => file.endsWith('.html')));

  it('builds', () => {
    expect(result.status).toBe(0);
  });

  it('shows every staff-only sentinel somewhere, and no never-published one', () => {
    const all = contents(files)
      .map(({ utf8 }) => utf8)
      .join('\n');
    const neverPublished = new Set(marked.values.filter((item) => item.publication === 'never-published').flatMap((item) => item.strings));
    // Photo file names are sentinels too, but every build publishes photos under names made from their bytes.
    const staffOnly = sentinels.filter((sentinel) => !neverPublished.has(sentinel) && !sentinel.endsWith('-door'));
    expect(staffOnly.length).toBeGreaterThan(50);
    expect(staffOnly.filter((sentinel) => !all.includes(sentinel))).toEqual([]);
    expect([...neverPublished].filter((sentinel) => all.includes(sentinel))).toEqual([]);
  });

  it('offers staff shortcuts on the home page', () => {
    expect(read('index.html')).toContain('href="/search/?referral=referral-only"');
    expect(publicBuild.read('index.html')).not.toContain('referral=');
  });

  it('shows referral-only listings with the badge and the staff section', () => {
    const page = read('listings/fixture-referral-only/index.html');
    expect(page).toContain('Referral only: not shown to the public');
    expect(page).toContain('For staff');
    expect(page).toMatch(/STAFF-SENTINEL-REFERRAL-STEP-ONE[\s\S]*STAFF-SENTINEL-REFERRAL-STEP-TWO/);
    expect(page).toContain('Review: Up to date.');
    expect(read('listings/fixture-knit-and-natter/index.html')).toContain('STAFF-SENTINEL-PUBLIC-STEP');
    expect(read('listings/fixture-knit-and-natter/index.html')).not.toContain('Referral only: not shown to the public');
  });

  it('tells search engines to stay away, three ways, and has no sitemap', () => {
    expect(html.length).toBeGreaterThan(20);
    expect(html.filter(({ text }) => !text.includes('<meta name="robots" content="noindex, nofollow, noarchive">')).map(({ file }) => file)).toEqual([]);
    expect(read('_headers')).toContain('X-Robots-Tag: noindex');
    expect(read('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    expect(files.filter((file) => /sitemap/i.test(file))).toEqual([]);
  });

  it('says on every page that it is the staff version and must not be shared', () => {
    expect(html.filter(({ text }) => !text.includes('Staff version: do not share.')).map(({ file }) => file)).toEqual([]);
  });

  it('has staff filters and staff fields in its search index', () => {
    const index = fromWire(JSON.parse(read('search-index.json')) as SearchIndexWire);
    expect(index.records.map((record) => record.s)).toEqual(expect.arrayContaining(referralSlugs));
    expect(index.labels.staff?.show.map((option) => option.id)).toEqual(['referral-only', 'takes-referrals', 'higher-needs']);
    expect(index.records.every((record) => typeof record.y === 'number')).toBe(true);
  });

  it('puts the stale fixture listings on the dashboard, oldest first, and leaves current ones off', () => {
    const dashboard = read('dashboard/index.html');
    const review = dashboard.slice(dashboard.indexOf('id="review-heading"'), dashboard.indexOf('id="recent-heading"'));
    // Paused walk: last confirmed 10 January 2025; hidden referral group: 2 April 2025. Both over a year by 21 November 2026.
    expect(review).toMatch(/Fixture Paused Walk[\s\S]*STAFF-SENTINEL-HIDDEN-TITLE/);
    expect(review).toContain('10 January 2025 (22 months ago)');
    expect(review).not.toContain('Fixture Knit and Natter');
    expect(read('dashboard/gaps/young-people/index.html')).toContain('Gaps: Young people aged 16 to 25');
  });
});
