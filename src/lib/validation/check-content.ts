import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { slugSchema } from '../../schemas/fields.ts';
import { makeListingSchema, type ListingData } from '../../schemas/listing.ts';
import { organisationSchema, type Organisation } from '../../schemas/organisation.ts';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { taxonomiesSchema, type Taxonomies } from '../../schemas/taxonomy.ts';
import { venueSchema, type Venue } from '../../schemas/venue.ts';
import type { ContentTree, SourceFile } from '../content-source.ts';
import { londonDate, londonInstant, nextOccurrences } from '../schedule.ts';
import { closestMatch } from '../spelling.ts';
import { friendlyDefault, problemsFromZod, type Problem } from './friendly-issues.ts';

export type { Problem } from './friendly-issues.ts';

/** Content that passed every check, keyed by slug. */
export interface ValidContent {
  site: Site;
  taxonomies: Taxonomies;
  listings: Map<string, ListingData>;
  organisations: Map<string, Organisation>;
  venues: Map<string, Venue>;
}

export interface CheckResult {
  problems: Problem[];
  /** Present only when there are no errors (warnings are allowed). */
  content?: ValidContent;
}


// Markdown bodies are sanitised when rendered; these warn the author that something will be removed.
const UNSAFE_BODY: readonly [RegExp, string][] = [
  [/<\s*script\b/i, 'contains a <script>; scripts never run on this site and it will be removed, so delete it'],
  [/<[^>]+\son[a-z]+\s*=/i, 'contains HTML with an event handler (like onclick=); it will be removed, so delete it'],
  [/javascript\s*:/i, 'contains a javascript: link; it will be removed, so use an https:// address instead'],
  [/<\s*(iframe|object|embed|form|style)\b/i, 'contains HTML that is not allowed (like <iframe> or <style>); it will be removed, so delete it'],
];

function parseFile<S extends z.ZodType>(file: SourceFile, schema: S, problems: Problem[]): z.output<S> | undefined {
  if (file.readError) {
    problems.push({ file: file.path, message: file.readError, severity: 'error' });
    return undefined;
  }
  const result = schema.safeParse(file.data ?? {}, { error: friendlyDefault, reportInput: true });
  if (result.success) return result.data;
  problems.push(...problemsFromZod(file.path, result.error, schema, file.data));
  return undefined;
}

/** Report file names that can't be URLs or that clash. Every file is still checked. */
function checkFileNames(files: readonly SourceFile[], problems: Problem[]): readonly SourceFile[] {
  const seen = new Map<string, string>();
  for (const file of files) {
    const key = file.slug.toLowerCase();
    const earlier = seen.get(key);
    if (!slugSchema.safeParse(file.slug).success) {
      const suggestion = file.slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      problems.push({ file: file.path, message: `the file name "${file.slug}" can't be used in a web address; rename the file to ${suggestion} (lower-case letters, numbers and hyphens)`, severity: 'error' });
    }
    if (earlier) {
      problems.push({ file: file.path, message: `has the same name as ${earlier}; each file needs its own name, so rename one of them`, severity: 'error' });
    }
    if (!earlier) seen.set(key, file.path);
  }
  return files;
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
      if (ids.has(term.id)) problems.push({ file: tree.taxonomies[key as keyof Taxonomies].path, field: `[${index}].id`, message: `"${term.id}" is used twice; each code must be different`, severity: 'error' });
      ids.add(term.id);
    }
  }
  const { categories, audiences, helpsWith, accessFeatures, areas, synonyms } = parsed;
  if (!categories || !audiences || !helpsWith || !accessFeatures || !areas || !synonyms) return undefined;
  return { categories, audiences, helpsWith, accessFeatures, areas, synonyms };
}

const didYouMean = (word: string, options: readonly string[]): string | undefined => {
  const match = closestMatch(word, options);
  return match ? `did you mean ${match}?` : undefined;
};

/** Read a field from unvalidated data, so cross-checks run even when other fields are wrong. */
function rawField(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
}

const rawList = (data: unknown, key: string): unknown[] => {
  const value = rawField(data, key);
  return Array.isArray(value) ? value : [];
};

function crossCheckVenue(file: SourceFile, site: Site, taxonomies: Taxonomies, problems: Problem[]): void {
  const { south, west, north, east } = site.map.bounds;
  const areaIds = taxonomies.areas.map((area) => area.id);
  const area = rawField(file.data, 'area');
  if (typeof area === 'string' && !areaIds.includes(area)) problems.push({ file: file.path, field: 'area', message: `"${area}" is not a town or village in content/taxonomies/areas.yml; ${didYouMean(area, areaIds) ?? `use one of ${areaIds.join(', ')}`}`, severity: 'error' });
  const featureIds = taxonomies.accessFeatures.map((feature) => feature.id);
  rawList(file.data, 'access').forEach((feature, index) => {
    if (typeof feature !== 'string' || !featureIds.includes(feature)) problems.push({ file: file.path, field: `access[${index}]`, message: `${JSON.stringify(feature)} is not an access feature; use one of ${featureIds.join(', ')}`, severity: 'error' });
  });
  const lat = rawField(file.data, 'lat');
  const lng = rawField(file.data, 'lng');
  if (typeof lat !== 'number' || typeof lng !== 'number') return;
  const swapped = lat >= west && lat <= east && lng >= south && lng <= north ? ' (are lat and lng the wrong way round?)' : '';
  if (lat < south || lat > north) problems.push({ file: file.path, field: 'lat', message: `${lat} is outside the area this directory covers (latitude ${south} to ${north}); check the number${swapped}`, severity: 'error' });
  if (lng < west || lng > east) problems.push({ file: file.path, field: 'lng', message: `${lng} is outside the area this directory covers (longitude ${west} to ${east}); check the number${swapped}`, severity: 'error' });
}

function crossCheckListing(file: SourceFile, organisations: ReadonlySet<string>, venues: ReadonlySet<string>, projectRoot: string, problems: Problem[]): void {
  const organisation = rawField(file.data, 'organisation');
  if (typeof organisation === 'string' && !organisations.has(organisation)) {
    problems.push({ file: file.path, field: 'organisation', message: `"${organisation}" is not an organisation; ${didYouMean(organisation, [...organisations]) ?? `create content/organisations/${organisation}.yml or use an existing file name from that folder`}`, severity: 'error' });
  }
  rawList(file.data, 'sessions').forEach((session, index) => {
    const venue = rawField(session, 'venue');
    if (typeof venue === 'string' && !venues.has(venue)) {
      problems.push({ file: file.path, field: `sessions[${index}].venue`, message: `"${venue}" is not a venue; ${didYouMean(venue, [...venues]) ?? `create content/venues/${venue}.yml or use an existing file name from that folder`}`, severity: 'error' });
    }
  });
  rawList(file.data, 'photos').forEach((photo, index) => {
    const src = rawField(photo, 'src');
    if (typeof src === 'string' && src && !existsSync(join(projectRoot, 'public', src))) {
      problems.push({ file: file.path, field: `photos[${index}].src`, message: `"${src}" is not in the public folder; add the image at public${src.startsWith('/') ? '' : '/'}${src} or fix the path`, severity: 'error' });
    }
  });
  for (const [pattern, message] of UNSAFE_BODY) {
    if (pattern.test(file.body)) problems.push({ file: file.path, field: 'body', message, severity: 'warning' });
  }
}

/** Checks that need the calendar: they warn rather than fail, because the content is not wrong, only stale. */
function checkDates(path: string, listing: ListingData, today: string, problems: Problem[]): void {
  listing.sessions.forEach((session, index) => {
    session.skipDates.forEach((date, skipIndex) => {
      const runs = nextOccurrences([{ ...session, skipDates: [] }], londonInstant(date, '00:00'), 1, { until: londonInstant(date, '23:59') });
      if (runs.length === 0) problems.push({ file: path, field: `sessions[${index}].skipDates[${skipIndex}]`, message: `${date} is not a day this session runs, so skipping it changes nothing; check the date`, severity: 'warning' });
    });
  });
  if (listing.status.state === 'paused' && listing.status.until && listing.status.until < today) {
    problems.push({ file: path, field: 'status.until', message: `${listing.status.until} has passed, so the site now shows it as running again; if it has restarted, change state to running, or give the new date`, severity: 'warning' });
  }
}

/** Check every content file and every reference between them. Collects all problems; never throws. */
export function checkContent(tree: ContentTree, projectRoot: string, today = londonDate(new Date())): CheckResult {
  const problems: Problem[] = [];
  const site = parseFile(tree.site, siteSchema, problems);
  const taxonomies = parseTaxonomies(tree, problems);

  const organisations = new Map<string, Organisation>();
  for (const file of checkFileNames(tree.organisations, problems)) {
    const organisation = parseFile(file, organisationSchema, problems);
    if (organisation) organisations.set(file.slug, organisation);
  }
  const venueSlugs = new Set(tree.venues.map((file) => file.slug));
  const venues = new Map<string, Venue>();
  for (const file of checkFileNames(tree.venues, problems)) {
    const venue = parseFile(file, venueSchema, problems);
    if (venue) venues.set(file.slug, venue);
    if (site && taxonomies) crossCheckVenue(file, site, taxonomies, problems);
  }

  const listings = new Map<string, ListingData>();
  if (taxonomies) {
    const listingSchema = makeListingSchema(taxonomies);
    // Check references against every file that exists, so one bad venue isn't reported again in each listing.
    const organisationSlugs = new Set(tree.organisations.map((file) => file.slug));
    for (const file of checkFileNames(tree.listings, problems)) {
      const listing = parseFile(file, listingSchema, problems);
      if (listing) {
        listings.set(file.slug, listing);
        checkDates(file.path, listing, today, problems);
      }
      crossCheckListing(file, organisationSlugs, venueSlugs, projectRoot, problems);
    }
  } else {
    problems.push({ file: 'content/listings', message: 'listings were not checked because a taxonomy file has problems; fix those first', severity: 'error' });
  }

  const failed = problems.some((problem) => problem.severity === 'error');
  return failed || !site || !taxonomies ? { problems } : { problems, content: { site, taxonomies, listings, organisations, venues } };
}

/** One line per problem: `content/listings/x.md: sessions[0].start: "10ish" is not a time; …` */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${problem.file}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}
