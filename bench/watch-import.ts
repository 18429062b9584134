// Watches an import of the benchmark household in the built app as a user would and saves screenshots:
// the progress screen (with its time estimate), the overview while the analysis still runs (numbers marked
// "still being computed") and when everything is final; prints the long tasks seen on the way. The browser
// profile lives on disk, as a user's does: an off-the-record page keeps IndexedDB in memory, which made the
// same import about a quarter faster than the benchmark's on-disk profile.
//   npx tsx bench/watch-import.ts <archive dir> <app dir> <de-DE|en-US> <screenshot dir>

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveRenderer } from '../scripts/static-server';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/harness';

const [archive, appRoot, locale = 'de-DE', out = 'test/e2e/screenshots'] = process.argv.slice(2);
if (!archive || !appRoot) throw new Error('usage: watch-import.ts <archive dir> <app dir> [locale] [out]');
mkdirSync(out, { recursive: true });
const files = readdirSync(archive)
  .filter((f) => !f.endsWith('.json'))
  .map((f) => resolve(archive, f));
const server = await serveRenderer({ port: 0, root: appRoot });
const profileDir = mkdtempSync(join(tmpdir(), 'earshot-watch-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
  locale,
  timezoneId: 'Europe/Berlin',
  viewport: { width: 1360, height: 860 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __tasks: number[] }).__tasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  // A CPU profile of the page's main thread, to see what the long tasks were (WATCH_PROFILE=file).
  const cdp = process.env.WATCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
  // A trace of the main thread's tasks with their thread CPU time (WATCH_TRACE=file): on a loaded machine a
  // task's wall time also counts the time the thread waited for a core; bench/trace-tasks.ts reads it.
  const tracing = process.env.WATCH_TRACE ? await page.context().newCDPSession(page) : undefined;
  const traceEvents: unknown[] = [];
  tracing?.on('Tracing.dataCollected', ({ value }) => traceEvents.push(...value));
  const traceDone = new Promise<void>((resolve) => tracing?.on('Tracing.tracingComplete', () => resolve()));
  await tracing?.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute'],
      enableThreadInstrumentation: true,
    } as never,
    transferMode: 'ReportEvents',
  });
  await cdp?.send('Profiler.enable');
  await cdp?.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp?.send('Profiler.start');
  await page.goto(`${server.url}#/import`);
  await page.getByTestId('import-files-input').waitFor({ state: 'attached' });
  const started = Date.now();
  const shot = (name: string) => page.screenshot({ path: join(out, `watch-${locale}-${name}.png`) });
  await page.getByTestId('import-files-input').setInputFiles(files);
  await page.getByTestId('import-remaining').waitFor();
  await shot('1-progress-estimating');
  // Wait until the estimate is a duration (it says "estimating…" before a tenth is done).
  await page
    .waitForFunction(
      () => /\d/.test(document.querySelector('[data-testid="import-remaining"]')?.textContent ?? ''),
      undefined,
      { timeout: 120_000 },
    )
    .catch(() => undefined);
  await shot('2-progress-estimate');
  await page.getByTestId('import-result').waitFor({ timeout: 600_000 });
  const importMs = Date.now() - started;
  await page.evaluate(() => (location.hash = '#/library'));
  await page.getByTestId('overview').waitFor();
  const pending = await page.getByTestId('stat-pending').count();
  await shot('3-overview-pending');
  await page
    .getByTestId('stat-pending')
    .first()
    .waitFor({ state: 'detached', timeout: 600_000 })
    .catch(() => undefined);
  await page.waitForFunction(() => !document.querySelector('[data-testid="library-job"]'), undefined, {
    timeout: 600_000,
  });
  const completeMs = Date.now() - started;
  await shot('4-overview-final');
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(process.env.WATCH_PROFILE!, JSON.stringify(profile));
  }
  if (tracing) {
    await tracing.send('Tracing.end');
    await traceDone;
    writeFileSync(process.env.WATCH_TRACE!, JSON.stringify({ traceEvents }));
  }
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  console.log(
    JSON.stringify({
      locale,
      importMs,
      completeMs,
      pendingMarksSeen: pending,
      longestTaskMs: Math.max(0, ...tasks),
      over50: tasks.filter((t) => t > 50).length,
    }),
  );
} finally {
  await context.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}
