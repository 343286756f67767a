/**
 * Who may change what. Decap CMS has no per-entry permissions, so ownership is checked at review:
 * each changed file is matched to the organisations it belongs to, and the author must be one of
 * their editors (organisation.editors) or a coordinator (the staff tree's site.yml). Pure: the
 * script (scripts/check-ownership.ts) reads the files and git; this decides.
 */

export interface OwnershipFacts {
  /** Organisation → its editors' CMS user names, as they were before the change (so nobody can add themselves). */
  editors: ReadonlyMap<string, readonly string[]>;
  /** Listing → its organisation, before the change (absent for a new listing). */
  listingOrganisationBefore: ReadonlyMap<string, string>;
  /** Listing → its organisation, after the change (absent if it was deleted). */
  listingOrganisationAfter: ReadonlyMap<string, string>;
  /** Venue → the organisations whose listings meet there, before the change. */
  venueOrganisations: ReadonlyMap<string, readonly string[]>;
  /** Photo file name → the organisations whose listings show it, after the change. */
  imageOrganisations: ReadonlyMap<string, readonly string[]>;
  coordinators: readonly string[];
}

export interface OwnershipFinding {
  file: string;
  ok: boolean;
  /** In plain words, for the pull request comment. */
  reason: string;
}

export interface ChangedFile {
  /** The path inside the content tree, like listings/bugle-walkers.md. */
  path: string;
  /** How the file is shown, like content/listings/bugle-walkers.md. */
  shown: string;
}

const sameUser = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const slugOf = (path: string) => (path.split('/').at(-1) ?? '').replace(/\.(md|ya?ml)$/, '');

export function checkOwnership(author: string, changed: readonly ChangedFile[], facts: OwnershipFacts): OwnershipFinding[] {
  if (facts.coordinators.some((name) => sameUser(name, author))) {
    return changed.map((file) => ({ file: file.shown, ok: true, reason: `${author} is a coordinator, who may edit anything` }));
  }
  const editsFor = (organisation: string) => (facts.editors.get(organisation) ?? []).some((name) => sameUser(name, author));
  const anyOf = (organisations: readonly string[]) => organisations.filter(editsFor);
  return changed.map(({ path, shown }): OwnershipFinding => {
    const slug = slugOf(path);
    const [folder] = path.split('/');
    if (folder === 'listings') {
      const before = facts.listingOrganisationBefore.get(slug);
      const after = facts.listingOrganisationAfter.get(slug);
      const owners = [...new Set([before, after].filter((organisation): organisation is string => Boolean(organisation)))];
      const notEditor = owners.filter((organisation) => !editsFor(organisation));
      if (owners.length > 0 && notEditor.length === 0) return { file: shown, ok: true, reason: `${author} is an editor for ${owners.join(' and ')}` };
      return {
        file: shown,
        ok: false,
        reason: owners.length === 0 ? 'the listing names no organisation a coordinator can check' : `${author} is not listed as an editor for ${notEditor.join(' or ')}, which runs this listing`,
      };
    }
    if (folder === 'organisations') {
      if (!facts.editors.has(slug)) return { file: shown, ok: false, reason: 'a new organisation: a coordinator should check it and add its editors' };
      return editsFor(slug) ? { file: shown, ok: true, reason: `${author} is an editor for ${slug}` } : { file: shown, ok: false, reason: `${author} is not listed as an editor for ${slug}` };
    }
    if (folder === 'venues') {
      const users = facts.venueOrganisations.get(slug);
      if (!users) return { file: shown, ok: false, reason: 'a new venue: a coordinator should check its address and map point' };
      const mine = anyOf(users);
      return mine.length > 0
        ? { file: shown, ok: true, reason: `${author} is an editor for ${mine.join(', ')}, which meets here` }
        : { file: shown, ok: false, reason: `a venue used by ${users.join(', ') || 'no listing'}, none of which lists ${author} as an editor` };
    }
    if (folder === 'images') {
      const mine = anyOf(facts.imageOrganisations.get(path.split('/').at(-1) ?? '') ?? []);
      return mine.length > 0
        ? { file: shown, ok: true, reason: `a photo on a listing of ${mine.join(', ')}` }
        : { file: shown, ok: false, reason: `a photo that no listing of ${author}'s organisations shows` };
    }
    return { file: shown, ok: false, reason: 'site settings and taxonomies are changed by coordinators only' };
  });
}

/** The pull request comment, in plain English. */
export function ownershipComment(author: string, findings: readonly OwnershipFinding[]): string {
  const outside = findings.filter((finding) => !finding.ok);
  const lines = findings.map((finding) => `- ${finding.ok ? '✅' : '⚠️'} \`${finding.file}\`: ${finding.reason}.`);
  const summary =
    outside.length === 0
      ? `Every change by ${author} is one they may make.`
      : `${outside.length === 1 ? 'One change' : `${outside.length} changes`} by ${author} ${outside.length === 1 ? 'is' : 'are'} outside their own organisation's entries. A coordinator should check ${outside.length === 1 ? 'it' : 'them'} before this is merged.`;
  return [`**Who may edit this:** ${summary}`, '', ...lines].join('\n');
}
