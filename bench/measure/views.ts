// The views on a library of N captures: cold start to the timeline's first paint (browser relaunched on the
// same profile) against opening the database and counting rows; pan/zoom frame times the timeline records
// itself; full-text search and filter changes timed in the page until the visible count updates.

import { longTaskCount, longTasksSince, watchLongTasks } from '../lib/long-tasks';
import type { Page } from 'playwright-core';
import { median, newProfile, percentile, type Profile } from '../lib/browser';
import { DEVICES, ROOMS, seedCaptures, seedRun } from '../data/library';

const FIRST_PAINT = 'earshot:timeline-first-paint';

/** Opens the app once (it creates the schema), then writes the fixture rows with the raw IndexedDB API. */
export async function seedLibrary(profile: Profile, url: string, count: number): Promise<number> {
  const context = await profile.launch();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}#/library`);
  await page.getByTestId('nav-import').waitFor();
  const captures = seedCaptures(count);
  const started = Date.now();
  for (let i = 0; i < captures.length; i += 10_000) {
    const chunk = captures.slice(i, i + 10_000);
    const first = i === 0;
    await page.evaluate(
      async ({ chunk, first, rooms, devices, run }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('earshot');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const stores = first ? ['clips', 'rooms', 'devices', 'imports', 'settings'] : ['clips', 'settings'];
        const tx = db.transaction(stores, 'readwrite');
        for (const row of chunk) tx.objectStore('clips').put(row);
        if (first) {
          for (const room of rooms) tx.objectStore('rooms').put(room);
          for (const device of devices) tx.objectStore('devices').put(device);
          tx.objectStore('imports').put(run);
        }
        const settings = tx.objectStore('settings');
        const version = settings.get('libraryVersion');
        version.onsuccess = () =>
          settings.put({ key: 'libraryVersion', value: ((version.result?.value as number) ?? 0) + 1 });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { chunk, first, rooms: ROOMS, devices: DEVICES, run: seedRun(count) },
    );
  }
  const ms = Date.now() - started;
  await context.close();
  return ms;
}

async function timelinePaint(page: Page, url: string): Promise<number> {
  await page.goto(`${url}#/timeline`);
  const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, FIRST_PAINT, {
    timeout: 120_000,
  });
  return (await handle.jsonValue()) as number;
}

/** Each run relaunches Chromium on the seeded profile: nothing of the app is warm but the OS file cache. */
export async function measureFirstPaint(profile: Profile, url: string, runs: number) {
  const paints: number[] = [];
  const baselines: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const context = await profile.launch();
    const page = context.pages()[0] ?? (await context.newPage());
    paints.push(await timelinePaint(page, url));
    await context.close();
    if (run === 0) continue; // the first open after the import builds the columns cache; reported apart
    const again = await profile.launch();
    const blank = again.pages()[0] ?? (await again.newPage());
    // A same-origin page with no app: the time from navigation start to "database open, rows counted".
    await blank.addInitScript(() => {
      if (location.pathname !== '/bench-baseline') return;
      const open = indexedDB.open('earshot');
      open.onsuccess = () => {
        const count = open.result.transaction('clips').objectStore('clips').count();
        count.onsuccess = () => ((window as unknown as { __counted: number }).__counted = performance.now());
      };
    });
    await blank.goto(`${url}bench-baseline`);
    const handle = await blank.waitForFunction(() => (window as unknown as { __counted?: number }).__counted);
    baselines.push((await handle.jsonValue()) as number);
    await again.close();
  }
  return {
    firstOpenMs: paints[0]!,
    paints: paints.slice(1),
    baselines,
    paintMs: median(paints.slice(1)),
    baselineMs: median(baselines),
  };
}

const nextFrame = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

export async function measurePanZoom(page: Page) {
  const box = (await page.getByTestId('timeline-canvas').boundingBox())!;
  const cx = box.x + box.width * 0.6;
  const cy = box.y + Math.min(120, box.height / 2);
  await page.mouse.move(cx, cy);
  const stats = () => page.evaluate(() => ({ ...window.__earshotTimelineStats! }));
  await page.evaluate(() => window.__earshotTimelineStats!.reset());
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, i < 15 ? -120 : 120);
    await nextFrame(page);
  }
  const zoom = await stats();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -120);
  await page.evaluate(() => window.__earshotTimelineStats!.reset());
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) {
    await page.mouse.move(cx - i * 10, cy);
    await nextFrame(page);
  }
  await page.mouse.up();
  const pan = await stats();
  await page.getByTestId('timeline-fit').click();
  return { zoom, pan, p95: Math.max(zoom.p95, pan.p95) };
}

/** Runs `action` in the page and resolves with the ms until the visible-count text changed (and, with `frame`, the next frame ran). */
function timeCountChange(page: Page, kind: 'search' | 'hash', value: string, frame: boolean): Promise<number> {
  return page.evaluate(
    async ({ kind, value, frame }) => {
      const total = document.querySelector('[data-testid="filter-total"]')!;
      const before = total.textContent;
      const started = performance.now();
      const changed = new Promise<boolean>((resolve) => {
        const observer = new MutationObserver(() => {
          if (total.textContent !== before) {
            observer.disconnect();
            resolve(true);
          }
        });
        observer.observe(total, { characterData: true, childList: true, subtree: true });
        setTimeout(() => (observer.disconnect(), resolve(false)), 5_000);
      });
      if (kind === 'search') {
        const input = document.querySelector<HTMLInputElement>('[data-testid="filter-search"]')!;
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else location.hash = value;
      if (!(await changed)) return NaN;
      const counted = performance.now() - started;
      if (!frame) return counted;
      await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - started;
    },
    { kind, value, frame },
  );
}

export const QUERIES = [
  'licht',
  'wetter morgen',
  'kuche',
  'timer',
  'spiel musik',
  'einkaufsliste',
  'weather',
  'heizung',
  'mama',
  'alarm',
  'lights',
  'radio',
];

export async function measureSearch(page: Page) {
  // The first query builds the index (all transcripts read from IndexedDB); reported apart.
  const indexStarted = Date.now();
  await timeCountChange(page, 'search', QUERIES[0]!, false);
  // The indexing notice ("Suche wird vorbereitet …") ends in an ellipsis; the count never does.
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="filter-total"]')!.textContent?.includes('…'),
    undefined,
    {
      timeout: 120_000,
    },
  );
  const indexMs = Date.now() - indexStarted;
  await timeCountChange(page, 'search', '', false);
  const times: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const query of QUERIES) {
      times.push(await timeCountChange(page, 'search', query, false));
      await timeCountChange(page, 'search', '', false);
    }
  const valid = times.filter(Number.isFinite);
  return {
    indexMs,
    queries: valid.length,
    failed: times.length - valid.length,
    p50: percentile(valid, 50),
    p95: percentile(valid, 95),
  };
}

export const FILTERS = [
  'category=media',
  'room=room-kueche',
  'flag=night',
  'category=weather,alarms&room=room-bad',
  'weekday=2&hour=19',
  'from=1700000000000&to=1710000000000',
  'device=G0911W0793SEED3',
  'flag=private-room',
];

export async function measureFilters(page: Page) {
  const times: number[] = [];
  for (let round = 0; round < 3; round++)
    for (const filter of FILTERS) {
      times.push(await timeCountChange(page, 'hash', `#/timeline?${filter}`, true));
      times.push(await timeCountChange(page, 'hash', '#/timeline', true));
    }
  const valid = times.filter(Number.isFinite);
  return {
    changes: valid.length,
    failed: times.length - valid.length,
    p50: percentile(valid, 50),
    p95: percentile(valid, 95),
  };
}

/**
 * Main-thread CPU time so far (Chromium's ThreadTime metric, ms). Unlike latencies and long tasks it hardly
 * moves with the load of a shared machine, so two builds can be compared by it.
 */
export async function mainThreadCpu(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
  };
}

/** Filter changes, then searches (the first builds the index), each with its long tasks and main-thread CPU. */
export async function measureFiltersAndSearch(page: Page) {
  const cpu = await mainThreadCpu(page);
  let mark = await longTaskCount(page);
  let cpuMark = await cpu();
  const filterPhase = await measureFilters(page);
  const filters = {
    ...filterPhase,
    tasks: await longTasksSince(page, mark),
    mainCpuMsPerChange: ((await cpu()) - cpuMark) / filterPhase.changes,
  };
  mark = await longTaskCount(page);
  cpuMark = await cpu();
  const searchPhase = await measureSearch(page);
  const search = {
    ...searchPhase,
    tasks: await longTasksSince(page, mark),
    // Each query is typed and cleared again; the first also waits for the index.
    mainCpuMsPerQuery: ((await cpu()) - cpuMark) / (2 * searchPhase.queries + 2),
  };
  return { filters, search };
}

export async function measureInteractions(profile: Profile, url: string) {
  const context = await profile.launch();
  try {
    await watchLongTasks(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await timelinePaint(page, url);
    await page.waitForFunction(() => (window.__earshotTimelineStats?.frames ?? 0) > 0);
    const panZoom = await measurePanZoom(page);
    return { panZoom, ...(await measureFiltersAndSearch(page)) };
  } finally {
    await context.close();
  }
}

export { newProfile };
