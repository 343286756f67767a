import { formatDate } from './schedule-text.ts';

/**
 * What every printed page says at its foot, and at its top: where it came from, when, and that
 * details can change. The staff build's pages say they are a staff copy, in solid black.
 */
export interface PrintFrame {
  /** The page's own short address, printed at the top: directory.example.org/listings/bugle-walkers/ */
  address: string;
  /**
   * The footer, on every printed page. It names the day the page was built (as "1 December
   * 2026"): the site is rebuilt every day, and pages run no script, so the build's day is the
   * printing day.
   */
  footer: string;
  /** The day named in the footer. */
  date: string;
}

export function printFrame({ siteUrl, path, audience, today }: { siteUrl: string; path: string; audience: 'public' | 'staff'; today: string }): PrintFrame {
  const host = new URL(siteUrl).host;
  const date = formatDate(today, { weekday: false });
  const footer =
    audience === 'staff'
      ? `Staff copy: do not share. Printed on ${date} from the staff directory. Check before you go: details can change.`
      : `Printed on ${date} from ${host}. Check before you go: details can change.`;
  return { address: audience === 'staff' ? `Staff directory: ${path}` : `${host}${path}`, footer, date };
}

/** The @page rules that put the footer and page numbers in every printed page's margin (Chromium prints margin boxes). */
export function printPageCss(frame: PrintFrame): string {
  const quoted = JSON.stringify(frame.footer);
  return `@page{margin:14mm 14mm 20mm;@bottom-left{content:${quoted};font:8.5pt/1.3 system-ui,sans-serif;color:#000;width:80%}@bottom-right{content:"Page " counter(page) " of " counter(pages);font:9pt system-ui,sans-serif;color:#000}}`;
}

/**
 * The booklet's pages: A4, the same footer, the section's name at the top right and the page
 * number at the bottom right. Paged.js draws these margin boxes when the booklet is paginated
 * (with the section names); Chromium draws them itself when it isn't.
 */
export function bookletPageCss(frame: PrintFrame, { large = false } = {}): string {
  const quoted = JSON.stringify(frame.footer);
  // Large print has large page furniture too: the footer is what says "check before you go".
  const [small, bigger, bottom] = large ? ['13pt', '14pt', '26mm'] : ['9pt', '10pt', '20mm'];
  return `@page{size:A4;margin:15mm 15mm ${bottom};@top-right{content:string(section);font:700 ${bigger} system-ui,sans-serif;color:#000}@bottom-left{content:${quoted};font:${small}/1.3 system-ui,sans-serif;color:#000;width:80%}@bottom-right{content:"Page " counter(page);font:${bigger} system-ui,sans-serif;color:#000}}`;
}
