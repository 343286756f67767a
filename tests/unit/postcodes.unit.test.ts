import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { distanceMiles, formatMiles } from '../../src/core/geo.ts';
import { indexPostcodes, lookUpPostcode, readPostcode } from '../../src/domain/postcode-lookup.ts';
import { buildPostcodeTable, layoutOf, tableYaml } from '../../src/outputs/postcode-table.ts';
import { postcodeTableSchema } from '../../src/schemas/postcodes.ts';

const csv = (name: string) => parseCsv(readFileSync(`tests/fixtures/postcodes/${name}`), { bom: true, relax_column_count: true }) as string[][];
const example = postcodeTableSchema.parse(parseYaml(readFileSync('content/postcodes.yml', 'utf8')));
const index = indexPostcodes(example);
const AREA = 'St Austell and the Clay Country villages';

describe('distance', () => {
  it('is as the crow flies, in miles', () => {
    // St Austell to Par is about 3.5 miles; a point is 0 from itself; London to Edinburgh about 330.
    expect(distanceMiles({ lat: 50.34, lng: -4.79 }, { lat: 50.35, lng: -4.71 })).toBeCloseTo(3.6, 0);
    expect(distanceMiles({ lat: 50.34, lng: -4.79 }, { lat: 50.34, lng: -4.79 })).toBe(0);
    expect(distanceMiles({ lat: 51.5074, lng: -0.1278 }, { lat: 55.9533, lng: -3.1883 })).toBeCloseTo(332, -1);
  });
  it('reads in tenths below ten miles and whole miles above', () => {
    expect(formatMiles(0.02)).toBe('0.1 miles');
    expect(formatMiles(1.04)).toBe('1 mile');
    expect(formatMiles(1.24)).toBe('1.2 miles');
    expect(formatMiles(12.4)).toBe('12 miles');
  });
});

describe('postcodes', () => {
  it('reads a whole postcode, a sector or a district however it is typed', () => {
    expect(readPostcode(' pl25  4ab ')).toEqual({ kind: 'postcode', text: 'PL25 4AB', district: 'PL25', sector: 'PL25 4' });
    expect(readPostcode('PL26 7')).toEqual({ kind: 'sector', text: 'PL26 7', district: 'PL26', sector: 'PL26 7' });
    expect(readPostcode('pl267')).toEqual({ kind: 'sector', text: 'PL26 7', district: 'PL26', sector: 'PL26 7' });
    expect(readPostcode('pl25')).toEqual({ kind: 'district', text: 'PL25', district: 'PL25' });
    for (const text of ['', 'walking', 'PL', '12345', 'PL25 4A']) expect(readPostcode(text)).toBeUndefined();
  });
  it('places a sector at its centre, and a district, or a sector not in the table, at the district centre', () => {
    expect(lookUpPostcode('PL25 4AB', index, AREA)).toEqual({ found: true, label: 'PL25 4AB', point: { lat: 50.341, lng: -4.788 }, precision: 'sector', approximate: true });
    const district = lookUpPostcode('PL25', index, AREA);
    expect(district).toMatchObject({ found: true, precision: 'district' });
    // The district's centre is the middle of its sectors.
    const sectors = Object.entries(example.sectors).filter(([sector]) => sector.startsWith('PL25 '));
    if (district.found) expect(district.point.lat).toBeCloseTo(sectors.reduce((sum, [, [lat]]) => sum + lat, 0) / sectors.length, 6);
    expect(lookUpPostcode('PL25 9ZZ', index, AREA)).toMatchObject({ found: true, precision: 'district', label: 'PL25 9ZZ' });
  });
  it('says plainly when a postcode is outside the area, or is not a postcode', () => {
    expect(lookUpPostcode('PL1 1AA', index, AREA)).toEqual({
      found: false,
      reason: 'outside',
      message: 'PL1 1AA is outside St Austell and the Clay Country villages, so the directory can’t tell how far things are from it. Type a postcode in the area, or choose a town or village.',
    });
    expect(lookUpPostcode('TR1', index, AREA)).toMatchObject({ found: false, reason: 'outside' });
    expect(lookUpPostcode('near the church', index, AREA)).toMatchObject({ found: false, reason: 'not-a-postcode', message: expect.stringContaining('“near the church” is not a postcode') });
  });
  it('the example table is marked approximate, with its source said', () => {
    expect(example.approximate).toBe(true);
    expect(example.attribution).toMatch(/Approximate/);
  });
  it('refuses a table with a badly written sector or position, naming it', () => {
    const bad = postcodeTableSchema.safeParse({ attribution: 'x', sectors: { PL254: [50, -4], 'PL25 4': [50] } });
    expect(bad.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).sort()).toEqual([
      'sectors.PL25 4: should be [latitude, longitude], like [50.34, -4.79]',
      'sectors.PL254: "PL254" is not a postcode sector; write it like PL25 4 (the district, a space and one digit)',
    ]);
  });
});

describe('the table builder (npm run postcodes)', () => {
  it('averages the live postcodes of each sector from the ONS Postcode Directory, keeping only the districts asked for', () => {
    const rows = csv('onspd-sample.csv');
    expect(layoutOf(rows[0]!)).toBe('onspd');
    const built = buildPostcodeTable(rows, { districts: new Set(['PL25', 'PL26']), year: 2026 });
    // Terminated PL25 4ZZ, PL26 7NX with no position, PL1 outside the districts and BT (Northern Ireland) are left out.
    expect(built.table.sectors).toEqual({ 'PL25 4': [50.345, -4.785], 'PL26 7': [50.37, -4.83] });
    expect(built).toMatchObject({ used: 3, skipped: 4 });
    expect(built.table.attribution).toContain('Source: Office for National Statistics licensed under the Open Government Licence v.3.0');
    expect(built.table.attribution).toContain('Contains OS data © Crown copyright and database right 2026');
    expect(built.table.approximate).toBe(false);
    // What it writes is a table the checker accepts, and reads back the same.
    expect(postcodeTableSchema.parse(parseYaml(tableYaml(built.table, 'test')))).toEqual(built.table);
  });
  it('reads Code-Point Open, converting its grid references', () => {
    const rows = csv('codepoint-sample.csv');
    expect(layoutOf(rows[0]!)).toBe('codepoint');
    const built = buildPostcodeTable(rows, { districts: new Set(['PL25', 'PL26']), year: 2026 });
    expect(Object.keys(built.table.sectors)).toEqual(['PL25 4']);
    const [lat, lng] = built.table.sectors['PL25 4']!;
    // Grid reference SX 020 520 is just west of St Austell.
    expect(lat).toBeCloseTo(50.34, 1);
    expect(lng).toBeCloseTo(-4.78, 1);
    expect(built.table.attribution).toContain('Code-Point Open');
  });
  it('refuses a file that is neither', () => {
    expect(() => buildPostcodeTable([['name', 'phone']], { districts: new Set(['PL25']), year: 2026 })).toThrow(/neither the ONS Postcode Directory/);
  });
});
