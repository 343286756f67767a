// Checks every internal link and #anchor in the built sites (dist/ and dist-staff/), offline, with
// linkinator: `npm run check:links`, part of npm test. Addresses outside the site are not fetched.
import { existsSync } from 'node:fs';
import { ADMIN_PATH } from '../src/outputs/site-files.ts';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist', 'dist-staff'];
let broken = 0;

for (const folder of folders) {
  if (!existsSync(join(folder, 'index.html'))) {
    console.log(`${folder}/ has no index.html: build it first (npm run build:for-tests).`);
    process.exit(1);
  }
  const result = await check({
    path: folder,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 20_000,
    // A connection the local server drops under load is tried again, so only a real broken link fails the run.
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 200,
    // Only the site itself: nothing leaves this machine.
    // The admin's #/collections/… addresses are places inside the CMS app, not anchors in the page.
    linksToSkip: async (link) => !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link) || link.includes(`${ADMIN_PATH}#/`),
  });
  const bad = result.links.filter((link) => link.state === LinkState.BROKEN);
  const checked = result.links.filter((link) => link.state === LinkState.OK).length;
  for (const link of bad) console.log(`${folder}: broken link ${link.url} (status ${link.status ?? 'none'}) on ${link.parent ?? 'the start page'}`);
  console.log(`${folder}/: ${checked} addresses found and working, ${bad.length} broken.`);
  broken += bad.length;
}
process.exit(broken > 0 ? 1 : 0);
