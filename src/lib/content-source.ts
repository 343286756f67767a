import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { TAXONOMY_FILES } from '../schemas/taxonomy.ts';

/** One content file as read from disk, before validation. */
export interface SourceFile {
  /** Path shown to people, relative to the project, like content/listings/bugle-walkers.md. */
  path: string;
  /** The id: the file name without its extension. */
  slug: string;
  /** Parsed YAML (front matter for Markdown), or undefined if it could not be read. */
  data: unknown;
  /** The Markdown body, for listings. */
  body: string;
  /** A plain-words reason the file could not be read, if it could not. */
  readError?: string;
}

export interface ContentTree {
  root: string;
  site: SourceFile;
  taxonomies: Record<keyof typeof TAXONOMY_FILES, SourceFile>;
  listings: SourceFile[];
  organisations: SourceFile[];
  venues: SourceFile[];
}

// The same pattern Astro uses to find front matter, so both read files alike.
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---\r?\n?/;

function parseYaml(text: string): { data?: unknown; error?: string } {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const [first] = document.errors;
  if (first) {
    const line = first.linePos?.[0]?.line;
    const where = line ? ` on line ${line}` : '';
    const detail = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    return { error: `the YAML can't be read${where} (${detail}); check the indentation and that text with a colon in it is in quotes` };
  }
  return { data: document.toJS() };
}

/** The path people see: relative to the project, or absolute for content kept elsewhere. */
function shownPath(projectRoot: string, file: string): string {
  const path = relative(projectRoot, file);
  return (path.startsWith('..') ? file : path).split('\\').join('/');
}

function readFile(projectRoot: string, file: string, markdown: boolean): SourceFile {
  const path = shownPath(projectRoot, file);
  const slug = basename(file, extname(file));
  const text = readFileSync(file, 'utf8');
  if (!markdown) {
    const { data, error } = parseYaml(text);
    return { path, slug, data, body: '', ...(error ? { readError: error } : {}) };
  }
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { path, slug, data: undefined, body: text, readError: 'has no front matter; it must start with a line of three dashes (---), then the fields, then another line of ---' };
  }
  const offset = text.slice(0, match.index).split('\n').length;
  const { data, error } = parseYaml(match[1] ?? '');
  // Report YAML line numbers as lines of the whole file (the opening --- is line 1).
  const readError = error?.replace(/on line (\d+)/, (_, line: string) => `on line ${Number(line) + offset}`);
  return { path, slug, data, body: text.slice(match[0].length), ...(readError ? { readError } : {}) };
}

/** Every file in a folder. Files with the wrong ending are reported, never silently skipped. */
function readFolder(projectRoot: string, folder: string, extensions: readonly string[], what: string): SourceFile[] {
  if (!existsSync(folder)) return [];
  const files: SourceFile[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const file = join(entry.parentPath, entry.name);
    const extension = extname(entry.name).toLowerCase();
    if (extensions.includes(extension)) {
      files.push(readFile(projectRoot, file, extension === '.md'));
    } else {
      const slug = basename(entry.name, extname(entry.name));
      const path = shownPath(projectRoot, file);
      files.push({ path, slug, data: undefined, body: '', readError: `${what} files must end in ${extensions[0]}; rename it to ${slug}${extensions[0]}` });
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

function readSingle(projectRoot: string, file: string): SourceFile {
  if (existsSync(file)) return readFile(projectRoot, file, false);
  const path = shownPath(projectRoot, file);
  return { path, slug: basename(file, extname(file)), data: undefined, body: '', readError: 'is missing; create it (see README.md for what goes in it)' };
}

/** Read only site.yml and the taxonomies: what the build needs before the collections load. Never throws. */
export function readSettingsFiles(projectRoot: string, contentDir = 'content'): Pick<ContentTree, 'root' | 'site' | 'taxonomies'> {
  const root = resolve(projectRoot, contentDir);
  const taxonomies = Object.fromEntries(
    Object.entries(TAXONOMY_FILES).map(([key, file]) => [key, readSingle(projectRoot, join(root, 'taxonomies', file))]),
  ) as ContentTree['taxonomies'];
  return { root, site: readSingle(projectRoot, join(root, 'site.yml')), taxonomies };
}

/** Read every content file under `<projectRoot>/<contentDir>`. Never throws for bad content. */
export function readContentTree(projectRoot: string, contentDir = 'content'): ContentTree {
  const settings = readSettingsFiles(projectRoot, contentDir);
  const { root } = settings;
  return {
    ...settings,
    listings: readFolder(projectRoot, join(root, 'listings'), ['.md'], 'listing'),
    organisations: readFolder(projectRoot, join(root, 'organisations'), ['.yml', '.yaml'], 'organisation'),
    venues: readFolder(projectRoot, join(root, 'venues'), ['.yml', '.yaml'], 'venue'),
  };
}
