import { byTitle, shapeListing, type ListingView, type ShapeContext } from '../lib/listing-view.ts';
import type { ListingData, VisibleListingData } from '../schemas/listing.ts';

export type { VisibleListingData };

/**
 * THE rule for what a build may see. Every page, index, feed and export gets listings through
 * `visibleListings`, never from the collection directly.
 * - public build: public listings only, with every staff-only field removed;
 * - staff build: everything.
 */
export type Audience = 'public' | 'staff';

export function audienceFromEnv(value: string | undefined): Audience {
  return value === 'staff' ? 'staff' : 'public';
}

export function viewForAudience(listing: ListingData, audience: Audience): VisibleListingData | undefined {
  if (audience === 'staff') return listing;
  if (listing.visibility !== 'public') return undefined;
  const { staff: _staffOnly, ...publicFields } = listing;
  return publicFields;
}

export function visibleListings<T extends { id: string; data: ListingData }>(entries: readonly T[], audience: Audience): { entry: T; data: VisibleListingData }[] {
  return entries.flatMap((entry) => {
    const data = viewForAudience(entry.data, audience);
    return data ? [{ entry, data }] : [];
  });
}

/** Every listing this audience may see, shaped for display, in neutral (alphabetical) order. */
export function shapeVisibleListings<T extends { id: string; data: ListingData }>(entries: readonly T[], audience: Audience, context: ShapeContext): ListingView[] {
  return visibleListings(entries, audience)
    .map(({ entry, data }) => shapeListing(entry.id, data, { ...context, audience }))
    .sort(byTitle);
}
