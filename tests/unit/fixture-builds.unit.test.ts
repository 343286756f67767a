import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    env: { ...process.env, CONTENT_DIR: content },
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

describe('astro build over the good fixture, whose listing text is hostile', () => {
  const out = join(work, 'good-dist');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: 'tests/fixtures/good/content' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const files = result.status === 0 ? readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)) : [];
  const page = join(out, 'listings/fixture-knit-and-natter/index.html');
  const html = existsSync(page) ? readFileSync(page, 'utf8') : '';

  it('builds, and still tells the author what was removed', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('warning: tests/fixtures/good/content/listings/fixture-knit-and-natter.md: body: contains a <script>');
  });

  it('keeps the words but strips every way of running a script', () => {
    expect(html).toContain('We knit, we natter, we drink tea.');
    const body = html.slice(html.indexOf('<div class="prose">'), html.indexOf('</div>', html.indexOf('<div class="prose">')));
    expect(body).not.toMatch(/<script|<iframe|<svg|<style|<form|\son[a-z]+=|javascript:|data:text/i);
    expect(html.match(/<script/g) ?? []).toEqual([]);
  });

  it('puts no staff sentinel and no referral-only listing in any output file', () => {
    expect(files.length).toBeGreaterThan(20);
    const leaks = files.filter((file) => readFileSync(file).toString('latin1').includes('STAFF-SENTINEL'));
    expect(leaks).toEqual([]);
    expect(files.some((file) => file.includes('fixture-referral-only'))).toBe(false);
  });
});
