/**
 * Where each kind of content file lives, in the two content trees. Messages, the reader and the
 * docs all take folder names from here.
 *
 * content/ (CONTENT_DIR) is what the public may see and what groups edit; it may be public.
 * content-staff/ (STAFF_CONTENT_DIR) is private: referral-only listings, organisations and
 * venues, the staff-only information about every listing, staff settings and their photos.
 */
export const CONTENT_FOLDERS = {
  listings: 'listings',
  organisations: 'organisations',
  venues: 'venues',
  taxonomies: 'taxonomies',
  images: 'images',
} as const;

export const STAFF_FOLDERS = {
  /** Whole referral-only listings, written like content/listings/. */
  listings: 'listings',
  /** Staff-only information about a listing of either tree, one file per listing, named like the listing. */
  listingStaff: 'listing-staff',
  organisations: 'organisations',
  venues: 'venues',
  images: 'images',
} as const;

/** The default content folder; the staff tree defaults to its name with -staff (src/reading/content-paths.ts). */
export const DEFAULT_CONTENT_DIR = 'content';

/** Staff settings: the staff build's title and contact. */
export const STAFF_SETTINGS_FILE = 'site.yml';

/** The area's postcode table, in the content tree (optional): content/postcodes.yml. */
export const POSTCODES_FILE = 'postcodes.yml';
