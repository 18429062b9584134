// Screenshots and frame-time measurement of the canvas views in the dev harness (headless Debian Chromium):
//   npx tsx test/unit/views/tools/measure-frames.ts [outDir]
// Starts Vite in-process on a free port, renders 100k synthetic captures, zooms and pans the timeline with real
// wheel/mouse events and prints p50/p95 of the draw time the timeline records itself.

import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';

const outDir = process.argv[2] ?? '/tmp/earshot-views';
mkdirSync(outDir, { recursive: true });

const server = await createServer({
  configFile: 'vite.config.ts',
  server: { port: 5199, strictPort: false },
  logLevel: 'error',
});
await server.listen();
const base = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
const stats = (page: Page) => page.evaluate(() => ({ ...window.__earshotTimelineStats! }));
const reset = (page: Page) => page.evaluate(() => window.__earshotTimelineStats!.reset());

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1300 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${base}views/dev-harness.html?${query}`);
  await page.waitForFunction(() => (window.__earshotTimelineStats?.frames ?? 0) > 0, undefined, { timeout: 60_000 });
  return page;
}

try {
  for (const [query, name] of [
    ['lang=en', 'views-light-en'],
    ['lang=de&theme=dark', 'views-dark-de'],
  ] as const) {
    const page = await open(query);
    await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
    await page.close();
  }

  const page = await open('lang=en');
  const box = (await page.getByTestId('timeline-canvas').boundingBox())!;
  const cx = box.x + box.width * 0.6;
  const cy = box.y + 120;
  await page.mouse.move(cx, cy);

  await reset(page);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, -120);
    await nextFrame(page);
  }
  await page.screenshot({
    path: `${outDir}/timeline-zoomed-in.png`,
    clip: { x: 0, y: 0, width: 1400, height: box.y + box.height + 10 },
  });
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 120);
    await nextFrame(page);
  }
  const zoom = await stats(page);

  await reset(page);
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(cx - i * 8, cy);
    await nextFrame(page);
  }
  await page.mouse.up();
  const panAll = await stats(page);

  // Pan again at a one-week window (individual marks in most lanes).
  for (let i = 0; i < 14; i++) {
    await page.mouse.wheel(0, -120);
    await nextFrame(page);
  }
  await reset(page);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(cx + i * 8, cy);
    await nextFrame(page);
  }
  await page.mouse.up();
  const panWeek = await stats(page);
  await page.screenshot({
    path: `${outDir}/timeline-week.png`,
    clip: { x: 0, y: 0, width: 1400, height: box.y + box.height + 10 },
  });

  // Hover a mark for the tooltip screenshot.
  await page.keyboard.press('Tab');
  await page.getByTestId('timeline-canvas').focus();
  await page.keyboard.press(']');
  await nextFrame(page);
  await page.keyboard.press('Enter');
  await page.screenshot({
    path: `${outDir}/timeline-tooltip.png`,
    clip: { x: 0, y: 0, width: 1400, height: box.y + box.height + 60 },
  });

  // Interactions: shift+drag brushes a period, a click on a mark opens it, a heatmap cell and a day report back.
  await page.keyboard.down('Shift');
  await page.mouse.move(box.x + 300, cy);
  await page.mouse.down();
  await page.mouse.move(box.x + 500, cy, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await page.getByTestId('timeline-fit').click();
  await nextFrame(page);
  await page
    .getByTestId('heatmap-all')
    .locator('rect[data-count]')
    .nth(24 * 2 + 19)
    .click();
  await page.locator('[data-testid="calendar-year-2025"] rect[data-day]').first().click();
  const events = await page.evaluate(() =>
    window.__harnessEvents.filter((e) => (e as { type: string }).type !== 'view'),
  );
  const summary = await page.getByTestId('timeline-summary').innerText();
  console.log(JSON.stringify({ captures: 100_000, zoom, panAll, panWeek, events, summary }, null, 1));
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
