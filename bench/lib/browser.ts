// Chromium for the benchmark: the app's production build and the benchmark's own pages (bundled here with
// esbuild into a temp dir, never into the app build) on local servers, and persistent profiles so a
// measurement can relaunch the browser for a real cold start on the same IndexedDB.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveRenderer, type RunningServer } from '../../scripts/static-server';
import { CHROMIUM_ARGS, chromiumPath } from '../../test/e2e/harness';

export interface Servers {
  app: RunningServer;
  pages: RunningServer;
  close(): Promise<void>;
}

const PAGE_HTML = (script: string) =>
  `<!doctype html><meta charset="utf-8"><title>bench</title><input type="file" id="files" multiple><script type="module" src="./${script}"></script>`;

/** Bundles bench/pages/* and serves them next to dist/renderer (two origins, two clean IndexedDBs). */
export async function startServers(workDir: string, appRoot: string): Promise<Servers> {
  const out = join(workDir, 'pages');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [resolve('bench/pages/baseline.ts'), resolve('bench/pages/classify-worker.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir: out,
    logLevel: 'error',
  });
  writeFileSync(join(out, 'index.html'), PAGE_HTML('baseline.js'));
  const app = await serveRenderer({ port: 0, root: appRoot });
  const pages = await serveRenderer({ port: 0, root: out });
  return { app, pages, close: async () => void (await Promise.all([app.close(), pages.close()])) };
}

export interface Profile {
  dir: string;
  launch(): Promise<BrowserContext>;
  remove(): void;
}

/** A Chromium profile on disk that survives relaunches (cold starts) until removed. */
export function newProfile(workDir: string): Profile {
  return profileAt(mkdtempSync(join(workDir.length ? workDir : tmpdir(), 'profile-')), true);
}

/**
 * The profile in `dir` (one a profiling script seeded before, kept between its runs): launched as the bench's
 * profiles are, so a figure read on it compares with the views row. Removed only when `removable`.
 */
export function profileAt(dir: string, removable = false): Profile {
  return {
    dir,
    launch: () =>
      chromium.launchPersistentContext(dir, {
        executablePath: chromiumPath(),
        args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
        viewport: { width: 1360, height: 860 },
        deviceScaleFactor: 1,
        locale: 'de-DE',
        timezoneId: 'Europe/Berlin',
      }),
    remove: () => {
      if (removable) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/**
 * Where the library pass stands after an import, read in the page: `done` once a pass that started after the
 * import's end (its 'earshot:import-done' mark) has finished — the app's check ends at once when the import's
 * commit wrote the pass's result, possibly before the script saw the import's result —, whether the overview
 * still shows a running job, and how many numbers it marks as still being computed.
 */
export function passState(page: Page): Promise<{ done: boolean; running: boolean; pending: number }> {
  return page.evaluate(() => {
    // (No named function in here: tsx would wrap it in a helper the page does not have.)
    const [passStart, importEnd, passEnd] = [
      'earshot:library-start',
      'earshot:import-done',
      'earshot:library-done',
    ].map((name) => performance.getEntriesByName(name).at(-1)?.startTime ?? -1);
    return {
      done: passStart! > importEnd! && passEnd! > passStart!,
      running: document.querySelector('[data-testid="library-job"]') !== null,
      pending: document.querySelectorAll('[data-testid="stat-pending"]').length,
    };
  });
}
