// Support for the bad-content corpus (tests/fixtures/bad-content/<case>/): each case is the good
// tree (tests/fixtures/good/) plus an overlay of changed or added files, minus the paths in delete.txt.
// Not a test file itself; used by bad-content.unit.test.ts and check-content-cli.unit.test.ts.
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentTree, readStaffTree } from '../../src/reading/content-source.ts';
import { checkContent, type CheckResult } from '../../src/reading/validation/check-content.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const goodTreeDir = join(repoRoot, 'tests', 'fixtures', 'good');
export const casesDir = join(repoRoot, 'tests', 'fixtures', 'bad-content');

/** Files in a case folder that describe the case rather than being part of the overlay. */
const CONTROL_FILES = new Set(['expected.txt', 'delete.txt', 'known-bug.txt']);

export interface BadCase {
  name: string;
  dir: string;
  /** The exact lines (formatProblem output) the checker must print, paths relative to the tree root. */
  expected: string[];
  /** Paths relative to the tree root to remove from the good tree. */
  deletions: string[];
  /** True when every expected line is a warning: the checker must then still pass. */
  warningsOnly: boolean;
  /**
   * A checker bug this case shows (known-bug.txt): `#` lines describe it, other lines are what the
   * checker wrongly prints today. Absent for cases the checker already handles.
   */
  knownBug?: { description: string; wrongLines: string[] };
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '');
}

export function listCases(): BadCase[] {
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name): BadCase => {
      const dir = join(casesDir, name);
      const expectedFile = join(dir, 'expected.txt');
      const expected = existsSync(expectedFile) ? lines(expectedFile) : [];
      const deleteFile = join(dir, 'delete.txt');
      const deletions = existsSync(deleteFile) ? lines(deleteFile).map((line) => line.trim()) : [];
      const knownBugFile = join(dir, 'known-bug.txt');
      const bugLines = existsSync(knownBugFile) ? lines(knownBugFile) : undefined;
      const base = { name, dir, expected, deletions, warningsOnly: expected.length > 0 && expected.every((line) => line.startsWith('warning: ')) };
      if (!bugLines) return base;
      return {
        ...base,
        knownBug: {
          description: bugLines
            .filter((line) => line.startsWith('#'))
            .map((line) => line.replace(/^#\s?/, ''))
            .join(' '),
          wrongLines: bugLines.filter((line) => !line.startsWith('#')),
        },
      };
    });
}

/** The overlay files of a case, as paths relative to the tree root. */
export function overlayFiles(badCase: BadCase): string[] {
  return readdirSync(badCase.dir, { withFileTypes: true, recursive: true })
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !(entry.parentPath === badCase.dir && CONTROL_FILES.has(entry.name)))
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(badCase.dir.length + 1)
        .split('\\')
        .join('/'),
    );
}

/**
 * Write the case's tree into `target` (which should not exist yet): good tree + overlay − deletions.
 * Throws if delete.txt names a path the good tree doesn't have, so a typo can't make a case a no-op.
 */
export function buildCaseTree(badCase: BadCase, target: string): void {
  cpSync(goodTreeDir, target, { recursive: true, verbatimSymlinks: true });
  for (const file of overlayFiles(badCase)) {
    const from = join(badCase.dir, file);
    const to = join(target, file);
    // Links are copied as links, as written (a broken link too), so the checker sees what a volunteer's folder would hold.
    if (lstatSync(from).isSymbolicLink()) {
      mkdirSync(dirname(to), { recursive: true });
      rmSync(to, { force: true });
      symlinkSync(readlinkSync(from), to);
    } else {
      cpSync(from, to);
    }
  }
  for (const path of badCase.deletions) {
    if (!existsSync(join(target, path))) throw new Error(`${badCase.name}/delete.txt names ${path}, which is not in the good tree`);
    rmSync(join(target, path), { recursive: true });
  }
}

/** Check a tree the way the full checker does: content/ and, when it is there, content-staff/ beside it. */
export function checkTree(root: string, today?: string): CheckResult {
  const staff = readStaffTree(root, 'content-staff');
  return checkContent(readContentTree(root, 'content'), { ...(staff ? { staff } : {}), ...(today ? { today } : {}) });
}
