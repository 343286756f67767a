// Builds one of the two sites from the same content: `npm run build` (public, into dist/) or
// `npm run build:staff` (staff, into dist-staff/). The audience is set here, explicitly, so a
// stray DIRECTORY_AUDIENCE in the shell can never turn the public build into a staff one.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { audienceFromEnv } from '../src/data/visibility.ts';
import { BUILD_FOLDERS } from '../src/outputs/site-files.ts';

const requested = process.argv[2] ?? 'public';
if (requested !== 'public' && requested !== 'staff') {
  console.error(`"${requested}" isn't a build. Use public or staff.`);
  process.exit(1);
}
const audience = audienceFromEnv(requested);
const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
// Further arguments go to astro build; the tests pass --outDir to build into a temporary folder.
const extra = process.argv.slice(3);
const outDir = extra.includes('--outDir') ? [] : ['--outDir', BUILD_FOLDERS[audience]];
const result = spawnSync(process.execPath, [astro, 'build', ...outDir, ...extra], {
  stdio: 'inherit',
  env: { ...process.env, DIRECTORY_AUDIENCE: audience },
});
process.exit(result.status ?? 1);
