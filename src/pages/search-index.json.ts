import type { APIRoute } from 'astro';
import { getSearchIndex } from '../outputs/search/for-build.ts';
import { toWire } from '../outputs/search/record.ts';

/** The search index, fetched by the search page only. Built through the query layer's visibility rule. */
export const GET: APIRoute = async () => new Response(JSON.stringify(toWire(await getSearchIndex())), { headers: { 'Content-Type': 'application/json' } });
