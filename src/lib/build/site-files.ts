import type { Audience } from '../../data/visibility.ts';

/**
 * The small files a host reads beside the pages: robots.txt and the Netlify/Cloudflare Pages
 * style `_headers` file. The staff build must never be indexed, so it says so three ways:
 * a noindex meta on every page (src/layouts/Base.astro), an X-Robots-Tag header, and a
 * robots.txt that disallows everything. It has no sitemap.
 */
export const BUILD_FOLDERS: Record<Audience, string> = { public: 'dist', staff: 'dist-staff' };

export function robotsTxt(audience: Audience, siteUrl: string): string {
  if (audience === 'staff') return 'User-agent: *\nDisallow: /\n';
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', siteUrl).href}\n`;
}

const COMMON_HEADERS = ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'X-Frame-Options: DENY'];

export function headersFile(audience: Audience): string {
  const headers = audience === 'staff'
    ? [...COMMON_HEADERS.filter((line) => !line.startsWith('Referrer-Policy')), 'X-Robots-Tag: noindex, nofollow, noarchive', 'Referrer-Policy: no-referrer', 'Cache-Control: private, no-store']
    : COMMON_HEADERS;
  return `/*\n${headers.map((line) => `  ${line}`).join('\n')}\n`;
}
