// Edits lose nothing: every example listing, venue, organisation and staff information file,
// opened and saved by Decap CMS's own file formats (the front-matter and YAML code Decap 3.16
// writes with, in the field order of our generated forms), means exactly what it meant before.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// Decap's own formatters, from the installed decap-cms-core.
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import decapYaml from 'decap-cms-core/dist/esm/formats/yaml.js';
import { cmsConfig } from '../../src/outputs/cms/config.ts';
import type { DecapCollection } from '../../src/outputs/cms/decap-types.ts';
import { readContentTree, readStaffTree } from '../../src/reading/content-source.ts';
import { checkContent, type ValidContent } from '../../src/reading/validation/check-content.ts';

const TODAY = '2026-12-01';
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'cms-round-trip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(contentDir: string, staffDir: string): ValidContent {
  const staff = readStaffTree(root, staffDir);
  const { content, problems } = checkContent(readContentTree(root, contentDir), { ...(staff ? { staff } : {}), today: TODAY });
  if (!content) throw new Error(problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));
  return content;
}

const before = check('content', 'content-staff');
const collections = (['public', 'staff'] as const).flatMap((audience) => {
  const made = cmsConfig({ content: before, audience, contentFolder: 'content', staffFolder: 'content-staff' });
  if (!('config' in made)) throw new Error(made.missing);
  return made.config.collections;
});

/** Open and save one file the way Decap does, with no change made in the form. */
function decapSave(text: string, collection: DecapCollection): string {
  const fieldOrder = collection.fields.map((field) => field.name);
  if (collection.format === 'frontmatter') return FrontmatterInfer.toFile(FrontmatterInfer.fromFile(text), fieldOrder);
  return decapYaml.toFile(decapYaml.fromFile(text), fieldOrder);
}

cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
cpSync(join(root, 'content-staff'), join(work, 'content-staff'), { recursive: true });
const saved: string[] = [];
let rewritten = 0;
for (const collection of collections) {
  const folder = join(work, collection.folder);
  if (!existsSync(folder)) continue;
  for (const name of readdirSync(folder).filter((file) => file.endsWith(`.${collection.extension}`))) {
    const path = join(folder, name);
    const text = readFileSync(path, 'utf8');
    const after = decapSave(text, collection);
    if (after !== text) rewritten += 1;
    writeFileSync(path, after);
    saved.push(`${collection.folder}/${name}`);
  }
}
const after = check(join(work, 'content'), join(work, 'content-staff'));
const entries = <T>(map: ReadonlyMap<string, T>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
const meaning = (content: ValidContent) => ({
  listings: entries(content.listings).map(([slug, { data, body, tree }]) => [slug, { data, body: body.trim(), tree }]),
  organisations: entries(content.organisations),
  venues: entries(content.venues),
});

describe('saving through the CMS without changes', () => {
  it('goes through every listing, venue, organisation and staff information file of both trees', () => {
    expect(saved.length).toBeGreaterThan(before.listings.size + before.venues.size);
    expect(saved.filter((path) => path.startsWith('content/listings/'))).toHaveLength([...before.listings.values()].filter((listing) => listing.tree === 'content').length);
    expect(saved.filter((path) => path.startsWith('content-staff/listing-staff/')).length).toBeGreaterThan(90);
    // Decap writes its own layout (field order, quoting, line folding), so most files do change as text.
    expect(rewritten).toBeGreaterThan(saved.length / 2);
  });

  it('changes the meaning of no file: the checker reads exactly the same content back', () => {
    expect(meaning(after)).toEqual(meaning(before));
  });

  it('keeps sessions, skip dates, staff information, the Markdown body and fields the form does not show', () => {
    const withSkips = [...before.listings.values()].find((listing) => listing.data.sessions.some((session) => session.skipDates.length > 0));
    const withStaff = [...before.listings.entries()].find(([, listing]) => listing.data.staff?.notes);
    expect(withSkips).toBeDefined();
    expect(withStaff).toBeDefined();
    const [slug] = withStaff ?? [''];
    expect(after.listings.get(slug)?.data.staff).toEqual(before.listings.get(slug)?.data.staff);
    // editors: never on a public form, kept on save.
    const organisation = [...before.organisations.entries()].find(([, item]) => item.data.editors.length > 0);
    expect(organisation).toBeDefined();
    expect(after.organisations.get(organisation?.[0] ?? '')?.data.editors).toEqual(organisation?.[1].data.editors);
  });
});
