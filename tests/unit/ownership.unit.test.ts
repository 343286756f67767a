import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkOwnership, ownershipComment, type OwnershipFacts } from '../../src/domain/ownership.ts';

const facts: OwnershipFacts = {
  editors: new Map([
    ['bugle-walkers-club', ['jan-bugle']],
    ['par-choir', ['pat-par']],
  ]),
  listingOrganisationBefore: new Map([
    ['bugle-walk', 'bugle-walkers-club'],
    ['par-sing', 'par-choir'],
  ]),
  listingOrganisationAfter: new Map([
    ['bugle-walk', 'bugle-walkers-club'],
    ['par-sing', 'bugle-walkers-club'],
    ['new-walk', 'bugle-walkers-club'],
  ]),
  venueOrganisations: new Map([
    ['bugle-hall', ['bugle-walkers-club', 'par-choir']],
    ['par-hall', ['par-choir']],
  ]),
  imageOrganisations: new Map([['walk.jpg', ['bugle-walkers-club']]]),
  coordinators: ['sam-coordinator'],
};
const file = (path: string) => ({ path, shown: `content/${path}` });
const verdicts = (author: string, paths: string[]) => checkOwnership(author, paths.map(file), facts).map((finding) => [finding.file, finding.ok]);

describe('who may edit what', () => {
  it("lets an editor change their own organisation's listings, new listings, venues they meet at and their photos", () => {
    expect(verdicts('Jan-Bugle', ['listings/bugle-walk.md', 'listings/new-walk.md', 'venues/bugle-hall.yml', 'images/walk.jpg', 'organisations/bugle-walkers-club.yml']).every(([, ok]) => ok)).toBe(
      true,
    );
  });
  it("reports another organisation's listing, venue and organisation, and moving a listing to your own organisation", () => {
    expect(verdicts('jan-bugle', ['listings/par-sing.md', 'venues/par-hall.yml', 'organisations/par-choir.yml'])).toEqual([
      ['content/listings/par-sing.md', false],
      ['content/venues/par-hall.yml', false],
      ['content/organisations/par-choir.yml', false],
    ]);
  });
  it('sends new venues and organisations, settings and taxonomies to a coordinator', () => {
    expect(verdicts('jan-bugle', ['venues/new-hall.yml', 'organisations/new-club.yml', 'site.yml', 'taxonomies/categories.yml', 'images/other.jpg']).map(([, ok]) => ok)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('lets a coordinator edit anything', () => {
    expect(verdicts('sam-coordinator', ['site.yml', 'listings/par-sing.md']).every(([, ok]) => ok)).toBe(true);
  });
  it('says so in plain English for the pull request', () => {
    const comment = ownershipComment('jan-bugle', checkOwnership('jan-bugle', [file('listings/par-sing.md'), file('listings/bugle-walk.md')], facts));
    expect(comment).toContain('One change by jan-bugle is outside their own organisation');
    expect(comment).toContain('jan-bugle is not listed as an editor for par-choir, which runs this listing');
    expect(comment).toContain('✅ `content/listings/bugle-walk.md`');
  });
});

describe('npm run check:ownership over the example content', () => {
  const run = (...args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, ['scripts/check-ownership.ts', ...args], { encoding: 'utf8' }) };
    } catch (error) {
      const failed = error as { status: number; stdout: string };
      return { code: failed.status, out: failed.stdout };
    }
  };
  it("passes an organisation's editor and stops someone else, naming the file and why", () => {
    const mine = run('--author', 'ctw-volunteer', '--changed', 'content/listings/bugle-walkers.md');
    expect(mine).toMatchObject({ code: 0 });
    const theirs = run('--author', 'someone-else', '--changed', 'content/listings/bugle-walkers.md');
    expect(theirs.code).toBe(1);
    expect(theirs.out).toContain('someone-else is not listed as an editor for clay-trails-walkers');
  });
  it('reads editors as they were at --base, so an edit cannot make its own author an editor', () => {
    expect(run('--author', 'ctw-volunteer', '--base', 'HEAD', '--changed', 'content/listings/bugle-walkers.md').code).toBe(0);
  });
  it('explains how to use it when the arguments are missing', () => {
    expect(run('--author', 'x')).toMatchObject({ code: 2, out: expect.stringContaining('Usage: npm run check:ownership') });
  });
});

describe('the CI templates for an area’s content repository', () => {
  for (const template of ['cms/ci/github-actions.yml', 'cms/ci/gitlab-ci.yml']) {
    it(`${template} runs the content check and the ownership check, comments and labels`, () => {
      const text = readFileSync(template, 'utf8');
      expect(() => parse(text)).not.toThrow();
      for (const script of text.match(/scripts\/[\w-]+\.ts/g) ?? []) expect(existsSync(script), script).toBe(true);
      expect(text).toContain('scripts/check-content.ts');
      expect(text).toContain('scripts/check-ownership.ts --author');
      expect(text).toContain('--base');
      expect(text).toContain('needs coordinator');
    });
  }
});
