// npm run postcodes -- --from <ONSPD or Code-Point Open CSV> [--districts PL22,PL23,…] [--out content/postcodes.yml]
// Builds the area's postcode table: the centre of each postcode sector, averaged over its live
// postcodes, with the attribution the Open Government Licence asks for. By default it keeps the
// districts of the venues in content/venues/. Code-Point Open comes as one CSV per area: pass each
// with its own --from.
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import { readContentTree } from '../src/reading/content-source.ts';
import { buildPostcodeTable, tableYaml } from '../src/outputs/postcode-table.ts';
import { readPostcode } from '../src/domain/postcode-lookup.ts';

const args = process.argv.slice(2);
const values = (flag: string) => args.flatMap((arg, position) => (arg === flag && args[position + 1] ? [args[position + 1]!] : []));
const sources = values('--from');
const out = values('--out')[0] ?? 'content/postcodes.yml';
if (sources.length === 0) {
  console.log('Give the postcode file: npm run postcodes -- --from ONSPD_NOV_2026_UK.csv (or a Code-Point Open CSV).');
  process.exit(1);
}
for (const source of sources) {
  if (!existsSync(source)) {
    console.log(`${source} does not exist. Download the ONS Postcode Directory or Code-Point Open and give the path to its CSV.`);
    process.exit(1);
  }
}

/** The districts of the venues in the content tree, read as the checker reads them. */
function venueDistricts(): Set<string> {
  const venues = readContentTree(process.cwd()).venues.map((file) => file.data as { address?: { postcode?: string } } | undefined);
  return new Set(venues.flatMap((venue) => readPostcode(venue?.address?.postcode ?? '')?.district ?? []));
}

const chosen = values('--districts')[0];
const districts = chosen ? new Set(chosen.split(',').map((district) => district.trim().toUpperCase())) : venueDistricts();
if (districts.size === 0) {
  console.log('No districts to keep: give them with --districts PL22,PL23, or add venues with postcodes first.');
  process.exit(1);
}

async function* rowsOf(files: readonly string[]): AsyncGenerator<string[]> {
  for (const file of files) for await (const row of createReadStream(file).pipe(parse({ bom: true, relax_column_count: true }))) yield row as string[];
}

// Read the rows as they stream in, keeping only the districts' postcodes: the whole ONSPD is 2.7 million rows.
const rows: string[][] = [];
let header = true;
for await (const row of rowsOf(sources)) {
  if (header || districts.has(readPostcode(row[0] ?? '')?.district ?? '') || districts.has(readPostcode(row[2] ?? '')?.district ?? '')) rows.push(row);
  header = false;
}
try {
  const { table, used, skipped } = buildPostcodeTable(rows, { districts, year: new Date().getFullYear() });
  writeFileSync(out, tableYaml(table, `Built by npm run postcodes from ${sources.join(', ')} on ${new Date().toISOString().slice(0, 10)}, for ${[...districts].sort().join(', ')}.`));
  const sectorCount = Object.keys(table.sectors).length;
  console.log(
    `Wrote ${out}: ${sectorCount} ${sectorCount === 1 ? 'sector' : 'sectors'} from ${used} live postcodes (${skipped} rows left out: terminated, without a position, or outside ${[...districts].sort().join(', ')}).`,
  );
} catch (error) {
  console.log(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
