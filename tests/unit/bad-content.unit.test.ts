// Every case in tests/fixtures/bad-content/ is a realistic volunteer mistake. The checker must print
// each line of the case's expected.txt, no other errors, no zod jargon, and refuse to build.
// Add a case folder and a test appears for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, type CheckResult } from '../../src/reading/validation/check-content.ts';
import { buildCaseTree, checkTree, goodTreeDir, listCases, overlayFiles, type BadCase } from './bad-content-cases.ts';

/** Words from zod, YAML internals or JavaScript that mean nothing to a volunteer, and stack-trace lines. */
const JARGON = /Invalid input|expected string|expected number|ZodError|\bat \S+:\d+:\d+|\bundefined\b|\[object Object\]|\bNaN\b/;

const cases = listCases();
const scratch = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function check(badCase: BadCase): CheckResult {
  const root = join(scratch, badCase.name);
  buildCaseTree(badCase, root);
  return checkTree(root);
}

const show = (printed: readonly string[]) => `\nThe checker printed:\n${printed.map((line) => `  ${line}`).join('\n') || '  (nothing)'}`;

describe('the bad-content corpus', () => {
  it('has at least 30 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('every case has an expected.txt and changes or removes something', () => {
    const incomplete = cases.filter((badCase) => badCase.expected.length === 0 || (overlayFiles(badCase).length === 0 && badCase.deletions.length === 0));
    expect(incomplete.map((badCase) => badCase.name)).toEqual([]);
  });

  it('starts from a good tree that passes with only warnings', () => {
    const result = checkTree(goodTreeDir);
    expect(result.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.content).toBeDefined();
  });
});

describe.each(cases)('bad content: $name', (badCase) => {
  // Built on first use, inside a test, so a broken case fails its own tests rather than the whole file.
  let cached: CheckResult | undefined;
  const run = (): CheckResult => (cached ??= check(badCase));
  const printedLines = () => run().problems.map(formatProblem);

  it('explains every problem in plain words, without zod jargon or stack traces', () => {
    const printed = printedLines();
    const wrong = new Set(badCase.knownBug?.wrongLines ?? []);
    expect(
      printed.filter((line) => JARGON.test(line) && !wrong.has(line)),
      show(printed),
    ).toEqual([]);
  });

  if (badCase.knownBug) {
    // A bug in the checker that this case shows; see known-bug.txt. This test fails once it is fixed.
    it(`still shows the known bug: ${badCase.knownBug.description}`, () => {
      const printed = printedLines();
      const missing = badCase.expected.filter((line) => !printed.includes(line));
      const fixedMessage = `${badCase.name}: the bug in known-bug.txt looks fixed; delete known-bug.txt (and check expected.txt matches the new wording)`;
      for (const line of badCase.knownBug?.wrongLines ?? []) expect(printed, fixedMessage + show(printed)).toContain(line);
      expect(missing, fixedMessage + show(printed)).not.toEqual([]);
    });
    return;
  }

  it('prints every line of expected.txt', () => {
    const printed = printedLines();
    expect(
      badCase.expected.filter((line) => !printed.includes(line)),
      `lines of ${badCase.name}/expected.txt that were not printed${show(printed)}`,
    ).toEqual([]);
  });

  it('prints no errors beyond those in expected.txt', () => {
    const printed = printedLines();
    const errors = run()
      .problems.filter((problem) => problem.severity === 'error')
      .map(formatProblem);
    expect(
      errors.filter((line) => !badCase.expected.includes(line)),
      `errors not in ${badCase.name}/expected.txt${show(printed)}`,
    ).toEqual([]);
  });

  if (badCase.warningsOnly) {
    it('still passes: warnings alone never stop the build', () => {
      expect(run().content).toBeDefined();
    });
  } else {
    it('stops the build', () => {
      expect(run().content).toBeUndefined();
    });
  }
});
