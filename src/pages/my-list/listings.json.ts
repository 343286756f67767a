import type { APIRoute } from 'astro';
import { getDirectory } from '../../data/directory.ts';
import { listed } from '../../domain/browse.ts';
import { paperEntry } from '../../domain/paper-entry.ts';

/**
 * The paper entry of every listing this build lists, by slug: fetched by the My list page, which
 * shows the listings on a person's list (the list itself stays in their browser and is never sent).
 */
export const GET: APIRoute = async () => {
  const { listings, site } = await getDirectory();
  const entries = Object.fromEntries(listed(listings).map((listing) => [listing.slug, paperEntry(listing, site.siteUrl)]));
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
