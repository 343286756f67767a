// npm run bench:search — search speed, size and quality at 1,000 and 10,000 synthetic listings,
// in headless Chromium, side by side with fuse.js on default options, MiniSearch and Pagefind.
// Usage: npm run bench:search [-- 1000 10000] [--no-phone]
// It ends with the slow-phone line (search-phone.ts): the example site's search page, throttled.
import { searchIndexOf } from '../../src/outputs/search/build-index.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import sirv from 'sirv';
import { loadDirectoryOffline } from '../../src/data/offline-directory.ts';
import { createSearchEngine } from '../../src/outputs/search/engine.ts';
import { recordText, toWire, type SearchIndexFile } from '../../src/outputs/search/record.ts';
import { generateDirectory } from './generate-directory.ts';
import { benchPhone } from './search-phone.ts';
import { benchQueries, JUDGED, PRECISION, type BenchQuery } from './search-queries.ts';

const ROOT = process.cwd();
const WORK = '/tmp/bench-search';
const NOW = new Date('2026-11-21T10:00:00Z');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1000, 10000];
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (value: number) => value.toFixed(value < 10 ? 2 : 0);

function writePagefindSite(siteDir: string, index: SearchIndexFile) {
  for (const record of index.records) {
    const doc = recordText(record, index);
    const folder = join(siteDir, 'l', record.s);
    mkdirSync(folder, { recursive: true });
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(
      join(folder, 'index.html'),
      `<!doctype html><html lang="en"><head><title>${escape(doc.title)}</title></head><body><main data-pagefind-body><h1>${escape(doc.title)}</h1><p>${escape(doc.summary)}</p><p>${escape(doc.organisation)}</p><p>${escape(doc.place)}</p><p>${escape(doc.terms)}</p><p>${escape(doc.body)}</p></main></body></html>`,
    );
  }
  const result = spawnSync(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', siteDir, '--quiet'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pagefind failed: ${result.stderr}`);
}

async function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const files = sirv(dir, { dev: false, gzip: false });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.end();
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

interface BrowserFigures {
  loadMs: number[];
  keystrokeMs: number[];
  finalMs: number[];
  fuseDefaultMs: number[];
  miniLoadMs: number;
  miniMs: number[];
  miniKeystrokeMs: number[];
  pagefindMs: number[];
  pagefindTop: string[][];
}

async function measureInBrowser(url: string, queries: BenchQuery[]): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/index.html`);
    return await page.evaluate(async (queries) => {
      const { createSearchEngine, fromWire, recordText, Fuse, MiniSearch } = (globalThis as any).bench;
      const now = () => performance.now();
      // Index load: download, parse and build the engine's in-memory index (three runs).
      const loadMs: number[] = [];
      let engine: any;
      let index: any;
      for (let run = 0; run < 3; run += 1) {
        const start = now();
        index = fromWire(await (await fetch('/search-index.json', { cache: 'no-store' })).json());
        engine = createSearchEngine(index);
        loadMs.push(now() - start);
      }
      // Keystroke to results: each query typed one character at a time, then the full query.
      const keystrokeMs: number[] = [];
      const finalMs: number[] = [];
      for (const query of queries) {
        for (let length = 1; length <= query.q.length; length += 1) {
          const start = now();
          engine.search({ q: query.q.slice(0, length), filters: query.filters });
          const took = now() - start;
          keystrokeMs.push(took);
          if (length === query.q.length) finalMs.push(took);
        }
        if (query.q.length === 0) {
          const start = now();
          engine.search({ q: '', filters: query.filters });
          const took = now() - start;
          keystrokeMs.push(took);
          finalMs.push(took);
        }
      }
      // fuse.js with default options over every field of the same records.
      const docs = index.records.map((record: any) => recordText(record, index));
      const fuse = new Fuse(docs, { keys: ['title', 'summary', 'organisation', 'place', 'terms', 'body'] });
      const fuseDefaultMs: number[] = [];
      for (const query of queries) {
        const start = now();
        if (query.q) fuse.search(query.q);
        fuseDefaultMs.push(now() - start);
      }
      // MiniSearch: inverted index with fuzzy and prefix matching, built in the browser.
      const miniStart = now();
      const mini = new MiniSearch({ fields: ['title', 'summary', 'organisation', 'place', 'terms', 'body'], searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2 } });
      mini.addAll(docs.map((doc: any, id: number) => ({ id, ...doc })));
      const miniLoadMs = now() - miniStart;
      // Per keystroke, as this engine is measured: each query typed one character at a time.
      const miniMs: number[] = [];
      const miniKeystrokeMs: number[] = [];
      for (const query of queries) {
        for (let length = 1; length <= query.q.length; length += 1) {
          const start = now();
          mini.search(query.q.slice(0, length));
          const took = now() - start;
          miniKeystrokeMs.push(took);
          if (length === query.q.length) miniMs.push(took);
        }
        if (!query.q) miniMs.push(0);
      }
      // Pagefind over loopback: search, then load the first 10 results' data to show them.
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pagefind.init();
      const pagefindMs: number[] = [];
      const pagefindTop: string[][] = [];
      for (const query of queries) {
        const start = now();
        const found = query.q ? await pagefind.search(query.q) : { results: [] };
        const data = await Promise.all(found.results.slice(0, 10).map((result: any) => result.data()));
        pagefindMs.push(now() - start);
        pagefindTop.push(data.slice(0, 5).map((item: any) => String(item.url).split('/').filter(Boolean).at(-1) ?? ''));
      }
      return { loadMs, keystrokeMs, finalMs, fuseDefaultMs, miniLoadMs, miniMs, miniKeystrokeMs, pagefindMs, pagefindTop };
    }, queries);
  } finally {
    await browser.close();
  }
}

async function benchSize(count: number, bundle: string) {
  const contentDir = join(WORK, `content-${count}`);
  const siteDir = join(WORK, `site-${count}`);
  if (!existsSync(join(contentDir, 'listings')) || readdirSync(join(contentDir, 'listings')).length !== count) {
    const started = performance.now();
    generateDirectory({ count, seed: 1, outDir: contentDir });
    console.log(`generated ${count} listings in ${ms(performance.now() - started)} ms → ${contentDir}`);
  }
  // The taxonomies and synonyms change with the engine: always take the repo's current ones.
  cpSync(join(ROOT, 'content', 'taxonomies'), join(contentDir, 'taxonomies'), { recursive: true });
  cpSync(join(ROOT, 'content', 'site.yml'), join(contentDir, 'site.yml'));
  const buildStart = performance.now();
  const searchIndex = searchIndexOf(loadDirectoryOffline(ROOT, contentDir, { audience: 'public', now: NOW }).directory);
  const buildMs = performance.now() - buildStart;
  const json = JSON.stringify(toWire(searchIndex));
  const gzipKb = gzipSync(json).length / 1024;

  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  writeFileSync(join(siteDir, 'search-index.json'), json);
  writeFileSync(join(siteDir, 'bench.js'), bundle);
  writeFileSync(join(siteDir, 'index.html'), '<!doctype html><html lang="en"><head><title>bench</title><script src="/bench.js"></script></head><body></body></html>');
  const pagefindStart = performance.now();
  writePagefindSite(siteDir, searchIndex);
  const pagefindBuildMs = performance.now() - pagefindStart;

  const queries = benchQueries();
  const server = await serve(siteDir);
  const figures = await measureInBrowser(server.url, queries).finally(() => server.close());

  // Quality, with the same engine code in Node (results are identical; only timing needs the browser).
  const engine = createSearchEngine(searchIndex);
  const judgedHits = JUDGED.filter((judged) =>
    engine
      .search({ q: judged.q, filters: {} })
      .records.slice(0, 5)
      .some((record) => judged.relevant(record, searchIndex.labels)),
  );
  const misses = JUDGED.filter((judged) => !judgedHits.includes(judged)).map(
    (judged) => `${judged.q} (${searchIndex.records.filter((record) => judged.relevant(record, searchIndex.labels)).length} relevant listings exist)`,
  );
  // Precision: every one of the top 5 on topic.
  const offTopic = PRECISION.flatMap((judged) => {
    const wrong = engine
      .search({ q: judged.q, filters: {} })
      .records.slice(0, 5)
      .filter((record) => !judged.relevant(record, searchIndex.labels));
    return wrong.length > 0 ? [`${judged.q}: ${wrong.map((record) => record.t).join(' / ')}`] : [];
  });
  const threeWord = queries.filter((query) => query.q.split(' ').length === 3 && Object.keys(query.filters).length === 0);
  const zero3 = threeWord.filter((query) => engine.search(query).records.length === 0);
  const withQuery = (values: number[]) => values.filter((_, i) => queries[i]?.q);

  const line = [
    `bench:search listings=${count}`,
    `p50_ms=${ms(percentile(figures.keystrokeMs, 50))}`,
    `p95_ms=${ms(percentile(figures.keystrokeMs, 95))}`,
    `max_keystroke_ms=${ms(percentile(figures.keystrokeMs, 100))}`,
    `minisearch_p95_ms=${ms(percentile(figures.miniKeystrokeMs, 95))}`,
    `index_gzip_kb=${gzipKb.toFixed(0)}`,
    `index_load_ms=${ms(percentile(figures.loadMs, 50))}`,
    `fuse_default_p95_ms=${ms(percentile(withQuery(figures.fuseDefaultMs), 95))}`,
    `pagefind_p95_ms=${ms(percentile(withQuery(figures.pagefindMs), 95))}`,
    `judged_top5_pct=${((judgedHits.length / JUDGED.length) * 100).toFixed(1)}`,
    `precision_top5=${PRECISION.length - offTopic.length}/${PRECISION.length}`,
    `zero_3word_pct=${((zero3.length / threeWord.length) * 100).toFixed(1)}`,
  ].join(' ');
  console.log(`\n== ${count} listings: ${queries.length} queries, ${figures.keystrokeMs.length} keystrokes, ${JUDGED.length} judged, ${threeWord.length} three-word`);
  console.log(
    `  this engine   keystroke p50 ${ms(percentile(figures.keystrokeMs, 50))} ms, p95 ${ms(percentile(figures.keystrokeMs, 95))} ms, max ${ms(percentile(figures.keystrokeMs, 100))} ms; whole query p50 ${ms(percentile(figures.finalMs, 50))} ms, p95 ${ms(percentile(figures.finalMs, 95))} ms`,
  );
  console.log(
    `  index         ${(json.length / 1024).toFixed(0)} KB raw, ${gzipKb.toFixed(0)} KB gzipped; load (fetch + parse + build) ${figures.loadMs.map((value) => ms(value)).join(' / ')} ms; built from content in ${ms(buildMs)} ms`,
  );
  console.log(`  fuse default  p50 ${ms(percentile(withQuery(figures.fuseDefaultMs), 50))} ms, p95 ${ms(percentile(withQuery(figures.fuseDefaultMs), 95))} ms (whole query, no prefilter)`);
  console.log(
    `  MiniSearch    keystroke p50 ${ms(percentile(figures.miniKeystrokeMs, 50))} ms, p95 ${ms(percentile(figures.miniKeystrokeMs, 95))} ms, max ${ms(percentile(figures.miniKeystrokeMs, 100))} ms; whole query p95 ${ms(percentile(withQuery(figures.miniMs), 95))} ms; build in browser ${ms(figures.miniLoadMs)} ms (no filters, no synonyms)`,
  );
  console.log(
    `  Pagefind      p50 ${ms(percentile(withQuery(figures.pagefindMs), 50))} ms, p95 ${ms(percentile(withQuery(figures.pagefindMs), 95))} ms (search + first 10 results' data over loopback); indexing ${ms(pagefindBuildMs)} ms`,
  );
  console.log(`  judged top 5  ${judgedHits.length}/${JUDGED.length}${misses.length > 0 ? `; missed: ${misses.join(', ')}` : ''}`);
  console.log(`  precision     ${PRECISION.length - offTopic.length}/${PRECISION.length} with no wrong-topic listing in the top 5${offTopic.length > 0 ? `; off topic: ${offTopic.join('; ')}` : ''}`);
  console.log(`  3-word zero   ${zero3.length}/${threeWord.length}${zero3.length > 0 ? `: ${zero3.map((query) => query.q).join(', ')}` : ''}`);
  console.log(line);
}

const bundled = await build({ entryPoints: [resolve(ROOT, 'scripts/bench/search-browser.ts')], bundle: true, format: 'iife', write: false, minify: true, platform: 'browser' });
const bundle = bundled.outputFiles[0]?.text ?? '';
mkdirSync(WORK, { recursive: true });
for (const count of SIZES) await benchSize(count, bundle);
if (!process.argv.includes('--no-phone')) console.log(await benchPhone(ROOT, CHROMIUM));
