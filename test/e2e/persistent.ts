// A Chromium profile on disk that survives crashes: launch it, kill it hard (SIGKILL to every process of
// this profile, found by its unique directory), relaunch it on the same origin. For the crash-consistency
// and full-disk tests, which need IndexedDB to outlive the browser.
import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, WAIT } from './harness';

export interface Profile {
  context: BrowserContext;
  page: Page;
  errors: string[];
  requests: string[];
}

export async function launchProfile(
  dir: string,
  url: string,
  options: { locale?: string; colorScheme?: 'light' | 'dark'; args?: string[] } = {},
): Promise<Profile> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1360, height: 860 },
  });
  context.setDefaultTimeout(WAIT);
  const errors: string[] = [];
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.getByTestId('nav-import').waitFor();
  return { context, page, errors, requests };
}

/** PIDs of every Chromium process started with this profile directory (ours only, never by name). */
function profilePids(dir: string): number[] {
  try {
    // "--" ends pgrep's options: the pattern itself starts with dashes.
    return execFileSync('pgrep', ['-f', '--', `--user-data-dir=${dir}`])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Like pulling the plug: no unload handlers, no graceful IndexedDB shutdown. */
export async function killProfile(profile: Profile, dir: string): Promise<void> {
  for (const pid of profilePids(dir))
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  await profile.context.close().catch(() => undefined);
  for (let i = 0; i < 50 && profilePids(dir).length; i++) await new Promise((r) => setTimeout(r, 100));
}

/** What the library holds, row by row, straight from IndexedDB: compared before and after a crash. */
export async function dbState(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{
        clips: string[];
        deleted: string[];
        staged: number;
        audio: string[];
        peaks: string[];
        imports: string[];
      }>((resolve, reject) => {
        const request = indexedDB.open('earshot');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          // A running import writes to the staged* tables and the audio of its new captures to `audio`, which a
          // discard removes (docs/architecture.md, "Staging and commit"): `audio` keys show what was left behind.
          const stagedStores = [...db.objectStoreNames].filter((name) => name.startsWith('staged'));
          const tx = db.transaction(['clips', 'audio', 'peaks', 'imports', ...stagedStores], 'readonly');
          const clips = tx.objectStore('clips').getAll();
          const audio = tx.objectStore('audio').getAllKeys();
          const peaks = tx.objectStore('peaks').getAllKeys();
          const imports = tx.objectStore('imports').getAll();
          const staged = stagedStores.map((name) => tx.objectStore(name).count());
          tx.oncomplete = () => {
            const rows = clips.result as { id: string; deletedAt?: number }[];
            resolve({
              clips: rows.map((r) => r.id).sort(),
              deleted: rows
                .filter((r) => r.deletedAt !== undefined)
                .map((r) => r.id)
                .sort(),
              staged: staged.reduce((sum, count) => sum + count.result, 0),
              audio: (audio.result as string[]).sort(),
              peaks: (peaks.result as string[]).sort(),
              imports: (imports.result as { status: string }[]).map((r) => r.status).sort(),
            });
            db.close();
          };
        };
      }),
  );
}
