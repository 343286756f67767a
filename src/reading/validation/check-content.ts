import { CONTENT_FOLDERS, STAFF_FOLDERS } from '../../schemas/content-layout.ts';
import { makeListingSchema, type ListingData } from '../../schemas/listing.ts';
import { VISIBILITY_TREE, type Visibility } from '../../schemas/lists.ts';
import { organisationSchema, type Organisation } from '../../schemas/organisation.ts';
import { markedFields } from '../../schemas/publication.ts';
import { postcodeTableSchema, type PostcodeTable } from '../../schemas/postcodes.ts';
import { siteSchema, staffSettingsSchema, type Site } from '../../schemas/site.ts';
import { taxonomiesSchema, type Taxonomies } from '../../schemas/taxonomy.ts';
import { venueSchema, type Venue } from '../../schemas/venue.ts';
import { staffDirFor } from '../content-paths.ts';
import type { AssetFile, ContentTree, SourceFile, StaffTree } from '../content-source.ts';
import { londonDate, londonInstant, nextOccurrences } from '../../domain/schedule.ts';
import { bodyWarnings } from './body-checks.ts';
import { checkFileNames, didYouMean, parseFile, rawField } from './check-helpers.ts';
import { mergeStaffInformation } from './staff-information.ts';
import type { Problem } from './friendly-issues.ts';

export type { Problem } from './friendly-issues.ts';

/** Which tree a file came from: content/ (public, edited by groups) or content-staff/ (private). */
export type Tree = 'content' | 'staff';

export interface ValidPhoto {
  src: string;
  alt: string;
  file: AssetFile;
}

/** A listing that passed every check, with its staff information merged in. */
export interface ValidListing {
  data: ListingData;
  body: string;
  path: string;
  tree: Tree;
  photos: ValidPhoto[];
}

/** Content that passed every check, keyed by slug. */
export interface ValidContent {
  site: Site;
  taxonomies: Taxonomies;
  listings: Map<string, ValidListing>;
  organisations: Map<string, { data: Organisation; tree: Tree }>;
  venues: Map<string, { data: Venue; tree: Tree }>;
  /** Whether a staff tree was read: the staff build needs one, the public build never reads it. */
  staffTree: boolean;
  /** The area's postcode table (content/postcodes.yml), when it has one. */
  postcodes?: PostcodeTable;
}

export interface CheckResult {
  problems: Problem[];
  /** Present only when there are no errors (warnings are allowed). */
  content?: ValidContent;
}

export interface CheckOptions {
  /** The staff tree, for the staff build and the full check. The public build never passes it. */
  staff?: StaffTree;
  /** The build's day (UK), for warnings about dates that have passed. */
  today?: string;
  /** The staff tree's path as shown in messages, for saying where staff information belongs when there is no staff tree. */
  staffRoot?: string;
}

function parseTaxonomies(tree: ContentTree, problems: Problem[]): Taxonomies | undefined {
  const { shape } = taxonomiesSchema;
  const parsed = {
    categories: parseFile(tree.taxonomies.categories, shape.categories, problems),
    audiences: parseFile(tree.taxonomies.audiences, shape.audiences, problems),
    helpsWith: parseFile(tree.taxonomies.helpsWith, shape.helpsWith, problems),
    accessFeatures: parseFile(tree.taxonomies.accessFeatures, shape.accessFeatures, problems),
    areas: parseFile(tree.taxonomies.areas, shape.areas, problems),
    synonyms: parseFile(tree.taxonomies.synonyms, shape.synonyms, problems),
  };
  for (const [key, list] of Object.entries(parsed)) {
    const ids = new Set<string>();
    for (const [index, term] of (list ?? []).entries()) {
      if (!('id' in term)) continue;
      if (ids.has(term.id))
        problems.push({ file: tree.taxonomies[key as keyof Taxonomies].path, field: `[${index}].id`, message: `"${term.id}" is used twice; each code must be different`, severity: 'error' });
      ids.add(term.id);
    }
  }
  const { categories, audiences, helpsWith, accessFeatures, areas, synonyms } = parsed;
  if (!categories || !audiences || !helpsWith || !accessFeatures || !areas || !synonyms) return undefined;
  return { categories, audiences, helpsWith, accessFeatures, areas, synonyms };
}

const rawList = (data: unknown, key: string): unknown[] => {
  const value = rawField(data, key);
  return Array.isArray(value) ? value : [];
};

/**
 * Fail closed: a staff-only field written in content/ is an error that says where it belongs,
 * and is left out of the check so its contents are not reported twice.
 */
function withoutStaffOnly(file: SourceFile, schema: { shape: Record<string, unknown> }, contentRoot: string, staffRoot: string, problems: Problem[]): unknown {
  if (typeof file.data !== 'object' || file.data === null || Array.isArray(file.data)) return file.data;
  const data = { ...(file.data as Record<string, unknown>) };
  for (const { key, mark } of markedFields(schema)) {
    if (mark.publication !== 'staff-only' || !(key in data)) continue;
    delete data[key];
    const home = mark.home?.(file.slug, staffRoot) ?? staffRoot;
    problems.push({
      file: file.path,
      field: key,
      message: `is staff-only information, which can't be in ${contentRoot}/ because ${mark.reason}; move what is under ${key}: to ${home}`,
      severity: 'error',
    });
  }
  return data;
}

interface References {
  organisations: ReadonlyMap<string, Tree>;
  venues: ReadonlyMap<string, Tree>;
  contentRoot: string;
  staffRoot: string;
}

/** A reference to another file: it must exist, and a public listing may only use public files. */
function checkReference(file: SourceFile, field: string, slug: string, kind: 'organisation' | 'venue', tree: Tree, refs: References, problems: Problem[]): void {
  const known = kind === 'venue' ? refs.venues : refs.organisations;
  const folder = kind === 'venue' ? CONTENT_FOLDERS.venues : CONTENT_FOLDERS.organisations;
  const found = known.get(slug);
  if (found === 'staff' && tree === 'content') {
    problems.push({
      file: file.path,
      field,
      message: `"${slug}" is in ${refs.staffRoot}/${folder}/, which the public site never reads, so a public listing can't use it; move it to ${refs.contentRoot}/${folder}/ if it may be public, or choose another ${kind}`,
      severity: 'error',
    });
  }
  if (found !== undefined) return;
  const usable = [...known.entries()].filter(([, where]) => tree === 'staff' || where === 'content').map(([name]) => name);
  const suggestion = didYouMean(slug, usable);
  const create = `${suggestion ? 'If' : 'if'} it is a new ${kind}, create ${tree === 'staff' ? refs.staffRoot : refs.contentRoot}/${folder}/${slug}.yml${kind === 'venue' ? ' with its name, address, postcode, area and map point (lat and lng)' : ' with its name and type'}; copying another file in that folder is the quickest way`;
  problems.push({ file: file.path, field, message: `"${slug}" is not ${kind === 'venue' ? 'a venue' : 'an organisation'}; ${suggestion ? `${suggestion} ${create}` : create}`, severity: 'error' });
}

function crossCheckVenue(file: SourceFile, site: Site, taxonomies: Taxonomies, contentRoot: string, problems: Problem[]): void {
  const { south, west, north, east } = site.map.bounds;
  const areaIds = taxonomies.areas.map((area) => area.id);
  const area = rawField(file.data, 'area');
  if (typeof area === 'string' && !areaIds.includes(area))
    problems.push({
      file: file.path,
      field: 'area',
      message: `"${area}" is not a town or village in ${contentRoot}/taxonomies/areas.yml; ${didYouMean(area, areaIds) ?? `use one of ${areaIds.join(', ')}`}`,
      severity: 'error',
    });
  const featureIds = taxonomies.accessFeatures.map((feature) => feature.id);
  rawList(file.data, 'access').forEach((feature, index) => {
    if (typeof feature !== 'string' || !featureIds.includes(feature))
      problems.push({ file: file.path, field: `access[${index}]`, message: `${JSON.stringify(feature)} is not an access feature; use one of ${featureIds.join(', ')}`, severity: 'error' });
  });
  const lat = rawField(file.data, 'lat');
  const lng = rawField(file.data, 'lng');
  if (typeof lat !== 'number' || typeof lng !== 'number') return;
  const swapped = lat >= west && lat <= east && lng >= south && lng <= north ? ' (are lat and lng the wrong way round?)' : '';
  if (lat < south || lat > north)
    problems.push({ file: file.path, field: 'lat', message: `${lat} is outside the area this directory covers (latitude ${south} to ${north}); check the number${swapped}`, severity: 'error' });
  if (lng < west || lng > east)
    problems.push({ file: file.path, field: 'lng', message: `${lng} is outside the area this directory covers (longitude ${west} to ${east}); check the number${swapped}`, severity: 'error' });
}

function crossCheckListing(file: SourceFile, tree: Tree, refs: References, problems: Problem[]): void {
  const organisation = rawField(file.data, 'organisation');
  if (typeof organisation === 'string') checkReference(file, 'organisation', organisation, 'organisation', tree, refs, problems);
  rawList(file.data, 'sessions').forEach((session, index) => {
    const venue = rawField(session, 'venue');
    if (typeof venue === 'string') checkReference(file, `sessions[${index}].venue`, venue, 'venue', tree, refs, problems);
  });
  problems.push(...bodyWarnings(file.body).map((message) => ({ file: file.path, field: 'body', message, severity: 'warning' as const })));
}

/** Photos live in the images folder of the listing's own tree, so a staff photo can only be used by staff listings. */
function resolvePhotos(file: SourceFile, listing: ListingData, images: readonly AssetFile[], imagesRoot: string, problems: Problem[]): ValidPhoto[] {
  return listing.photos.flatMap((photo, index) => {
    const name = photo.src.replace(/^\/+/, '').replace(/^images\//, '');
    const found = images.find((image) => image.name === name);
    if (found && !found.readError) return [{ ...photo, file: found }];
    if (!found)
      problems.push({
        file: file.path,
        field: `photos[${index}].src`,
        message: `"${photo.src}" is not in ${imagesRoot}/; put the photo in that folder and write its file name here, like hall-door.jpg`,
        severity: 'error',
      });
    return [];
  });
}

/** Checks that need the calendar. Stale dates only warn; dates that can't be true yet are errors. */
function checkDates(path: string, listing: ListingData, today: string, latestDay: string, problems: Problem[]): void {
  listing.sessions.forEach((session, index) => {
    session.skipDates.forEach((date, skipIndex) => {
      const runs = nextOccurrences([{ ...session, skipDates: [] }], londonInstant(date, '00:00'), 1, { until: londonInstant(date, '23:59') });
      if (runs.length === 0)
        problems.push({
          file: path,
          field: `sessions[${index}].skipDates[${skipIndex}]`,
          message: `${date} is not a day this session runs, so skipping it changes nothing; check the date`,
          severity: 'warning',
        });
    });
  });
  if (listing.status.state === 'paused' && listing.status.until && listing.status.until < today) {
    problems.push({
      file: path,
      field: 'status.until',
      message: `${listing.status.until} has passed, so the site now shows it as running again; if it has restarted, change state to running, or give the new date`,
      severity: 'warning',
    });
  }
  if (listing.review.lastConfirmed > latestDay) {
    problems.push({
      file: path,
      field: 'review.lastConfirmed',
      message: `${listing.review.lastConfirmed} is in the future; give the date the details were last confirmed (today or earlier), or the listing will never come up for review`,
      severity: 'error',
    });
  }
}

/** Check every content file and every reference between them. Collects all problems; never throws. */
export function checkContent(tree: ContentTree, options: CheckOptions = {}): CheckResult {
  const { staff } = options;
  const today = options.today ?? londonDate(new Date());
  // "In the future" means after the real today too, so a build dated in the past never rejects a real confirmation.
  const latestDay = [today, londonDate(new Date())].sort().at(-1) ?? today;
  const problems: Problem[] = [];
  const contentRoot = tree.site.path.replace(/\/site\.yml$/, '');
  const staffRoot = staff?.shownRoot ?? options.staffRoot ?? staffDirFor(contentRoot);

  const siteData = withoutStaffOnly(tree.site, siteSchema, contentRoot, staffRoot, problems);
  const publicSite = parseFile(tree.site, siteSchema, problems, siteData);
  const staffSettings = staff?.settings ? parseFile(staff.settings, staffSettingsSchema, problems) : undefined;
  const site = publicSite && (staffSettings ? { ...publicSite, staff: staffSettings } : publicSite);
  const taxonomies = parseTaxonomies(tree, problems);
  const postcodes = tree.postcodes ? parseFile(tree.postcodes, postcodeTableSchema, problems) : undefined;

  const trees = <K extends 'listings' | 'organisations' | 'venues'>(key: K): { file: SourceFile; tree: Tree }[] => [
    ...tree[key].map((file) => ({ file, tree: 'content' as const })),
    ...(staff?.[key] ?? []).map((file) => ({ file, tree: 'staff' as const })),
  ];

  const organisations = new Map<string, { data: Organisation; tree: Tree }>();
  checkFileNames(
    trees('organisations').map(({ file }) => file),
    problems,
  );
  for (const { file, tree: where } of trees('organisations')) {
    const data = parseFile(file, organisationSchema, problems);
    if (data && !organisations.has(file.slug)) organisations.set(file.slug, { data, tree: where });
  }
  const venues = new Map<string, { data: Venue; tree: Tree }>();
  checkFileNames(
    trees('venues').map(({ file }) => file),
    problems,
  );
  for (const { file, tree: where } of trees('venues')) {
    const data = parseFile(file, venueSchema, problems);
    if (data && !venues.has(file.slug)) venues.set(file.slug, { data, tree: where });
    if (site && taxonomies) crossCheckVenue(file, site, taxonomies, contentRoot, problems);
  }

  // References are checked against every file that exists, so one bad venue isn't reported again in each listing.
  const firstTree = (entries: { file: SourceFile; tree: Tree }[]) => {
    const map = new Map<string, Tree>();
    for (const { file, tree: where } of entries) if (!map.has(file.slug)) map.set(file.slug, where);
    return map;
  };
  const refs: References = { organisations: firstTree(trees('organisations')), venues: firstTree(trees('venues')), contentRoot, staffRoot };

  const listings = new Map<string, ValidListing>();
  if (taxonomies) {
    const listingSchema = makeListingSchema(taxonomies);
    checkFileNames(
      trees('listings').map(({ file }) => file),
      problems,
    );
    for (const { file, tree: where } of trees('listings')) {
      const data = where === 'content' ? withoutStaffOnly(file, listingSchema, contentRoot, staffRoot, problems) : file.data;
      const parsed = parseFile(file, listingSchema, problems, data);
      const visibility: Visibility = parsed?.visibility ?? (where === 'content' ? 'public' : 'referral-only');
      if (parsed && VISIBILITY_TREE[visibility] !== where) {
        problems.push({
          file: file.path,
          field: 'visibility',
          message:
            where === 'content'
              ? `${visibility} listings can't be in ${contentRoot}/, which groups edit and may be public; move this file to ${staffRoot}/${STAFF_FOLDERS.listings}/${file.slug}.md`
              : `a ${visibility} listing belongs in ${contentRoot}/${CONTENT_FOLDERS.listings}/${file.slug}.md, where its group can keep it up to date; move it there, and put its staff information in ${staffRoot}/${STAFF_FOLDERS.listingStaff}/${file.slug}.yml`,
          severity: 'error',
        });
      }
      if (parsed && !listings.has(file.slug)) {
        const images = where === 'content' ? tree.images : (staff?.images ?? []);
        const imagesRoot = `${where === 'content' ? contentRoot : staffRoot}/${CONTENT_FOLDERS.images}`;
        const listing: ListingData = { ...parsed, visibility };
        listings.set(file.slug, { data: listing, body: file.body, path: file.path, tree: where, photos: resolvePhotos(file, listing, images, imagesRoot, problems) });
        checkDates(file.path, listing, today, latestDay, problems);
      }
      crossCheckListing(file, where, refs, problems);
    }
    mergeStaffInformation(
      staff,
      listings,
      trees('listings').map(({ file }) => file),
      contentRoot,
      latestDay,
      problems,
    );
  } else {
    problems.push({ file: `${contentRoot}/${CONTENT_FOLDERS.listings}`, message: 'listings were not checked because a taxonomy file has problems; fix those first', severity: 'error' });
  }
  for (const image of [...tree.images, ...(staff?.images ?? [])]) {
    if (image.readError) problems.push({ file: image.path, message: image.readError, severity: 'error' });
  }

  const failed = problems.some((problem) => problem.severity === 'error');
  return failed || !site || !taxonomies
    ? { problems }
    : { problems, content: { site, taxonomies, listings, organisations, venues, staffTree: staff !== undefined, ...(postcodes ? { postcodes } : {}) } };
}

/** One line per problem: `content/listings/x.md: sessions[0].start: "10ish" is not a time; …` */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${problem.file}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}
