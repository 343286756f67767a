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
