// Moves staff data written the old way (inside content/) into the staff tree: `npm run move-staff-data`.
// - a listing's `staff:` block → content-staff/listing-staff/<name>.yml
// - referral-only listings → content-staff/listings/
// - organisations and venues that only referral-only listings use → content-staff/
// - the `staff:` block of site.yml → content-staff/site.yml
// Text is moved line by line, so comments and layout survive; each change is checked by reading both files back.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';
import { contentPaths } from '../src/reading/content-paths.ts';
import { readContentTree } from '../src/reading/content-source.ts';
import { CONTENT_FOLDERS, STAFF_FOLDERS, STAFF_SETTINGS_FILE } from '../src/schemas/content-layout.ts';

const root = process.cwd();
const paths = contentPaths();
const contentRoot = resolve(root, paths.contentDir);
const staffRoot = resolve(root, paths.staffDir);
const moved: string[] = [];

/** Split YAML text into the lines of one top-level block (`key:` and what is indented under it) and the rest. */
function takeBlock(yaml: string, key: string): { block: string; rest: string } | undefined {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start === -1) return undefined;
  let end = start + 1;
  while (end < lines.length && (/^\s/.test(lines[end] ?? '') || lines[end] === '')) end += 1;
  // Trailing blank lines stay with the rest.
  while (end > start + 1 && lines[end - 1] === '') end -= 1;
  return { block: lines.slice(start, end).join('\n'), rest: [...lines.slice(0, start), ...lines.slice(end)].join('\n') };
}

/** The block's value as its own file: `staff:` and two spaces of indent removed. */
function blockAsFile(block: string, key: string): string {
  const [first = '', ...others] = block.split('\n');
  const inline = first.slice(key.length + 1).trim();
  const body = inline ? [`# moved from ${key}: ${inline}`] : others.map((line) => line.replace(/^ {2}/, ''));
  return `${body.join('\n')}\n`;
}

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) throw new Error(`${file} already exists; move the staff data by hand`);
  writeFileSync(file, text);
}

function moveFile(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true });
  if (existsSync(to)) throw new Error(`${to} already exists; move ${from} by hand`);
  renameSync(from, to);
  moved.push(`${from} → ${to}`);
}

const tree = readContentTree(root, paths.contentDir);
const referralOnly = tree.listings.filter((file) => (file.data as { visibility?: unknown } | undefined)?.visibility === 'referral-only');
const used = (key: 'organisation' | 'venue', files: typeof tree.listings) =>
  new Set(
    files.flatMap((file) => {
      const data = file.data as { organisation?: string; sessions?: { venue?: string }[] } | undefined;
      return key === 'organisation' ? [data?.organisation ?? ''] : (data?.sessions ?? []).map((session) => session.venue ?? '');
    }),
  );
const publicFiles = tree.listings.filter((file) => !referralOnly.includes(file));

for (const file of tree.listings) {
  const absolute = resolve(root, file.path);
  const text = readFileSync(absolute, 'utf8');
  const end = text.indexOf('\n---', 3);
  const yaml = text.slice(4, end + 1);
  const taken = takeBlock(yaml, 'staff');
  if (taken) {
    const staffFile = join(staffRoot, STAFF_FOLDERS.listingStaff, `${file.slug}.yml`);
    const staffText = blockAsFile(taken.block, 'staff');
    const before = parse(yaml) as Record<string, unknown>;
    const { staff, ...rest } = before;
    if (!isDeepStrictEqual(parse(staffText), staff) || !isDeepStrictEqual(parse(taken.rest), rest)) throw new Error(`${file.path}: the staff block could not be moved cleanly; move it by hand`);
    write(staffFile, staffText);
    writeFileSync(absolute, `---\n${taken.rest}${text.slice(end + 1)}`);
    moved.push(`${file.path} staff: → ${staffFile}`);
  }
}
for (const file of referralOnly) moveFile(resolve(root, file.path), join(staffRoot, STAFF_FOLDERS.listings, `${file.slug}.md`));
for (const [key, folder, files] of [
  ['organisation', CONTENT_FOLDERS.organisations, tree.organisations],
  ['venue', CONTENT_FOLDERS.venues, tree.venues],
] as const) {
  const publicUse = used(key, publicFiles);
  const staffUse = used(key, referralOnly);
  for (const file of files) {
    if (staffUse.has(file.slug) && !publicUse.has(file.slug)) moveFile(resolve(root, file.path), join(staffRoot, folder, `${file.slug}.yml`));
  }
}
const siteFile = join(contentRoot, 'site.yml');
const siteText = readFileSync(siteFile, 'utf8');
const siteStaff = takeBlock(siteText, 'staff');
if (siteStaff) {
  write(join(staffRoot, STAFF_SETTINGS_FILE), `# Staff settings: the staff build's title and who staff contact.\n${blockAsFile(siteStaff.block, 'staff')}`);
  writeFileSync(siteFile, siteStaff.rest);
  moved.push(`${siteFile} staff: → ${join(staffRoot, STAFF_SETTINGS_FILE)}`);
}
console.log(moved.length > 0 ? moved.join('\n') : 'No staff data found in the content folder.');
console.log(`\nNow run npm run check:content. Keep ${paths.staffDir} out of the public repository (see docs/deploying.md).`);
