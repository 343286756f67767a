import type { APIRoute } from 'astro';
import { getSearchIndex } from '../data/directory.ts';

/** The search index, fetched by the search page only. Built through the query layer's visibility rule. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getSearchIndex()), { headers: { 'Content-Type': 'application/json' } });
