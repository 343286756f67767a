// The one content reader (src/reading/content-source.ts): what a busy volunteer's files really look like.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_BYTES, parseYaml, readContentTree } from '../../src/reading/content-source.ts';
import { renderMarkdown } from '../../src/reading/markdown.ts';
import { plainText } from '../../src/outputs/search/text.ts';
import { bodyWarnings } from '../../src/reading/validation/body-checks.ts';
import { checkTree, goodTreeDir } from './bad-content-cases.ts';

const scratch = mkdtempSync(join(tmpdir(), 'content-source-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function treeWith(name: string, change: (root: string) => void): string {
  const root = join(scratch, name);
  cpSync(goodTreeDir, root, { recursive: true });
  change(root);
  return root;
}

const walk = () => readFileSync(join(goodTreeDir, 'content/listings/fixture-paused-walk.md'), 'utf8');

describe('reading content files', () => {
  it('reads a file saved with a byte-order mark and Windows line endings exactly like a plain one', () => {
    const root = treeWith('bom-crlf', (dir) => writeFileSync(join(dir, 'content/listings/fixture-paused-walk.md'), `\uFEFF${walk().replace(/\n/g, '\r\n')}`));
    const result = checkTree(root);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const listing = result.content?.listings.get('fixture-paused-walk');
    expect(listing?.data.title).toBe('Fixture Paused Walk');
    expect(listing?.body).toBe('A gentle hour around the village.\n');
  });

  it('follows a link to a file inside the content folder, so the checker and the build see the same listing', () => {
    const root = treeWith('link-inside', (dir) => {
      mkdirSync(join(dir, 'content/shared'));
      writeFileSync(join(dir, 'content/shared/sunday-walk.md'), walk().replace('Fixture Paused Walk', 'Fixture Sunday Walk'));
      symlinkSync('../shared/sunday-walk.md', join(dir, 'content/listings/fixture-sunday-walk.md'));
    });
    const result = checkTree(root);
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.content?.listings.get('fixture-sunday-walk')?.data.title).toBe('Fixture Sunday Walk');
  });

  it('refuses a link to a folder', () => {
    const root = treeWith('link-folder', (dir) => symlinkSync('../venues', join(dir, 'content/listings/more')));
    const lines = readContentTree(root, 'content')
      .listings.filter((file) => file.readError)
      .map((file) => `${file.path}: ${file.readError}`);
    expect(lines).toEqual(['content/listings/more: is a link to a folder; links to folders are not followed, so move the files here instead']);
  });

  it('names the key written twice and both its lines, and refuses YAML tags and alias bombs', () => {
    expect(parseYaml('title: A\nsummary: B\ntitle: C\n', 'fields').error).toBe('the field "title" is written twice, on lines 1 and 3; keep one of them and delete the other');
    expect(parseYaml('x: !!js/function "f"\n', 'fields').error).toBe('uses a YAML tag (a word starting with !) on line 1; remove it and write the value as plain text');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[index]}`).join(', ')}]`)].join('\n');
    expect(parseYaml(bomb, 'fields').error).toMatch(/^uses YAML aliases \(\*name\) \d+ times, more than the 20 allowed/);
    expect(parseYaml('- a\n- b\n', 'fields').error).toBe('should be a set of fields, one per line, like "title: Bugle Walkers"');
  });
});

describe('huge or hostile text stays quick (linear time): each of these would take minutes if it were not', () => {
  const angles = '< walk '.repeat(Math.floor(MAX_TEXT_BYTES / 7));
  const links = '](x '.repeat(Math.floor(MAX_TEXT_BYTES / 4));

  it('the body checks', () => {
    expect(bodyWarnings(`${angles}<img src=x onerror=alert(1)>`)).toEqual([
      'contains HTML with an event handler (like onclick=); it will be removed, so delete it',
      'contains an image; images in the text are removed, so add the photo under photos: with a description (alt) instead',
    ]);
    expect(bodyWarnings(links)).toEqual([]);
  }, 30_000);

  it("the search index's plain text", () => {
    expect(plainText(angles).length).toBe(angles.length);
    expect(plainText(links).length).toBe(links.length);
  }, 30_000);

  it('the Markdown renderer, which keeps the words and never a script', () => {
    const html = renderMarkdown(`${'<p>We walk <b onclick="x()">far</b></p>\n'.repeat(2000)}${angles.slice(0, 200_000)}`);
    expect(html).toContain('<p>We walk <b>far</b></p>');
    expect(html).not.toMatch(/onclick|<script/);
  }, 30_000);
});
