import type { ValidListing } from '../reading/validation/check-content.ts';
import { makeListingSchema, type PublicListingData } from '../schemas/listing.ts';
import { organisationSchema, type Organisation, type PublicOrganisation } from '../schemas/organisation.ts';
import { withoutUnpublished } from '../schemas/publication.ts';
import { siteSchema, type PublicSite, type Site, type StaffSettings } from '../schemas/site.ts';
import type { StaffInfo } from '../schemas/staff.ts';

/**
 * THE rule for what a build may see. Every page, index, feed and export gets listings,
 * organisations and settings through these functions, never from the checked content directly.
 * - public build: listings from content/ that are public, with every marked field removed (the
 *   public build never reads the staff tree in the first place);
 * - staff build: everything, except fields marked never-published.
 */
export type Audience = 'public' | 'staff';

export function audienceFromEnv(value: string | undefined): Audience {
  return value === 'staff' ? 'staff' : 'public';
}

/** The marks are the same whatever the taxonomy, so one schema built with none serves to read them. */
const listingMarks = makeListingSchema({ categories: [], audiences: [], helpsWith: [] });

export interface VisibleListing {
  data: PublicListingData;
  /** Staff build only: the listing's staff information (undefined when none is recorded). */
  staff?: { info: StaffInfo | undefined };
}

export function viewForAudience(listing: ValidListing, audience: Audience): VisibleListing | undefined {
  const publicListing = listing.tree === 'content' && listing.data.visibility === 'public';
  if (audience === 'public' && !publicListing) return undefined;
  const data = withoutUnpublished(listingMarks, listing.data, 'public') as PublicListingData;
  return audience === 'staff' ? { data, staff: { info: listing.data.staff } } : { data };
}

/** Organisations and venues from the staff tree exist only in the staff build. */
export const treeVisible = (tree: 'content' | 'staff', audience: Audience) => audience === 'staff' || tree === 'content';

export function organisationForAudience(organisation: Organisation): PublicOrganisation {
  return withoutUnpublished(organisationSchema, organisation, 'public') as PublicOrganisation;
}

/** Site settings for a build: the staff settings only in the staff build, with a default title if none are set. */
export function settingsForAudience(site: Site, audience: Audience): { site: PublicSite; staffSettings?: StaffSettings } {
  const publicSite = withoutUnpublished(siteSchema, site, 'public') as PublicSite;
  if (audience === 'public') return { site: publicSite };
  return { site: publicSite, staffSettings: site.staff ?? { title: `${site.name} for staff`, contact: `${site.support.name}, ${site.support.phone}`, coordinators: [] } };
}
