// Runs the real `npm run check:content` script (scripts/check-content.ts) as a child process over
// trees copied into tests/.tmp/, and checks what a volunteer would see in the terminal.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCaseTree, goodTreeDir, listCases, repoRoot, type BadCase } from './bad-content-cases.ts';

const tmpRoot = join(repoRoot, 'tests', '.tmp');
let scratch = '';

beforeAll(() => {
  const major = Number(process.versions.node.split('.')[0]);
  if (!(major >= 22)) {
    throw new Error(
      `These tests run scripts/check-content.ts with ${process.execPath}, which is Node ${process.versions.node}; it needs Node 22 or newer to run .ts files. Run the tests with npx vitest so the Node in node_modules is used.`,
    );
  }
  mkdirSync(tmpRoot, { recursive: true });
  scratch = mkdtempSync(join(tmpRoot, 'cli-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  // Remove tests/.tmp too if nothing else is using it.
  try {
    if (readdirSync(tmpRoot).length === 0) rmSync(tmpRoot, { recursive: true });
  } catch {
    // Already gone.
  }
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** CONTENT_DIR as passed to the script, relative to the repo root, like tests/.tmp/cli-x/good/content. */
  contentDir: string;
}

/** Copy a tree into tests/.tmp/ and run the checker on it, the way `npm run check:content` does. */
function runCli(name: string, build: (target: string) => void): Run {
  const root = join(scratch, name);
  build(root);
  const contentDir = relative(repoRoot, join(root, 'content')).split('\\').join('/');
  const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    cwd: repoRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, contentDir };
}

/** Expected lines name files like content/listings/x.md (and content-staff/…); the CLI names them relative to the repo root. */
const underContentDir = (line: string, contentDir: string) => line.replace(/(^|\s)content(?=-staff\/|\/|:)/g, `$1${contentDir}`);

const STACK_LINE = /^\s+at /m;

function findCase(name: string): BadCase {
  const found = listCases().find((badCase) => badCase.name === name);
  if (!found) throw new Error(`tests/fixtures/bad-content/${name} is missing`);
  return found;
}

describe('scripts/check-content.ts', () => {
  it('prints every problem in several files, a summary, and exits 1', () => {
    const badCase = findCase('several-mistakes');
    const run = runCli(badCase.name, (target) => buildCaseTree(badCase, target));
    const output = run.stdout.split('\n');
    for (const line of badCase.expected) expect(output, run.stdout).toContain(underContentDir(line, run.contentDir));

    const errors = badCase.expected.filter((line) => !line.startsWith('warning: '));
    const files = new Set(errors.map((line) => line.slice(0, line.indexOf(': '))));
    expect(errors.length).toBeGreaterThan(1);
    expect(files.size).toBeGreaterThan(1);
    expect(run.stdout).toContain(`${errors.length} problems in ${files.size} files. The site won't build until they are fixed; then run npm run check:content again.`);
    expect(run.stdout).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).not.toContain('The content checker failed unexpectedly');
    expect(run.status, run.stdout + run.stderr).toBe(1);
  });

  it('passes the good tree with "Content is fine" and exits 0, even though it prints warnings', () => {
    const run = runCli('good', (target) => cpSync(goodTreeDir, target, { recursive: true }));
    expect(run.stdout).toMatch(/^Content is fine: 4 listings, /m);
    expect(run.stdout).toMatch(/^warning: /m);
    expect(run.stdout).not.toMatch(/problems? in \d+ files?/);
    expect(run.stdout).not.toMatch(STACK_LINE);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('passes a tree whose only problems are warnings', () => {
    const badCase = findCase('unsafe-html-body');
    expect(badCase.warningsOnly).toBe(true);
    const run = runCli(badCase.name, (target) => buildCaseTree(badCase, target));
    for (const line of badCase.expected) expect(run.stdout.split('\n'), run.stdout).toContain(underContentDir(line, run.contentDir));
    expect(run.stdout).toMatch(/^Content is fine: /m);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });
});
