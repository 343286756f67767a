// Reads the example content so browser tests pick real listings without hard-coding file names.
import { readContentTree } from '../../src/lib/content-source.ts';

type Raw = Record<string, unknown> & { status?: { state?: string }; visibility?: string; contact?: { phone?: string }; title?: string; staff?: unknown };

const tree = readContentTree(process.cwd(), 'content');
export const listings = tree.listings.map((file) => ({ slug: file.slug, data: file.data as Raw }));
export const publicListings = listings.filter((listing) => listing.data.visibility !== 'referral-only');
export const referralOnly = listings.filter((listing) => listing.data.visibility === 'referral-only');

export function firstWhere(predicate: (data: Raw) => boolean): { slug: string; data: Raw } {
  const found = publicListings.find((listing) => predicate(listing.data));
  if (!found) throw new Error('The example content has no listing of the kind this test needs');
  return found;
}
