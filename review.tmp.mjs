import { chromium } from '@playwright/test';
const B = 'http://127.0.0.1:4330';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
const page = await ctx.newPage();
const pages = {
  home: '/', cats: '/categories/', cat: '/categories/walking/', paused: '/listings/bugle-chair-exercise/', full: '/listings/bugle-mens-shed/',
  waiting: '/listings/sing-for-memory-st-austell/', finished: '/listings/mevagissey-cornish-for-beginners/', online: '/listings/chair-exercise-online/',
  home_visit: '/listings/home-visiting-befriending/', nophone: '/listings/cornish-online-conversation/', outdoor: '/listings/carlyon-bay-coast-walk/',
  closed: '/listings/st-dennis-youth-club/', bereave: '/listings/bereavement-support-course/', search: '/search/?q=walking', venue: '/venues/carlyon-bay-clifftop-path/', notfound: '/nope/', az: '/a-z/', week: '/this-week/', org: '/organisations/',
};
for (const [name, url] of Object.entries(pages)) {
  const r = await page.goto(B + url);
  const info = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth, h1: document.querySelectorAll('h1').length,
     wide: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0,5).map(e => e.tagName + '.' + e.className + ':' + (e.textContent||'').slice(0,40)) }));
  console.log(name, r.status(), JSON.stringify(info));
  await page.screenshot({ path: `/tmp/review/${name}.png`, fullPage: true });
}
// 200% zoom: 1280 wide at zoom 2 => 640 css px
const z = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
const zp = await z.newPage();
for (const u of ['/', '/listings/carlyon-bay-coast-walk/']) { await zp.goto(B+u); const sw = await zp.evaluate(()=>document.documentElement.scrollWidth); console.log('zoom', u, sw); }
await zp.screenshot({ path: '/tmp/review/zoom-outdoor.png', fullPage: false });
await browser.close();
