import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real build over a copy of good content with hand-made mistakes: it must stop, name every
// problem, and show no stack trace.
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'build-fails-'));
const content = join(work, 'content');
cpSync(join(root, 'tests/fixtures/good/content'), content, { recursive: true });
const edit = (file: string, from: string, to: string) => writeFileSync(join(content, file), readFileSync(join(content, file), 'utf8').replace(from, to));
edit('listings/fixture-knit-and-natter.md', 'start: "10:00"', 'start: 10ish');
edit('listings/fixture-paused-walk.md', 'organisation: fixture-trust', 'organisation: fixture-trsut');
edit('venues/fixture-hall.yml', 'postcode: PL26 8PB', 'postcode: PL26 8P');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('astro build over bad content', () => {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, DIRECTORY_NOW: '2026-11-21T12:00:00Z' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;

  it('fails', () => {
    expect(result.status).toBe(1);
  });

  it('names every bad file and field', () => {
    expect(output).toContain(`${content}/listings/fixture-knit-and-natter.md: sessions[0].start: "10ish" is not a time; write it like 10:00 or 10am`);
    expect(output).toContain(`${content}/listings/fixture-paused-walk.md: organisation: "fixture-trsut" is not an organisation; did you mean fixture-trust?`);
    expect(output).toContain(`${content}/venues/fixture-hall.yml: address.postcode: "PL26 8P" is not a UK postcode`);
    expect(output).toContain('3 problems in the content. Nothing was built');
  });

  it('shows no stack trace', () => {
    expect(output).not.toMatch(/^\s+at \S+/m);
    expect(output).not.toMatch(/Error:|ZodError|Stack trace/);
  });
});
