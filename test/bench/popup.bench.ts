// Popup first render, in real headless Chromium with the built extension. Prints figures; asserts nothing.
//   npx tsx test/bench/popup.bench.ts     (npm run bench:popup; target ≤ 100 ms)
// Measured in the page: first contentful paint from navigation start (the popup's HTML is an empty
// #app, so that is the App's first render), over fresh popup pages, on a page with a bounce so
// the list is asked for too.
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../e2e/helpers/build-extension.ts';
import { launchWithExtension } from '../e2e/helpers/browser.ts';
import { activeTabId } from '../e2e/helpers/extension-pages.ts';
import { ROOT } from '../e2e/helpers/paths.ts';
import { startStaticServer } from '../e2e/helpers/static-server.ts';
import { webmailPath, webmailRoutes } from '../e2e/helpers/webmail-pages.ts';

// BENCH_EXTENSION_DIR: time an extension built elsewhere (e.g. main's, to compare) instead of this tree's.
const EXTENSION_DIR = process.env.BENCH_EXTENSION_DIR ?? join(ROOT, 'test-output/bench-popup-extension');
const RUNS = 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;

console.log(`popup benchmarks — ${new Date().toISOString()} — ${cpus()[0]?.model.split(' ').slice(0, 2).join(' ')} x${cpus().length}, Node ${process.version}, /usr/bin/chromium headless`);
if (!process.env.BENCH_EXTENSION_DIR) buildExtension({ outDir: EXTENSION_DIR, hosts: 'http://127.0.0.1/*' });
const http = await startStaticServer({ routes: [webmailRoutes(['eml/lhost-qmail-01.eml'])] });
const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR });
try {
  const page = await browser.context.newPage();
  await page.goto(http.origin + webmailPath.generic(1));
  await page.locator('bounce-lens-note').waitFor({ state: 'attached' });
  const tabId = await activeTabId(browser);
  const firstRender: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(browser.extensionUrl(`src/extension/popup/index.html?tabId=${tabId}`));
    await popup.locator('li.bounce').first().waitFor({ timeout: 15_000 });
    // The popup's HTML is an empty #app: its first contentful paint is the App's first render.
    // The paint entry may not be recorded yet when the page reports loaded: wait for it (5 s at most).
    const fcp = await popup.evaluate(() => new Promise<number>((resolve) => {
      const seen = performance.getEntriesByName('first-contentful-paint')[0];
      if (seen) return resolve(seen.startTime);
      new PerformanceObserver((list) => {
        const paint = list.getEntriesByName('first-contentful-paint')[0];
        if (paint) resolve(paint.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(NaN), 5000);
    }));
    if (Number.isFinite(fcp)) firstRender.push(fcp);
    await popup.close();
  }
  console.log(`popup first render (first contentful paint), ${firstRender.length} of ${RUNS} runs painted: median ${median(firstRender).toFixed(1)} ms, p95 ${p95(firstRender).toFixed(1)} ms (target ≤ 100 ms)`);
} finally {
  await browser.close();
  await http.close();
}
