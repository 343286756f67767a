import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildClock, contentPaths } from '../reading/content-paths.ts';
import { dataQuality, gapAudiences, gapGrids, recentlyChanged, recentSince, reviewQueue } from '../domain/dashboard.ts';
import { listingChangeDates } from '../domain/git-history.ts';
import { routeData, type RouteData } from '../domain/routes.ts';
import { renderMarkdown } from '../reading/markdown.ts';
import { CONTENT_FOLDERS, STAFF_FOLDERS } from '../schemas/content-layout.ts';
import { loadDirectory, type Directory } from './build-directory.ts';
import type { ValidContent } from '../reading/validation/check-content.ts';
import { audienceFromEnv } from './visibility.ts';

export type { Directory } from './build-directory.ts';

/**
 * The query layer for Astro: the directory for this build, made once (src/data/build-directory.ts).
 * Pages and components never read content themselves.
 */

let routes: Promise<RouteData> | undefined;

/** The browse routes' data, worked out once per build (src/domain/routes.ts). Route files only map it. */
export function getRoutes(): Promise<RouteData> {
  routes ??= getDirectory().then(({ listings, taxonomies }) => routeData(listings, taxonomies));
  return routes;
}

/** How far back "recently changed" looks on the dashboard. */
export const RECENT_DAYS = 30;

const paths = contentPaths();
let loaded: Promise<{ directory: Directory; content: ValidContent }> | undefined;

function load(): { directory: Directory; content: ValidContent } {
  const audience = audienceFromEnv(process.env['DIRECTORY_AUDIENCE']);
  const { directory, content } = loadDirectory(process.cwd(), paths, audience, buildClock());
  // The content check (src/integrations/content-check.ts) has already listed any problem in plain words.
  if (!directory || !content) throw new Error('The content has problems; run npm run check:content to see them.');
  return { directory, content };
}

const loadOnce = () => (loaded ??= Promise.resolve().then(load));

export async function getDirectory(): Promise<Directory> {
  return (await loadOnce()).directory;
}

/** The checked content this build read, and where its trees are: for outputs that describe the files themselves (the CMS). */
export async function getCheckedContent(): Promise<{ content: ValidContent; audience: Directory['audience']; paths: typeof paths }> {
  const { directory, content } = await loadOnce();
  return { content, audience: directory.audience, paths };
}

/** The listing's own words, rendered to safe HTML (src/reading/markdown.ts). */
export async function renderListingBody(slug: string): Promise<string> {
  const { body } = await getDirectory();
  return renderMarkdown(body(slug));
}

/**
 * The coordinators' dashboard. Staff build only: the public build gets undefined, so its
 * dashboard routes build no pages.
 */
async function loadDashboard() {
  const { audience, listings, taxonomies, today, organisationsBySlug } = await getDirectory();
  if (audience !== 'staff') return undefined;
  // Each tree is read in its own folder, so a staff tree kept in a repository of its own has its own history.
  const since = recentSince(today, RECENT_DAYS);
  const publicChanges = listingChangeDates(resolve(paths.contentDir), CONTENT_FOLDERS.listings, since);
  const staffChanges = existsSync(join(paths.staffDir, STAFF_FOLDERS.listings)) ? listingChangeDates(resolve(paths.staffDir), STAFF_FOLDERS.listings, since) : new Map();
  const changes = publicChanges && staffChanges ? new Map([...publicChanges, ...staffChanges]) : undefined;
  return {
    review: reviewQueue(listings, organisationsBySlug, today),
    recent: recentlyChanged(listings, changes, today, RECENT_DAYS),
    usedGitHistory: changes !== undefined,
    quality: dataQuality(listings),
    audiences: gapAudiences(taxonomies),
    gaps: (audience?: string) => gapGrids(listings, taxonomies, audience ? { audience } : {}),
  };
}

let dashboard: ReturnType<typeof loadDashboard> | undefined;

export function getDashboard(): ReturnType<typeof loadDashboard> {
  dashboard ??= loadDashboard();
  return dashboard;
}
