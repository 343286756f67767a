// Builds one of the two sites from the same content: `npm run build` (public, into dist/) or
// `npm run build:staff` (staff, into dist-staff/). The audience is set here, explicitly, so a
// stray DIRECTORY_AUDIENCE in the shell can never turn the public build into a staff one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// Astro keeps its prerender files in .astro/ of the project whatever the output folder, so two
// builds at once (npm start with npm run build:staff, or the tests) would overwrite each other's.
// One build at a time: a lock folder, taken over if the build that made it has gone.
const lock = join(import.meta.dirname, '../.astro/build.lock');
function takeLock(): void {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock, { recursive: false });
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        mkdirSync(join(lock, '..'), { recursive: true });
        continue;
      }
      const owner = Number(readFileSync(join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }));
      const alive =
        owner > 0 &&
        (() => {
          try {
            process.kill(owner, 0);
            return true;
          } catch {
            return false;
          }
        })();
      if (!alive && Date.now() - started > 1000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 15 * 60_000) {
        console.error(`Another build (process ${owner}) has held ${lock} for 15 minutes. If no build is running, delete that folder and try again.`);
        process.exit(1);
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
}
takeLock();
process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
const result = spawnSync(process.execPath, [astro, 'build', ...outDir, ...extra], {
  stdio: 'inherit',
  env: { ...process.env, DIRECTORY_AUDIENCE: audience },
});
process.exit(result.status ?? 1);
