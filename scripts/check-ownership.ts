// `npm run check:ownership -- --author <user> --changed <files…> [--base <git ref>] [--comment <file>]`
// Reports each changed listing, venue, organisation or photo in content/ whose organisation doesn't
// list the author as an editor. Coordinators (coordinators: in the staff tree's site.yml, or the
// COORDINATORS environment variable, comma-separated, where the staff tree isn't checked out) may
// edit anything. With --base, editors and owners are read as they were at that git ref, so an edit
// can't make its own author an editor. Exits 1 when a change needs a coordinator, 2 on bad usage.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { checkOwnership, ownershipComment, type ChangedFile, type OwnershipFacts } from '../src/domain/ownership.ts';
import { contentPaths } from '../src/reading/content-paths.ts';
import { readContentTree, readStaffTree, type ContentTree } from '../src/reading/content-source.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const author = option('--author');
const changedAt = args.indexOf('--changed');
const changedArgs = changedAt === -1 ? [] : args.slice(changedAt + 1).filter((_, index, rest) => !rest.slice(0, index + 1).some((arg) => arg.startsWith('--')));
if (!author || changedArgs.length === 0) {
  console.log('Usage: npm run check:ownership -- --author <CMS user name> --changed <file> [<file>…] [--base <git ref>] [--comment <file>]');
  process.exit(2);
}

const projectRoot = process.cwd();
const paths = contentPaths();
const contentRoot = resolve(projectRoot, paths.contentDir);

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The content tree as it was at a git ref, unpacked into a temporary folder. */
function treeAt(ref: string): { tree: ContentTree; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ownership-'));
  const archive = spawnSync('git', ['archive', '--format=tar', ref, relative(projectRoot, contentRoot)], { cwd: projectRoot, maxBuffer: 256 * 1024 * 1024 });
  if (archive.status !== 0) {
    console.log(`Can't read ${paths.contentDir}/ at ${ref}: ${archive.stderr.toString().trim()}`);
    process.exit(2);
  }
  spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  return { tree: readContentTree(dir, join(dir, relative(projectRoot, contentRoot))), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const listingOrganisations = (tree: ContentTree) =>
  new Map(tree.listings.flatMap((file) => (text(record(file.data)['organisation']) ? [[file.slug, text(record(file.data)['organisation']) ?? '']] : [])));

const after = readContentTree(projectRoot, paths.contentDir);
const base = option('--base');
const before = base ? treeAt(base) : { tree: after, cleanup: () => undefined };
const venueOrganisations = new Map<string, string[]>();
for (const file of before.tree.venues) venueOrganisations.set(file.slug, []);
for (const file of before.tree.listings) {
  const organisation = text(record(file.data)['organisation']);
  for (const session of list(record(file.data)['sessions'])) {
    const venue = text(record(session)['venue']);
    if (venue && organisation) venueOrganisations.set(venue, [...new Set([...(venueOrganisations.get(venue) ?? []), organisation])]);
  }
}
const imageOrganisations = new Map<string, string[]>();
for (const file of after.listings) {
  const organisation = text(record(file.data)['organisation']);
  for (const photo of list(record(file.data)['photos'])) {
    const src = text(record(photo)['src']);
    if (src && organisation) imageOrganisations.set(src, [...(imageOrganisations.get(src) ?? []), organisation]);
  }
}
const staff = readStaffTree(projectRoot, paths.staffDir);
const coordinators = [
  ...list(record(staff?.settings?.data)['coordinators']).flatMap((name) => (typeof name === 'string' ? [name] : [])),
  ...(process.env['COORDINATORS'] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
];
const facts: OwnershipFacts = {
  editors: new Map(before.tree.organisations.map((file) => [file.slug, list(record(file.data)['editors']).flatMap((name) => (typeof name === 'string' ? [name] : []))])),
  listingOrganisationBefore: listingOrganisations(before.tree),
  listingOrganisationAfter: listingOrganisations(after),
  venueOrganisations,
  imageOrganisations,
  coordinators,
};
before.cleanup();

// Only files in the public content tree are groups' to edit; anything else is reported for a coordinator.
const changed: ChangedFile[] = changedArgs.map((file) => {
  const inside = relative(contentRoot, resolve(projectRoot, file));
  const shown = relative(projectRoot, resolve(projectRoot, file));
  return inside.startsWith('..') ? { path: `outside/${inside}`, shown } : { path: inside, shown };
});
const findings = checkOwnership(author, changed, facts);
const comment = ownershipComment(author, findings);
console.log(comment);
const commentFile = option('--comment');
if (commentFile) writeFileSync(commentFile, `${comment}\n`);
process.exit(findings.every((finding) => finding.ok) ? 0 : 1);
