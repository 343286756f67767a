// The good fixture content (tests/fixtures/good/content and its staff tree), checked and ready to shape, on a fixed day.
import { buildDirectory } from '../../src/data/build-directory.ts';
import { organisationForAudience, settingsForAudience, viewForAudience, type Audience } from '../../src/data/visibility.ts';
import { readContentTree, readStaffTree } from '../../src/reading/content-source.ts';
import { shapeListing, type ListingView, type ShapeContext, type ShapeExtras } from '../../src/domain/listing-view.ts';
import { checkContent, type ValidContent } from '../../src/reading/validation/check-content.ts';
import type { PublicListingData } from '../../src/schemas/listing.ts';

export const today = '2026-11-21';
export const FIXTURE = 'tests/fixtures/good/content';
export const FIXTURE_STAFF = 'tests/fixtures/good/content-staff';
const root = process.cwd();

/** The fixture checked as the staff build checks it (both trees), or as the public build does (content/ only). */
export function checkFixture(withStaff = true, day = today): ValidContent {
  const staff = withStaff ? readStaffTree(root, FIXTURE_STAFF) : undefined;
  const checked = checkContent(readContentTree(root, FIXTURE), { ...(staff ? { staff } : {}), today: day }).content;
  if (!checked) throw new Error('The good fixture tree should pass the content check');
  return checked;
}

export const content = checkFixture();
const unwrap = <T>(map: ReadonlyMap<string, { data: T }>) => new Map([...map].map(([slug, item]) => [slug, item.data]));
export const organisations = new Map([...content.organisations].map(([slug, item]) => [slug, organisationForAudience(item.data)]));
export const context: ShapeContext = {
  site: settingsForAudience(content.site, 'staff').site,
  taxonomies: content.taxonomies,
  venues: unwrap(content.venues),
  organisations,
  now: new Date(`${today}T12:00:00Z`),
  today,
};

function visible(slug: string, audience: Audience) {
  const listing = content.listings.get(slug);
  const view = listing && viewForAudience(listing, audience);
  if (!view) throw new Error(`no fixture listing ${slug} for the ${audience} build`);
  return view;
}

/** A fixture listing's data as a build carries it (never its staff information). */
export function staffData(slug: string): PublicListingData {
  return visible(slug, 'staff').data;
}

/** What the staff build adds to a fixture listing when shaping it. */
export function staffExtras(slug: string): ShapeExtras {
  const { staff } = visible(slug, 'staff');
  return staff ? { staff } : {};
}

/** A fixture listing shaped for a build. */
export function shaped(slug: string, audience: Audience = 'staff', shapeContext: ShapeContext = context): ListingView {
  const view = visible(slug, audience);
  return shapeListing(slug, view.data, shapeContext, view.staff ? { staff: view.staff } : {});
}

/** The whole fixture directory for a build, on the fixture's day. */
export const fixtureDirectory = (audience: Audience) => buildDirectory(audience === 'staff' ? content : checkFixture(false), audience, new Date(`${today}T12:00:00Z`));
