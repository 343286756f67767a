// `npm run build:pdf`: the booklet as PDFs, printed by Chromium from the built site's own /print/
// pages (the web page stays the source of truth). Writes, into <site>/print/pdf/:
//   whole-area.pdf, whole-area-large-print.pdf        the whole directory, by type of activity
//   <town>.pdf, <town>-large-print.pdf                one per town
//   whole-area-a5-booklet.pdf                         A5 pages imposed two to an A4 landscape sheet,
//                                                     in saddle-stitch order (print double-sided, fold, staple)
// Options: --staff (the staff site, dist-staff/), --towns a,b (only these towns; none for the whole area only),
// --standard-only (no large print and no A5 booklet, for a quick check), --out <folder>.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { PDFDocument } from '@cantoo/pdf-lib';
import sirv from 'sirv';
import { imposeA5Booklet } from '../src/outputs/paper/imposition.ts';
import { BUILD_FOLDERS } from '../src/outputs/site-files.ts';

const { values } = parseArgs({ options: { staff: { type: 'boolean', default: false }, towns: { type: 'string' }, 'standard-only': { type: 'boolean', default: false }, out: { type: 'string' } } });
const audience = values.staff ? 'staff' : 'public';
const site = resolve(BUILD_FOLDERS[audience]);
const out = resolve(values.out ?? join(site, 'print', 'pdf'));
const started = Date.now();

function findChromium(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', chromium.executablePath()];
  return candidates.find((path): path is string => typeof path === 'string' && path !== '' && existsSync(path));
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'build:pdf prints the booklet with Chromium, and there is no Chromium on this machine.\n' +
      'Install it (on Debian or Ubuntu: apt-get install -y chromium), or set CHROMIUM_PATH to a Chromium or Chrome binary, then run npm run build:pdf again.\n' +
      'Without it you can still print any booklet from a browser: open /print/ on the site.',
  );
  process.exit(1);
}

if (!existsSync(join(site, 'print', 'index.html'))) {
  console.log(`No built site in ${relative(process.cwd(), site)}/ yet; building it first.`);
  const build = spawnSync(process.execPath, [join(import.meta.dirname, 'build.ts'), audience], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The towns with a booklet, as the built /print/ page links to them. */
const choices = readFileSync(join(site, 'print', 'index.html'), 'utf8');
const allTowns = [...new Set([...choices.matchAll(/href="\/print\/towns\/([a-z0-9-]+)\/"/g)].map((match) => match[1] ?? ''))];
const wanted = values.towns === 'none' ? [] : values.towns?.split(',').map((town) => town.trim());
const unknown = wanted?.filter((town) => !allTowns.includes(town)) ?? [];
if (unknown.length > 0) {
  console.error(`No town booklet called ${unknown.join(', ')}. The towns are: ${allTowns.join(', ')}.`);
  process.exit(1);
}
const towns = wanted ?? allTowns;

interface Job {
  file: string;
  path: string;
  a5?: boolean;
}
const allJobs: Job[] = [
  { file: 'whole-area.pdf', path: '/print/by-activity/' },
  { file: 'whole-area-large-print.pdf', path: '/print/by-activity/large-print/' },
  { file: 'whole-area-a5.pdf', path: '/print/by-activity/', a5: true },
  ...towns.flatMap((town) => [
    { file: `${town}.pdf`, path: `/print/towns/${town}/` },
    { file: `${town}-large-print.pdf`, path: `/print/towns/${town}/large-print/` },
  ]),
];
const jobs = values['standard-only'] ? allJobs.filter((job) => !job.a5 && !job.path.endsWith('/large-print/')) : allJobs;

const files = sirv(site, { dev: false });
const server = createServer((request, response) =>
  files(request, response, () => {
    response.writeHead(404);
    response.end();
  }),
);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function printJob(browser: Browser, job: Job): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}${job.path}?pages${job.a5 ? '&size=a5' : ''}`);
    await page.waitForFunction(() => document.documentElement.dataset['paged'] === 'done', null, { timeout: 180_000 });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const written: { file: string; pages: number; bytes: number }[] = [];
const record = async (file: string, pdf: Uint8Array) => {
  writeFileSync(join(out, file), pdf);
  written.push({ file, pages: (await PDFDocument.load(pdf)).getPageCount(), bytes: statSync(join(out, file)).size });
};
try {
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const pdf = await printJob(browser, job);
      if (!job.a5) {
        await record(job.file, pdf);
        continue;
      }
      const booklet = await imposeA5Booklet(pdf);
      await record('whole-area-a5-booklet.pdf', booklet.pdf);
      console.log(`A5 booklet: ${booklet.pages} A5 pages, padded to ${booklet.sheets * 4}, on ${booklet.sheets} A4 sheets printed on both sides.`);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
} catch (error) {
  console.error(`build:pdf could not print the booklet: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}

written.sort((a, b) => a.file.localeCompare(b.file));
for (const { file, pages, bytes } of written) console.log(`${file.padEnd(40)} ${String(pages).padStart(4)} pages ${(bytes / 1024).toFixed(0).padStart(6)} KB`);
console.log(`${written.length} PDFs in ${relative(process.cwd(), out)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
