import { parse as parsePostcode } from 'postcode';
import { centreOf, type Point } from '../core/geo.ts';
import { SECTOR_PATTERN, type PostcodeTable } from '../schemas/postcodes.ts';

/** What a typed postcode is: a whole postcode, a sector ("PL26 7") or a district ("PL25"). */
export interface PostcodeParts {
  kind: 'postcode' | 'sector' | 'district';
  /** As it is usually written: "PL25 4AB", "PL26 7", "PL25". */
  text: string;
  district: string;
  sector?: string;
}

const DISTRICT_PATTERN = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** Read a postcode, sector or district however it is typed ("pl25  4ab", "PL267", "pl25"); undefined if it is none of them. */
export function readPostcode(typed: string): PostcodeParts | undefined {
  const squashed = typed.trim().toUpperCase().replace(/\s+/g, ' ');
  const full = parsePostcode(squashed);
  if (full.valid) return { kind: 'postcode', text: full.postcode, district: full.district, sector: full.sector };
  if (DISTRICT_PATTERN.test(squashed)) return { kind: 'district', text: squashed, district: squashed };
  if (SECTOR_PATTERN.test(squashed)) return { kind: 'sector', text: squashed, district: squashed.slice(0, -2), sector: squashed };
  // "PL267": a sector typed without its space.
  const joined = /^([A-Z]{1,2}\d[A-Z\d]?)(\d)$/.exec(squashed.replace(' ', ''));
  if (joined && joined[1] && joined[2] && !DISTRICT_PATTERN.test(squashed)) return { kind: 'sector', text: `${joined[1]} ${joined[2]}`, district: joined[1], sector: `${joined[1]} ${joined[2]}` };
  return undefined;
}

export type PostcodeAnswer =
  { found: true; label: string; point: Point; precision: 'sector' | 'district'; approximate: boolean } | { found: false; reason: 'not-a-postcode' | 'outside'; message: string };

/** A postcode table ready for lookups: sectors, and each district's centre. */
export interface PostcodeIndex {
  sectors: ReadonlyMap<string, Point>;
  districts: ReadonlyMap<string, Point>;
  approximate: boolean;
  attribution: string;
}

export function indexPostcodes(table: PostcodeTable): PostcodeIndex {
  const sectors = new Map(Object.entries(table.sectors).map(([sector, [lat, lng]]) => [sector, { lat, lng }]));
  const byDistrict = new Map<string, Point[]>();
  for (const [sector, point] of sectors) {
    const district = sector.slice(0, -2);
    byDistrict.set(district, [...(byDistrict.get(district) ?? []), point]);
  }
  return { sectors, districts: new Map([...byDistrict].map(([district, points]) => [district, centreOf(points)])), approximate: table.approximate, attribution: table.attribution };
}

/**
 * Where a typed postcode is, from the area's own table: its sector's centre, or its district's when
 * the sector isn't listed. A postcode of somewhere else, or text that isn't a postcode, gets a
 * plain message saying which.
 */
export function lookUpPostcode(typed: string, index: PostcodeIndex, areaName: string): PostcodeAnswer {
  const parts = readPostcode(typed);
  if (!parts) {
    return { found: false, reason: 'not-a-postcode', message: `“${typed.trim()}” is not a postcode. Type a whole postcode, like PL25 4AB, or its first part, like PL25.` };
  }
  const sector = parts.sector ? index.sectors.get(parts.sector) : undefined;
  if (sector && parts.sector) return { found: true, label: parts.text, point: sector, precision: 'sector', approximate: index.approximate };
  const district = index.districts.get(parts.district);
  if (district) return { found: true, label: parts.text, point: district, precision: 'district', approximate: index.approximate };
  return {
    found: false,
    reason: 'outside',
    message: `${parts.text} is outside ${areaName}, so the directory can’t tell how far things are from it. Type a postcode in the area, or choose a town or village.`,
  };
}
