// Every case of the bad-content corpus through the real build (scripts/build.ts staff, which checks
// both content trees, as npm run build:staff does): the build must print each line of expected.txt,
// stop (or build, when a case has only warnings), and never show a stack trace or hang.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCaseTree, listCases, repoRoot } from './bad-content-cases.ts';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'bad-content-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The build names files by their full path; expected.txt names them from the tree root. */
const fromRoot = (output: string, root: string) => output.split('\n').map((line) => line.replaceAll(`${root}/`, ''));

describe.concurrent.each(listCases().filter((badCase) => !badCase.knownBug))('the build over bad content: $name', (badCase) => {
  it('prints every expected line, without a stack trace, and stops unless there are only warnings', async () => {
    const root = join(scratch, badCase.name);
    buildCaseTree(badCase, root);
    const outDir = join(root, 'out-staff');
    const result = await run(process.execPath, [join(repoRoot, 'scripts/build.ts'), 'staff', '--outDir', outDir], {
      cwd: repoRoot,
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), DIRECTORY_NOW: '2026-11-21T12:00:00Z', ASTRO_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1' },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    }).then(
      ({ stdout, stderr }) => ({ code: 0, output: `${stdout}\n${stderr}` }),
      (error: { code?: number; stdout?: string; stderr?: string; killed?: boolean }) => ({ code: error.killed ? 'timeout' : error.code, output: `${error.stdout ?? ''}\n${error.stderr ?? ''}` }),
    );
    const lines = fromRoot(result.output, root);
    expect(
      badCase.expected.filter((line) => !lines.includes(line)),
      result.output.slice(0, 4000),
    ).toEqual([]);
    expect(result.output, result.output.slice(0, 6000)).not.toMatch(/^\s+at \S+/m);
    expect(result.output).not.toMatch(/ZodError|Stack trace|fault in the software/);
    expect(result.code).toBe(badCase.warningsOnly ? 0 : 1);
    if (badCase.name === 'word-html-body') {
      // Pasted Word text keeps its words, paragraphs, list and bold; only Word's markup goes.
      const html = readFileSync(join(outDir, 'listings/fixture-paused-walk/index.html'), 'utf8');
      expect(html).toContain('<p>We walk for about an hour and stop for tea.</p>');
      expect(html).toMatch(/<b>Bring good shoes\.<\/b>/);
      expect(html).toMatch(/<li>Flat paths<\/li>\s*<li>Benches on the way<\/li>/);
      // The page's own stylesheet may be inlined in <head>; Word's markup would be in the listing's text.
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(main).toContain('We walk for about an hour');
      expect(main).not.toMatch(/Mso|mso-|o:p|font-family/);
    }
  }, 180_000);
});
