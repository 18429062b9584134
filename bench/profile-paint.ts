// Cold-start CPU profile: launch on the seeded profile, profile the main thread until the first paint mark.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveRenderer } from '../scripts/static-server';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/harness';
const [appRoot, dir, out] = process.argv.slice(2);
const server = await serveRenderer({ port: 47_311, root: appRoot! });
try {
  const context = await chromium.launchPersistentContext(dir!, {
    executablePath: chromiumPath(), args: CHROMIUM_ARGS, viewport: { width: 1360, height: 860 }, locale: 'de-DE', timezoneId: 'Europe/Berlin',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}#/timeline`);
  const h = await page.waitForFunction(() => performance.getEntriesByName('earshot:timeline-first-paint')[0]?.startTime, undefined, { timeout: 120000 });
  const paint = await h.jsonValue();
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const marks = performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]);
    const res = performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round(r.responseEnd)]);
    return { dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd), marks, res, origin: performance.timeOrigin };
  });
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  writeFileSync(out!, JSON.stringify(profile));
  console.log(JSON.stringify({ paint, ...nav }));
  await context.close();
} finally { await server.close(); }
