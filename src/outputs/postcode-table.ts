import proj4 from 'proj4';
import { centreOf, type Point } from '../core/geo.ts';
import { readPostcode } from '../domain/postcode-lookup.ts';
import type { PostcodeTable } from '../schemas/postcodes.ts';

/**
 * The table builder behind `npm run postcodes`: from the rows of the ONS Postcode Directory (a
 * header row with pcds, doterm, lat and long) or Code-Point Open (no header; postcode, quality,
 * eastings, northings…), the centre of each postcode sector of the chosen districts, averaged over
 * its live postcodes, with the attribution the Open Government Licence asks for.
 */
export type Layout = 'onspd' | 'codepoint';

/** Which file it is, from its first row. */
export function layoutOf(firstRow: readonly string[]): Layout | undefined {
  const header = firstRow.map((cell) => cell.trim().toLowerCase());
  if ((header.includes('pcds') || header.includes('pcd')) && header.includes('lat') && header.includes('long')) return 'onspd';
  if (firstRow.length >= 4 && readPostcode(firstRow[0] ?? '')?.kind === 'postcode' && /^\d+$/.test(firstRow[2] ?? '')) return 'codepoint';
  return undefined;
}

// The British National Grid (OSGB36), as Code-Point Open gives it.
const BNG = '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';
const fromGrid = proj4(BNG, 'WGS84');

export function attributionFor(layout: Layout, year: number): string {
  const os = `Contains OS data © Crown copyright and database right ${year}. Contains Royal Mail data © Royal Mail copyright and database right ${year}.`;
  return layout === 'onspd'
    ? `Postcode sector centres from the ONS Postcode Directory. Source: Office for National Statistics licensed under the Open Government Licence v.3.0. ${os} Contains GeoPlace data © Local Government Information House Limited copyright and database right ${year}.`
    : `Postcode sector centres from OS Code-Point Open. ${os} Contains National Statistics data © Crown copyright and database right ${year}. Licensed under the Open Government Licence v.3.0.`;
}

export interface BuiltTable {
  table: PostcodeTable;
  /** Live postcodes used, and rows left out (terminated, no position, outside the districts, Northern Ireland). */
  used: number;
  skipped: number;
}

/** One postcode and where it is, or undefined for a row to leave out. */
function placeOf(row: readonly string[], layout: Layout, columns: ReadonlyMap<string, number>): { postcode: string; point: Point } | undefined {
  if (layout === 'onspd') {
    const cell = (name: string) => row[columns.get(name) ?? -1]?.trim() ?? '';
    const terminated = cell('doterm') !== '';
    const lat = Number(cell('lat'));
    const lng = Number(cell('long'));
    // ONSPD marks postcodes with no grid reference with latitude 99.999999.
    if (terminated || !Number.isFinite(lat) || !Number.isFinite(lng) || lat > 90) return undefined;
    return { postcode: cell('pcds') || cell('pcd'), point: { lat, lng } };
  }
  const [postcode = '', quality = '', eastings = '', northings = ''] = row;
  // Quality 90: no coordinates.
  if (quality.trim() === '90' || !/^\d+$/.test(eastings.trim()) || !/^\d+$/.test(northings.trim())) return undefined;
  const [lng, lat] = fromGrid.forward([Number(eastings), Number(northings)]);
  return lng === undefined || lat === undefined ? undefined : { postcode, point: { lat, lng } };
}

export function buildPostcodeTable(rows: Iterable<readonly string[]>, options: { districts: ReadonlySet<string>; year: number }): BuiltTable {
  let layout: Layout | undefined;
  let columns = new Map<string, number>();
  const bySector = new Map<string, Point[]>();
  let used = 0;
  let skipped = 0;
  for (const row of rows) {
    if (!layout) {
      layout = layoutOf(row);
      if (!layout) throw new Error('This is neither the ONS Postcode Directory (a header row with pcds, doterm, lat and long) nor Code-Point Open (postcode, quality, eastings, northings).');
      if (layout === 'onspd') {
        columns = new Map(row.map((name, position) => [name.trim().toLowerCase(), position]));
        continue;
      }
    }
    const place = placeOf(row, layout, columns);
    const parts = place ? readPostcode(place.postcode) : undefined;
    // Northern Ireland (BT) postcodes are under a narrower licence than the Open Government Licence.
    if (!place || !parts?.sector || parts.district.startsWith('BT') || !options.districts.has(parts.district)) {
      skipped += 1;
      continue;
    }
    used += 1;
    bySector.set(parts.sector, [...(bySector.get(parts.sector) ?? []), place.point]);
  }
  if (!layout) throw new Error('The file is empty.');
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const sectors = Object.fromEntries(
    [...bySector]
      .sort(([a], [b]) => a.localeCompare(b, 'en-GB', { numeric: true }))
      .map(([sector, points]) => {
        const centre = centreOf(points);
        return [sector, [round(centre.lat), round(centre.lng)] as [number, number]];
      }),
  );
  return { table: { attribution: attributionFor(layout, options.year), approximate: false, sectors }, used, skipped };
}

/** The table as content/postcodes.yml: one line per sector, `PL25 4: [50.3421, -4.7702]`. */
export function tableYaml(table: PostcodeTable, note: string): string {
  const lines = Object.entries(table.sectors).map(([sector, [lat, lng]]) => `  ${sector}: [${lat}, ${lng}]`);
  return [`# ${note}`, `attribution: ${JSON.stringify(table.attribution)}`, `approximate: ${table.approximate}`, 'sectors:', ...lines, ''].join('\n');
}
