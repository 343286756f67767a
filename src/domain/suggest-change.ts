/**
 * "Suggest a change" on a listing page: for anyone, an email to the directory's support contact
 * that already names the listing and its address; for the people who edit it, its page in the
 * admin. Both are plain links, so they work without JavaScript.
 */
export interface SuggestChangeLinks {
  email: string;
  editor: { href: string; text: string };
}

export interface SuggestChangeInput {
  slug: string;
  title: string;
  /** The listing's public address, like https://directory.example.org/listings/bugle-walkers/. */
  address: string;
  supportEmail: string;
  audience: 'public' | 'staff';
  referralOnly: boolean;
}

/** Where a listing is edited: the public admin for groups; the staff admin for referral-only listings and staff information. */
export function adminEntry({ slug, audience, referralOnly }: Pick<SuggestChangeInput, 'slug' | 'audience' | 'referralOnly'>): { href: string; text: string } {
  if (audience === 'public') return { href: `/admin/#/collections/listings/entries/${slug}`, text: 'Edit this listing' };
  return referralOnly
    ? { href: `/admin/#/collections/referral-only/entries/${slug}`, text: 'Edit this referral-only listing' }
    : { href: `/admin/#/collections/staff-information/entries/${slug}`, text: 'Edit the staff information' };
}

export function suggestChangeLinks(input: SuggestChangeInput): SuggestChangeLinks {
  const subject = `Suggested change: ${input.title}`;
  const body = [`Listing: ${input.title}`, `Address: ${input.address}`, '', 'What needs changing:', '', ''].join('\r\n');
  return {
    email: `mailto:${input.supportEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`,
    editor: adminEntry(input),
  };
}
