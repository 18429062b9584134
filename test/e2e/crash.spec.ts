// Crash consistency on a real on-disk Chromium profile: an import is killed at random points — the whole
// browser with SIGKILL, the page closed without unload, the tab closed over CDP, the page reloaded (which
// kills the import worker) — and after each restart the library is exactly its last committed state, the
// user is told the import was discarded, and re-running it completes. A purge killed mid-way is all or
// nothing. An import of recordings killed while it writes their audio leaves no audio row behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveRenderer, type RunningServer } from '../../scripts/static-server';
import type { GeneratedHousehold } from '../fixtures/generate';
import { screenshot } from './harness';
import { ImportPage } from './page-models/ImportPage';
import { dbState, killProfile, launchProfile, type Profile } from './persistent';

type Method = 'kill-browser' | 'close-page' | 'cdp-close-target' | 'reload';
const METHODS: Method[] = ['kill-browser', 'close-page', 'cdp-close-target', 'reload'];
/** Crash points per run in CI; CRASH_POINTS raises it for a long local run. */
const POINTS = Number(process.env.CRASH_POINTS ?? 8);

let server: RunningServer;
let big: GeneratedHousehold;
let dir: string;
const crashes: { method: Method; at: number; committed: boolean }[] = [];

beforeAll(async () => {
  server = await serveRenderer({ port: 0 });
  // Big enough that an import is still running at every crash point (shared with import.spec.ts).
  big = inject('households').bigEn;
  dir = mkdtempSync(path.join(tmpdir(), 'earshot-crash-'));
}, 240_000);
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  console.log(`crash points tried: ${JSON.stringify(crashes)}`);
});

/**
 * Deterministic "random" progress fractions (seeded LCG), so a failure can be replayed; in rising order. A run
 * may commit between the wait for its fraction and the crash (on a busy machine the last percent can pass in
 * that gap), which ends the loop: the late fractions come last, so the early ones are always tried.
 */
function fractions(n: number, seed = 1126): number[] {
  const out = [0];
  let x = seed;
  for (let i = 1; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(0.02 + ((x >>> 8) / 2 ** 24) * 0.9);
  }
  return out.sort((a, b) => a - b);
}

async function crash(profile: Profile, method: Method): Promise<Profile> {
  const url = server.url;
  if (method === 'kill-browser') {
    await killProfile(profile, dir);
    return launchProfile(dir, url);
  }
  if (method === 'reload') {
    await profile.page.reload();
    await profile.page.getByTestId('nav-import').waitFor();
    return profile;
  }
  if (method === 'close-page') await profile.page.close({ runBeforeUnload: false });
  else {
    const cdp = await profile.context.newCDPSession(profile.page);
    const { targetInfo } = (await cdp.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } };
    await cdp.send('Target.closeTarget', { targetId: targetInfo.targetId }).catch(() => undefined);
  }
  const page = await profile.context.newPage();
  page.on('pageerror', (e) => profile.errors.push(e.message));
  await page.goto(url);
  await page.getByTestId('nav-import').waitFor();
  return { ...profile, page };
}

const withoutImports = ({ imports: _imports, ...rest }: Awaited<ReturnType<typeof dbState>>) => rest;

describe('crash consistency', () => {
  it(
    'an import killed at any point leaves exactly the last committed library, and can be re-run',
    { timeout: 900_000 },
    async () => {
      let profile = await launchProfile(dir, server.url);
      await new ImportPage(profile.page).importFolder(big.paths.googleTakeout);
      let committed = await dbState(profile.page);
      expect(committed.clips.length).toBeGreaterThan(0);
      const history = big.truth.captures.filter((c) => c.format === 'alexa-history').length;
      const complete = committed.clips.length + history;
      const points = fractions(POINTS);
      let notices = 0;
      for (let i = 0; i < points.length; i++) {
        const method = METHODS[i % METHODS.length]!;
        const importer = new ImportPage(profile.page);
        await profile.page.getByTestId('nav-import').click();
        const more = profile.page.getByRole('button', { name: 'Import more' });
        if (await more.isVisible()) await more.click();
        await importer.open();
        await importer.chooseFolder(big.paths.alexaHistory);
        const at = points[i]!;
        if (at > 0)
          await profile.page.waitForFunction(
            (f) => {
              const bar = document.querySelector('[data-testid="import-overall"]') as HTMLProgressElement | null;
              return (
                (bar !== null && bar.value > f) || document.querySelector('[data-testid="import-result"]') !== null
              );
            },
            at,
            { timeout: 120_000 },
          );
        profile = await crash(profile, method);
        const after = await dbState(profile.page);
        const finished = after.clips.length > committed.clips.length;
        crashes.push({ method, at: Math.round(at * 100) / 100, committed: finished });
        expect(after.staged, `${method} at ${at}`).toBe(0);
        expect(after.imports).not.toContain('staging');
        if (finished) {
          // The run committed before the crash: all of it is there, nothing half.
          expect(after.clips.length).toBe(complete);
          break;
        }
        expect(withoutImports(after), `${method} at ${at}`).toEqual(withoutImports(committed));
        // Killed before the run was even recorded, there is nothing to discard; otherwise the user is told.
        const failed = (s: typeof after) => s.imports.filter((x) => x === 'failed').length;
        if (failed(after) > failed(committed)) {
          notices++;
          await profile.page.getByTestId('startup-discarded').waitFor();
          if (notices === 1) await screenshot(profile.page, 'crash-discarded-notice-en');
          await profile.page.getByTestId('startup-dismiss').click();
          committed = { ...committed, imports: after.imports };
        }
      }
      // Re-running the interrupted import completes it; nothing is doubled.
      const importer = new ImportPage(profile.page);
      await profile.page.getByTestId('nav-import').click();
      const more = profile.page.getByRole('button', { name: 'Import more' });
      if (await more.isVisible()) await more.click();
      await importer.importFolder(big.paths.alexaHistory);
      committed = await dbState(profile.page);
      expect(committed.clips.length).toBe(complete);
      expect(committed.staged).toBe(0);
      expect(crashes.length).toBeGreaterThanOrEqual(Math.min(POINTS, 4));
      expect(notices).toBeGreaterThan(0);

      // A purge killed right after it was confirmed: all of it happened, or none of it.
      await profile.page.getByTestId('nav-clips').click();
      // Every record kind, not only the recordings of the home the list shows by default: the purge takes all.
      const stored = String((await dbState(profile.page)).clips.length);
      await profile.page.evaluate(() => {
        window.location.hash = '#/clips?kind=capture,other-device,assistant,voice-training,activity,unrecognised';
      });
      // Wait until the list shows every stored record before selecting all of them.
      await expect
        .poll(async () => (await profile.page.getByTestId('tray-select-all').textContent()) ?? '')
        .toContain(stored);
      await profile.page.getByTestId('tray-select-all').click();
      await profile.page.getByTestId('tray-delete').click();
      await profile.page.locator('dialog[open] [data-testid="confirm-ok"]').click();
      await profile.page.getByTestId('deleted-purge').waitFor();
      const deleted = await dbState(profile.page);
      expect(deleted.deleted.length).toBe(deleted.clips.length);
      await profile.page.getByTestId('deleted-purge').click();
      await profile.page.locator('dialog[open] [data-testid="confirm-ok"]').click();
      await killProfile(profile, dir);
      profile = await launchProfile(dir, server.url);
      const afterPurge = await dbState(profile.page);
      const purged = { ...deleted, clips: [], deleted: [], audio: [], peaks: [] };
      const none = withoutImports(afterPurge);
      expect([JSON.stringify(withoutImports(deleted)), JSON.stringify(withoutImports(purged))]).toContain(
        JSON.stringify(none),
      );
      crashes.push({ method: 'kill-browser', at: -1, committed: afterPurge.clips.length === 0 });
      expect(profile.errors).toEqual([]);
      await profile.context.close();
    },
  );

  it('a recording import killed while it writes audio leaves no audio row behind', { timeout: 300_000 }, async () => {
    // An empty profile of its own: the archive's recordings are all new, so their audio goes straight into
    // `audio` while staging (docs/architecture.md, "Staging and commit").
    const own = mkdtempSync(path.join(tmpdir(), 'earshot-crash-audio-'));
    try {
      let profile = await launchProfile(own, server.url);
      const importer = new ImportPage(profile.page);
      await importer.open();
      await importer.choose(big.paths.alexaArchive);
      // Killed only once staging has written audio rows and before anything is committed.
      let during: Awaited<ReturnType<typeof dbState>> | undefined;
      await expect
        .poll(
          async () => {
            during = await dbState(profile.page);
            return during.audio.length > 0 || during.clips.length > 0;
          },
          { timeout: 120_000, interval: 100 },
        )
        .toBe(true);
      expect(during!.clips).toEqual([]);
      expect(during!.staged).toBeGreaterThan(0);
      await killProfile(profile, own);
      profile = await launchProfile(own, server.url);
      await profile.page.getByTestId('startup-discarded').waitFor();
      expect(await dbState(profile.page)).toEqual({
        clips: [],
        deleted: [],
        staged: 0,
        audio: [],
        peaks: [],
        imports: ['failed'],
      });
      expect(profile.errors).toEqual([]);
      await profile.context.close();
    } finally {
      rmSync(own, { recursive: true, force: true, maxRetries: 5 });
    }
  });
});
