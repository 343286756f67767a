import type { Audience } from '../data/visibility.ts';

/**
 * The small files a host reads beside the pages: robots.txt and the Netlify/Cloudflare Pages
 * style `_headers` file. The staff build must never be indexed, so it says so three ways:
 * a noindex meta on every page (src/layouts/Base.astro), an X-Robots-Tag header, and a
 * robots.txt that disallows everything. It has no sitemap.
 */
/** Where each build's admin (the CMS) lives; it is kept out of search engines and the sitemap. */
export const ADMIN_PATH = '/admin/';

/** The robots meta of every staff page: never indexed, followed or archived. */
export const STAFF_ROBOTS = 'noindex, nofollow, noarchive';

export const BUILD_FOLDERS: Record<Audience, string> = { public: 'dist', staff: 'dist-staff' };

export function robotsTxt(audience: Audience, siteUrl: string): string {
  if (audience === 'staff') return 'User-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\nDisallow: ${ADMIN_PATH}\n\nSitemap: ${new URL('/sitemap-index.xml', siteUrl).href}\n`;
}

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY' };

/**
 * The response headers for each site, in one place: written to `_headers` for static hosts, and
 * sent by the staff server (src/server/staff-server.ts) with every response.
 */
export const RESPONSE_HEADERS: Record<Audience, Readonly<Record<string, string>>> = {
  public: { ...COMMON_HEADERS, 'Referrer-Policy': 'strict-origin-when-cross-origin' },
  staff: { ...COMMON_HEADERS, 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
};

export function headersFile(audience: Audience): string {
  return `/*\n${Object.entries(RESPONSE_HEADERS[audience])
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}
