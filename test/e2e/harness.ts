// End-to-end harness: the production build of the renderer served on 127.0.0.1, driven by
// playwright-core in Debian's Chromium. Every page records the requests it makes so tests can prove
// that only the app's own origin is ever contacted.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serveRenderer, type RunningServer } from '../../scripts/static-server';

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

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
    if (existsSync(candidate)) return candidate;
  return execFileSync('which', ['chromium']).toString().trim();
}

export interface Harness {
  server: RunningServer;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync('dist/renderer/index.html'))
    throw new Error('dist/renderer is missing: run `npm run build:renderer` first');
  const server = await serveRenderer({ port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface AppPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page (and its workers) requested, in order. */
  requests: string[];
  /** Uncaught page errors (a test fails on any). */
  errors: string[];
}

export async function openApp(
  harness: Harness,
  options: { locale?: string; colorScheme?: 'light' | 'dark'; hash?: string; timezoneId?: string } = {},
): Promise<AppPage> {
  const context = await harness.browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: options.timezoneId ?? 'Europe/Berlin',
    viewport: { width: 1360, height: 860 },
    deviceScaleFactor: 1,
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.server.url}${options.hash ?? ''}`);
  return { context, page, requests, errors };
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
