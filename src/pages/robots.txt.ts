import type { APIRoute } from 'astro';
import { getDirectory } from '../data/directory.ts';
import { robotsTxt } from '../outputs/site-files.ts';

export const GET: APIRoute = async () => {
  const { audience, site } = await getDirectory();
  return new Response(robotsTxt(audience, site.siteUrl), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
