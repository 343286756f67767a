import { PDFDocument } from '@cantoo/pdf-lib';

/**
 * A5 booklet imposition for saddle-stitch printing: the booklet's A5 pages, two to each side of an
 * A4 landscape sheet, in the order that reads right when the printed sheets are stacked, folded in
 * the middle and stapled. No package does this; pdf-lib (@cantoo/pdf-lib, the maintained fork)
 * embeds and places the pages.
 */

/** The page count padded to a multiple of four: one sheet carries four booklet pages. */
export const paddedCount = (pages: number): number => Math.max(4, Math.ceil(pages / 4) * 4);

/**
 * Which booklet pages (0-based; past the end means blank) go left and right on each printed side,
 * in printing order: sheet 1 front, sheet 1 back, sheet 2 front… For 8 pages: [7,0], [1,6], [5,2], [3,4].
 */
export function saddleStitchOrder(pages: number): [number, number][] {
  const total = paddedCount(pages);
  const sides: [number, number][] = [];
  for (let sheet = 0; sheet < total / 4; sheet += 1) {
    sides.push([total - 1 - 2 * sheet, 2 * sheet]);
    sides.push([2 * sheet + 1, total - 2 - 2 * sheet]);
  }
  return sides;
}

/** A4 landscape, in PDF points. */
const A4_LANDSCAPE: [number, number] = [841.89, 595.28];

/** Impose an A5 PDF as a saddle-stitched booklet on A4 landscape sheets. */
export async function imposeA5Booklet(a5Pdf: Uint8Array): Promise<{ pdf: Uint8Array; sheets: number; pages: number }> {
  const source = await PDFDocument.load(a5Pdf);
  const count = source.getPageCount();
  const output = await PDFDocument.create();
  const embedded = await output.embedPdf(source, source.getPageIndices());
  const [width, height] = A4_LANDSCAPE;
  for (const side of saddleStitchOrder(count)) {
    const sheet = output.addPage([width, height]);
    side.forEach((index, slot) => {
      const page = embedded[index];
      if (!page) return;
      // Scale to fit half the sheet (A5 pages fit exactly; anything else keeps its proportions).
      const scale = Math.min(width / 2 / page.width, height / page.height);
      const drawnWidth = page.width * scale;
      const drawnHeight = page.height * scale;
      sheet.drawPage(page, { x: slot * (width / 2) + (width / 2 - drawnWidth) / 2, y: (height - drawnHeight) / 2, width: drawnWidth, height: drawnHeight });
    });
  }
  return { pdf: await output.save(), sheets: paddedCount(count) / 4, pages: count };
}
