// The slow-phone line of bench:search: the example site's /search/?q=walk in headless Chromium
// throttled through the DevTools protocol (4× CPU slowdown, about 1.6 Mbps down, 150 ms latency),
// served gzipped as a real host would. Prints the time from navigation to the right results and
// the cumulative layout shift until a second after them.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import sirv from 'sirv';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const QUERY = 'walk';

/** Copy the built site with a .gz beside each text file, which sirv serves to browsers that accept gzip. */
function gzippedCopy(from: string, to: string) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(html|js|css|json|svg|xml|txt)$/.test(name)) writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
    }
  };
  walk(to);
}

export async function benchPhone(root: string, chromiumPath: string, runs = 3): Promise<string> {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.ts'), 'public', '--outDir', '/tmp/bench-phone-dist'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DIRECTORY_NOW: '2026-11-21T10:00:00Z' },
  });
  if (built.status !== 0) throw new Error(`The example site did not build:\n${built.stdout}\n${built.stderr}`);
  gzippedCopy('/tmp/bench-phone-dist', '/tmp/bench-phone-site');
  const files = sirv('/tmp/bench-phone-site', { dev: false, gzip: true });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404).end();
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/search/?q=${QUERY}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const figures: { resultsMs: number; cls: number }[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // In the page from its first moment: the layout shifts, and when the right results first show.
      await page.addInitScript((query) => {
        const state = { cls: 0, resultsAt: 0 };
        (window as unknown as { bench: typeof state }).bench = state;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) state.cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        new MutationObserver(() => {
          const count = document.querySelector('.result-count')?.textContent ?? '';
          if (!state.resultsAt && document.querySelector('.search-results > li') && count.includes(`“${query}”`)) state.resultsAt = performance.now();
        }).observe(document, { childList: true, subtree: true, characterData: true });
      }, QUERY);
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as { bench: { resultsAt: number } }).bench.resultsAt > 0, null, { timeout: 60_000, polling: 250 });
      await page.waitForTimeout(1000);
      figures.push(
        await page.evaluate(() => ({ resultsMs: (window as unknown as { bench: { resultsAt: number } }).bench.resultsAt, cls: (window as unknown as { bench: { cls: number } }).bench.cls })),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? 0;
  const results = figures.map((figure) => figure.resultsMs);
  const shifts = figures.map((figure) => figure.cls);
  return [
    `\n== slow phone: /search/?q=${QUERY} on the example site, 4× CPU slowdown, 1.6 Mbps, 150 ms latency, ${runs} runs (median; each run: ${results.map((value) => value.toFixed(0)).join(' / ')} ms, shift ${shifts.map((value) => value.toFixed(3)).join(' / ')})`,
    `bench:search phone results_ms=${median(results).toFixed(0)} cls=${median(shifts).toFixed(3)}`,
  ].join('\n');
}
