import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { parseDocument, visit } from 'yaml';
import { CONTENT_FOLDERS, POSTCODES_FILE, STAFF_FOLDERS, STAFF_SETTINGS_FILE } from '../schemas/content-layout.ts';
import { TAXONOMY_FILES } from '../schemas/taxonomy.ts';
import type { ContentPaths } from './content-paths.ts';

/**
 * The one reader of content files, for the checker, the build, the tests and the benchmarks alike,
 * so they always agree about what is there. It never throws for bad content: every file that
 * can't be read comes back with a plain-words `readError`.
 */

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

/** A photo or other file kept in a tree's images folder. Only read when a build publishes it. */
export interface AssetFile {
  path: string;
  /** Its name inside the images folder, like hall-entrance.jpg or halls/bugle.jpg. */
  name: string;
  absolute: string;
  readError?: string;
}

export interface ContentTree {
  root: string;
  site: SourceFile;
  taxonomies: Record<keyof typeof TAXONOMY_FILES, SourceFile>;
  listings: SourceFile[];
  organisations: SourceFile[];
  venues: SourceFile[];
  images: AssetFile[];
  /** The postcode table (postcodes.yml), when the area has one. */
  postcodes?: SourceFile;
}

/** The private staff tree (content-staff/). */
export interface StaffTree {
  root: string;
  /** The path shown in messages, like content-staff. */
  shownRoot: string;
  settings?: SourceFile;
  listings: SourceFile[];
  listingStaff: SourceFile[];
  organisations: SourceFile[];
  venues: SourceFile[];
  images: AssetFile[];
}

/** Content files bigger than this are refused rather than read: no listing needs a megabyte of text. */
export const MAX_TEXT_BYTES = 1_000_000;
/** Photos bigger than this are refused. */
export const MAX_IMAGE_BYTES = 8_000_000;
/** YAML aliases (*name) allowed in one file; more is refused, so an "alias bomb" can't blow up. */
export const MAX_YAML_ALIASES = 20;
const MAX_FOLDER_DEPTH = 8;

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** The 1-based line of a character offset. */
const lineAt = (text: string, offset: number) => {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The first line whose bytes are not UTF-8, found line by line (linear time). */
function firstBadLine(bytes: Buffer): number {
  let start = 0;
  for (let line = 1; start <= bytes.length; line += 1) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      strictUtf8.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return 1;
}

/** Run a file operation; a file that can't be opened (permissions, gone meanwhile) becomes a plain error. */
function unreadable<T extends object>(read: () => T): T | { error: string } {
  try {
    return read();
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      error:
        code === 'EACCES' || code === 'EPERM'
          ? "can't be opened (permission denied); check who owns the file and that it can be read"
          : `can't be read (${code ?? 'unknown error'}); check the file is there and can be opened`,
    };
  }
}

/** Read a text file as UTF-8, or say in plain words why not. BOM and Windows line endings are fine. */
export function readText(file: string): { text: string } | { error: string } {
  const size = statSync(file).size;
  if (size > MAX_TEXT_BYTES)
    return { error: `is ${megabytes(size)}, too big for a content file (at most ${megabytes(MAX_TEXT_BYTES)}); shorten the text, and put photos in the images folder rather than in the text` };
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return { error: 'is not a text file (it holds binary data); save it as plain text (UTF-8), or move it to the images folder if it is a photo' };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return {
      error: `line ${firstBadLine(bytes)} has characters that are not UTF-8 (the file was probably saved as Windows-1252 or "ANSI"); save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8) and check the accents, quotes and £ signs on that line`,
    };
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lost = text.indexOf('\uFFFD');
  if (lost !== -1)
    return { error: `line ${lineAt(text, lost)} has a "\uFFFD" where a character was lost when the text was copied (often a quote mark, dash, accent or £ sign); type that character again` };
  return { text };
}

/** Parse YAML safely: duplicate keys, alias bombs, unknown tags and deep nesting all become plain errors. */
/** `firstLine` is the file line the YAML starts on (2 for front matter, after the opening ---). */
export function parseYaml(text: string, expect: 'fields' | 'list', firstLine = 1): { data?: unknown; error?: string } {
  const fileLine = (line: number) => line + firstLine - 1;
  try {
    const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    const [first] = document.errors;
    if (first) {
      const yamlLine = first.linePos?.[0]?.line;
      const line = yamlLine === undefined ? undefined : fileLine(yamlLine);
      const where = line ? ` on line ${line}` : '';
      if (first.code === 'DUPLICATE_KEY') {
        const lineStart = text.lastIndexOf('\n', first.pos[0] - 1) + 1;
        const indent = text.slice(lineStart, first.pos[0]);
        const key =
          text
            .slice(first.pos[0])
            .split('\n')[0]
            ?.split(':')[0]
            ?.trim()
            .replace(/^["']|["']$/g, '') ?? '';
        const earlier = text
          .slice(0, lineStart)
          .split('\n')
          .findIndex((candidate) => candidate.startsWith(`${indent}${key}:`));
        const lines = earlier >= 0 && line ? `, on lines ${fileLine(earlier + 1)} and ${line}` : where;
        return { error: `the field "${key}" is written twice${lines}; keep one of them and delete the other` };
      }
      const detail = first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
      return { error: `the YAML can't be read${where} (${detail}); check the indentation and that text with a colon in it is in quotes` };
    }
    const tag = document.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED');
    if (tag) return { error: `uses a YAML tag (a word starting with !) on line ${fileLine(tag.linePos?.[0]?.line ?? 1)}; remove it and write the value as plain text` };
    let aliases = 0;
    visit(document, {
      Alias: () => {
        aliases += 1;
      },
    });
    if (aliases > MAX_YAML_ALIASES) return { error: `uses YAML aliases (*name) ${aliases} times, more than the ${MAX_YAML_ALIASES} allowed; write the values out in full instead` };
    const data: unknown = document.toJS({ maxAliasCount: 100 });
    if (data === null || data === undefined) return { data: undefined };
    const isList = Array.isArray(data);
    if (expect === 'list' && !isList) return { error: 'should be a list, with each item starting "- " on a new line' };
    if (expect === 'fields' && (isList || typeof data !== 'object')) return { error: 'should be a set of fields, one per line, like "title: Bugle Walkers"' };
    return { data };
  } catch (error) {
    if (error instanceof RangeError) return { error: 'is nested too deeply to read; check the indentation' };
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { error: `the YAML can't be read (${detail}); check the file, or copy a working one and start again` };
  }
}

/** Split a Markdown file into its front matter and body, line by line (linear time). */
function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
  if (!/^---[ \t]*(\n|$)/.test(text)) return undefined;
  const start = text.indexOf('\n') + 1;
  for (let at = start; at > 0 && at <= text.length;) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end === -1 ? text.length : end);
    if (/^---[ \t]*$/.test(line)) return { yaml: text.slice(start, at), body: end === -1 ? '' : text.slice(end + 1) };
    if (end === -1) return undefined;
    at = end + 1;
  }
  return undefined;
}

/** The path people see: relative to the project, or absolute for content kept elsewhere. */
export function shownPath(projectRoot: string, file: string): string {
  const path = relative(projectRoot, file);
  return (path.startsWith('..') ? file : path || '.').split(sep).join('/');
}

/** `shown` is the path people see: for a followed link, the link's own path (and its name is the id). */
function readFile(file: string, shown: string, markdown: boolean, expect: 'fields' | 'list' = 'fields'): SourceFile {
  const name = basename(shown);
  const slug = basename(name, extname(name));
  const read = unreadable(() => readText(file));
  if ('error' in read) return { path: shown, slug, data: undefined, body: '', readError: read.error };
  const { text } = read;
  if (!markdown) {
    const { data, error } = parseYaml(text, expect);
    return { path: shown, slug, data, body: '', ...(error ? { readError: error } : {}) };
  }
  const parts = splitFrontMatter(text);
  if (!parts) {
    return { path: shown, slug, data: undefined, body: text, readError: 'has no front matter; it must start with a line of three dashes (---), then the fields, then another line of ---' };
  }
  // Line numbers are lines of the whole file: the opening --- is line 1.
  const { data, error } = parseYaml(parts.yaml, 'fields', 2);
  return { path: shown, slug, data, body: parts.body, ...(error ? { readError: error } : {}) };
}

interface FoundFile {
  absolute: string;
  shown: string;
  name: string;
  error?: string;
}

/**
 * Every file under a folder. Links to files inside the tree are followed; links out of the tree,
 * to folders, or to nothing are reported, as are special files (which could hang a reader).
 */
function walk(projectRoot: string, treeRoot: string, folder: string): FoundFile[] {
  if (!existsSync(folder)) return [];
  const realRoot = realpathSync(treeRoot);
  const found: FoundFile[] = [];
  const visitFolder = (dir: string, depth: number) => {
    const entries = unreadable(() => readdirSync(dir, { withFileTypes: true }));
    if ('error' in entries) {
      found.push({ absolute: dir, shown: shownPath(projectRoot, dir), name: relative(folder, dir), error: entries.error.replace('the file', 'the folder') });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const absolute = join(dir, entry.name);
      const shown = shownPath(projectRoot, absolute);
      const name = relative(folder, absolute).split(sep).join('/');
      if (entry.isDirectory()) {
        if (depth >= MAX_FOLDER_DEPTH) found.push({ absolute, shown, name, error: `is more than ${MAX_FOLDER_DEPTH} folders deep; move its files nearer the top` });
        else visitFolder(absolute, depth + 1);
        continue;
      }
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(absolute);
        } catch {
          found.push({ absolute, shown, name, error: 'is a link to a file that does not exist; replace the link with the file itself' });
          continue;
        }
        const inside = target === realRoot || target.startsWith(realRoot + sep);
        if (!inside) {
          found.push({
            absolute,
            shown,
            name,
            error: `is a link to a file outside ${shownPath(projectRoot, treeRoot)}/; links out of the content folder are never followed, so put the file itself here`,
          });
        } else if (lstatSync(target).isDirectory()) {
          found.push({ absolute, shown, name, error: 'is a link to a folder; links to folders are not followed, so move the files here instead' });
        } else if (!statSync(target).isFile()) {
          found.push({ absolute, shown, name, error: 'is not an ordinary file; replace it with the file itself' });
        } else {
          found.push({ absolute: target, shown, name });
        }
        continue;
      }
      if (!entry.isFile()) {
        found.push({ absolute, shown, name, error: 'is not an ordinary file; replace it with the file itself' });
        continue;
      }
      found.push({ absolute, shown, name });
    }
  };
  visitFolder(folder, 0);
  return found;
}

/** The name a file should have: `x.md.txt` → `x.md`, `x.txt` → `x.md`. */
function suggestedName(name: string, extensions: readonly string[]): string {
  const withoutLast = basename(name, extname(name));
  const [wanted = ''] = extensions;
  return extensions.includes(extname(withoutLast).toLowerCase()) ? withoutLast : `${withoutLast}${wanted}`;
}

/** Every file in a folder. Files with the wrong ending are reported, never silently skipped. */
function readFolder(projectRoot: string, treeRoot: string, folder: string, extensions: readonly string[], what: string): SourceFile[] {
  return walk(projectRoot, treeRoot, folder).map(({ absolute, shown, name, error }): SourceFile => {
    const fileName = basename(name);
    const slug = basename(fileName, extname(fileName));
    if (error) return { path: shown, slug, data: undefined, body: '', readError: error };
    const extension = extname(fileName).toLowerCase();
    if (extensions.includes(extension)) return readFile(absolute, shown, extension === '.md');
    return { path: shown, slug, data: undefined, body: '', readError: `${what} files must end in ${extensions[0]}; rename it to ${suggestedName(fileName, extensions)}` };
  });
}

/** The photos a tree may use, by the signature of their first bytes (a renamed file is caught). */
const IMAGE_SIGNATURES: readonly { extensions: readonly string[]; matches: (head: Buffer) => boolean }[] = [
  { extensions: ['.jpg', '.jpeg'], matches: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
  { extensions: ['.png'], matches: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { extensions: ['.gif'], matches: (head) => head.subarray(0, 4).toString('latin1') === 'GIF8' },
  { extensions: ['.webp'], matches: (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP' },
];
export const IMAGE_EXTENSIONS = IMAGE_SIGNATURES.flatMap((signature) => signature.extensions);

function readHead(file: string): Buffer {
  const head = Buffer.alloc(16);
  const handle = openSync(file, 'r');
  try {
    readSync(handle, head, 0, 16, 0);
  } finally {
    closeSync(handle);
  }
  return head;
}

function readImages(projectRoot: string, treeRoot: string, folder: string): AssetFile[] {
  return walk(projectRoot, treeRoot, folder).map(({ absolute, shown, name, error }): AssetFile => {
    if (error) return { path: shown, name, absolute, readError: error };
    const extension = extname(name).toLowerCase();
    const signature = IMAGE_SIGNATURES.find((item) => item.extensions.includes(extension));
    if (!signature) {
      const svg = extension === '.svg' ? ' (SVG is not allowed because it can carry scripts)' : '';
      return { path: shown, name, absolute, readError: `is not a photo this site can use${svg}; save it as a JPEG, PNG, GIF or WebP file` };
    }
    const problem = unreadable(() => {
      const size = statSync(absolute).size;
      if (size > MAX_IMAGE_BYTES) return { error: `is ${megabytes(size)}, too big for a photo (at most ${megabytes(MAX_IMAGE_BYTES)}); make it smaller` };
      if (!signature.matches(readHead(absolute))) return { error: `is not really a ${extension.slice(1).toUpperCase()} image; open it and save it again as a photo` };
      return {};
    });
    return { path: shown, name, absolute, ...('error' in problem && problem.error ? { readError: problem.error } : {}) };
  });
}

function readSingle(projectRoot: string, file: string, expect: 'fields' | 'list'): SourceFile {
  const shown = shownPath(projectRoot, file);
  const slug = basename(file, extname(file));
  if (!existsSync(file)) return { path: shown, slug, data: undefined, body: '', readError: 'is missing; create it (see README.md for what goes in it)' };
  if (!statSync(file).isFile()) return { path: shown, slug, data: undefined, body: '', readError: 'is not an ordinary file; replace it with the file itself' };
  return readFile(file, shown, false, expect);
}

/** Read only site.yml and the taxonomies: what the build needs before anything else. Never throws. */
export function readSettingsFiles(projectRoot: string, contentDir = 'content'): Pick<ContentTree, 'root' | 'site' | 'taxonomies'> {
  const root = resolve(projectRoot, contentDir);
  const taxonomies = Object.fromEntries(
    Object.entries(TAXONOMY_FILES).map(([key, file]) => [key, readSingle(projectRoot, join(root, CONTENT_FOLDERS.taxonomies, file), 'list')]),
  ) as ContentTree['taxonomies'];
  return { root, site: readSingle(projectRoot, join(root, 'site.yml'), 'fields'), taxonomies };
}

/** Read every content file under `<projectRoot>/<contentDir>`. Never throws for bad content. */
export function readContentTree(projectRoot: string, contentDir = 'content'): ContentTree {
  const settings = readSettingsFiles(projectRoot, contentDir);
  const { root } = settings;
  return {
    ...settings,
    listings: readFolder(projectRoot, root, join(root, CONTENT_FOLDERS.listings), ['.md'], 'listing'),
    organisations: readFolder(projectRoot, root, join(root, CONTENT_FOLDERS.organisations), ['.yml', '.yaml'], 'organisation'),
    venues: readFolder(projectRoot, root, join(root, CONTENT_FOLDERS.venues), ['.yml', '.yaml'], 'venue'),
    images: readImages(projectRoot, root, join(root, CONTENT_FOLDERS.images)),
    ...(existsSync(join(root, POSTCODES_FILE)) ? { postcodes: readSingle(projectRoot, join(root, POSTCODES_FILE), 'fields') } : {}),
  };
}

/** Read the staff tree, or undefined when there is none. Only the staff build and the checker call this. */
export function readStaffTree(projectRoot: string, staffDir: string): StaffTree | undefined {
  const root = resolve(projectRoot, staffDir);
  if (!existsSync(root)) return undefined;
  const settingsFile = join(root, STAFF_SETTINGS_FILE);
  return {
    root,
    shownRoot: shownPath(projectRoot, root),
    ...(existsSync(settingsFile) ? { settings: readSingle(projectRoot, settingsFile, 'fields') } : {}),
    listings: readFolder(projectRoot, root, join(root, STAFF_FOLDERS.listings), ['.md'], 'referral-only listing'),
    listingStaff: readFolder(projectRoot, root, join(root, STAFF_FOLDERS.listingStaff), ['.yml', '.yaml'], 'staff information'),
    organisations: readFolder(projectRoot, root, join(root, STAFF_FOLDERS.organisations), ['.yml', '.yaml'], 'organisation'),
    venues: readFolder(projectRoot, root, join(root, STAFF_FOLDERS.venues), ['.yml', '.yaml'], 'venue'),
    images: readImages(projectRoot, root, join(root, STAFF_FOLDERS.images)),
  };
}

/**
 * Both trees as a check or build reads them: content/ always, the staff tree only when asked
 * (the public build never asks), and the staff tree's path as messages show it.
 */
export function readTrees(projectRoot: string, paths: ContentPaths, withStaffTree: boolean): { tree: ContentTree; staff?: StaffTree; staffRoot: string } {
  const staff = withStaffTree ? readStaffTree(projectRoot, paths.staffDir) : undefined;
  return { tree: readContentTree(projectRoot, paths.contentDir), ...(staff ? { staff } : {}), staffRoot: shownPath(projectRoot, resolve(projectRoot, paths.staffDir)) };
}
