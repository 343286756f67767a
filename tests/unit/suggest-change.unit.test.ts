import { describe, expect, it } from 'vitest';
import { suggestChangeLinks } from '../../src/domain/suggest-change.ts';

const base = {
  slug: 'bugle-walkers',
  title: 'Bugle Walkers & Friends',
  address: 'https://directory.example.org/listings/bugle-walkers/',
  supportEmail: 'help@example.org',
  audience: 'public' as const,
  referralOnly: false,
};

describe('suggest a change', () => {
  it('opens an email to the support contact that names the listing and its address', () => {
    const { email } = suggestChangeLinks(base);
    const url = new URL(email);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('help@example.org');
    expect(url.searchParams.get('subject')).toBe('Suggested change: Bugle Walkers & Friends');
    expect(url.searchParams.get('body')).toContain('Listing: Bugle Walkers & Friends\r\nAddress: https://directory.example.org/listings/bugle-walkers/');
  });
  it("links editors to the listing's entry in this build's own admin", () => {
    expect(suggestChangeLinks(base).editor.href).toBe('/admin/#/collections/listings/entries/bugle-walkers');
    expect(suggestChangeLinks({ ...base, audience: 'staff', referralOnly: true }).editor.href).toBe('/admin/#/collections/referral-only/entries/bugle-walkers');
    expect(suggestChangeLinks({ ...base, audience: 'staff' }).editor).toEqual({ href: '/admin/#/collections/staff-information/entries/bugle-walkers', text: 'Edit the staff information' });
  });
});
