// End-to-end harness: the production build of the renderer served on 127.0.0.1, driven by
// playwright-core in Debian's Chromium. Every page records the requests it makes so tests can prove
// that only the app's own origin is ever contacted.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { serveRenderer } from '../../scripts/static-server';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * How long a page waits for an element, a function or an action by default (Playwright's own default is 30 s).
 * A wait ends as soon as the app reaches the state; this bound only decides when a hang is declared, and a
 * machine busy with other jobs can take several times as long as an idle one.
 */
export const WAIT = 90_000;

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (existsSync(candidate)) return candidate;
  return execFileSync('which', ['chromium']).toString().trim();
}

export interface Harness {
  /** The tier's one renderer server (setup/global.ts): one origin for every spec. */
  server: { url: string };
  browser: Browser;
  close(): Promise<void>;
}

/** In a spec: the tier's server. In a tool run with tsx (test/e2e/tools/): a server of its own. */
export async function startHarness(): Promise<Harness> {
  const own = process.env.VITEST ? null : await serveRenderer({ port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    server: { url: own?.url ?? inject('rendererUrl') },
    browser,
    close: async () => {
      await browser.close();
      await own?.close();
      for (const dir of demoCopies.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** The options a page opens with: the browser's language, colour scheme, time zone, start route. */
export interface AppOptions {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  hash?: string;
  timezoneId?: string;
}

const contextOptions = (options: AppOptions) => ({
  locale: options.locale ?? 'en-US',
  colorScheme: options.colorScheme ?? 'light',
  timezoneId: options.timezoneId ?? 'Europe/Berlin',
  viewport: { width: 1360, height: 860 },
  deviceScaleFactor: 1,
});

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page (and its workers) requested, in order. */
  requests: string[];
  /** Uncaught page errors (a test fails on any). */
  errors: string[];
}

export async function openApp(harness: Harness, options: AppOptions = {}): Promise<AppPage> {
  const context = await harness.browser.newContext(contextOptions(options));
  return startPage(harness, context, await context.newPage(), options);
}

async function startPage(harness: Harness, context: BrowserContext, page: Page, options: AppOptions) {
  context.setDefaultTimeout(WAIT);
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.server.url}${options.hash ?? ''}`);
  return { context, page, requests, errors };
}

const demoCopies: string[] = [];

/**
 * The app with the demo household already imported and analysed: a copy of the profile the global set-up
 * made through the real import (setup/demo-profile.ts), so each spec gets its own library without importing
 * it again. Resolves once the app shows its navigation. Closing the context closes its browser.
 */
export async function openDemo(harness: Harness, options: AppOptions = {}): Promise<AppPage> {
  const dir = mkdtempSync(path.join(tmpdir(), 'earshot-e2e-demo-copy-'));
  demoCopies.push(dir);
  cpSync(inject('demoProfile'), dir, {
    recursive: true,
    filter: (from) => !path.basename(from).startsWith('Singleton'),
  });
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    ...contextOptions(options),
  });
  const app = await startPage(harness, context, context.pages()[0] ?? (await context.newPage()), options);
  await app.page.getByTestId('nav-import').waitFor();
  return app;
}

const SCREENSHOT_DIR = path.resolve('test/e2e/screenshots');

/** Saves a full-page screenshot under test/e2e/screenshots/ (git-ignored) for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Web fonts loaded and two frames painted since: what the page drew for its data is on screen. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))),
  );
}

/** Only the app's own origin (and in-page blob:/data: URLs) may appear. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
}
