// Full disk: Chromium runs with its profile on a 40 MB tmpfs (we are root in CI; without root the origin's
// quota is lowered over CDP instead) and the user imports ~60 MB of recordings. The Import screen warns
// before starting, the import fails with the "disk is full" message, nothing of it remains, the library is
// exactly as before, and the app keeps working: browsing and a small import succeed, also after a restart.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { serveRenderer, type RunningServer } from '../../scripts/static-server';
import { generateHousehold, type GeneratedHousehold } from '../fixtures/generate';
import { screenshot } from './harness';
import { ImportPage } from './page-models/ImportPage';
import { dbState, killProfile, launchProfile, type Profile } from './persistent';

const DISK_MB = 40;
let server: RunningServer;
let household: GeneratedHousehold;
let dir: string;
let mounted = false;
const bigFolder = path.resolve('test/fixtures/out/e2e-full-disk/recordings');

/** 40 distinct 8-second 48 kHz stereo WAVs (1.5 MB each): about 61 MB of audio, quick to analyse. */
function writeBigFolder(): number {
  mkdirSync(bigFolder, { recursive: true });
  const rate = 48000;
  const frames = rate * 8;
  let total = 0;
  for (let n = 0; n < 40; n++) {
    const data = frames * 4;
    const view = new DataView(new ArrayBuffer(44 + data));
    const ascii = (at: number, s: string) => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
    ascii(0, 'RIFF');
    view.setUint32(4, 36 + data, true);
    ascii(8, 'WAVEfmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true);
    view.setUint16(22, 2, true);
    view.setUint32(24, rate, true);
    view.setUint32(28, rate * 4, true);
    view.setUint16(32, 4, true);
    view.setUint16(34, 16, true);
    ascii(36, 'data');
    view.setUint32(40, data, true);
    let x = n + 1;
    for (let i = 0; i < frames * 2; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      view.setInt16(44 + i * 2, Math.round(Math.sin(i / (20 + n)) * 6000) + ((x >>> 20) - 2048), true);
    }
    const name = `2026-10-${String(1 + (n % 28)).padStart(2, '0')}_0${n % 10}-15-${String(n).padStart(2, '0')}.wav`;
    writeFileSync(path.join(bigFolder, name), new Uint8Array(view.buffer));
    total += 44 + data;
  }
  return total;
}

beforeAll(async () => {
  [server, household] = await Promise.all([
    serveRenderer({ port: 0 }),
    generateHousehold({
      out: path.resolve('test/fixtures/out/e2e-full-disk/household'),
      household: 'de',
      captures: 24,
      seed: 41,
    }),
  ]);
  expect(writeBigFolder()).toBeGreaterThan(DISK_MB * 1.4 * 1_000_000);
  dir = mkdtempSync(path.join(tmpdir(), 'earshot-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', dir], { stdio: 'pipe' });
    mounted = true;
  } catch (error) {
    console.warn(
      `full-disk: cannot mount a tmpfs (${String(error).split('\n')[0]}); emulating the quota over CDP instead`,
    );
  }
}, 240_000);

afterAll(async () => {
  await server?.close();
  if (mounted) execFileSync('umount', ['-l', dir]);
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
});

async function open(): Promise<Profile> {
  const profile = await launchProfile(dir, server.url, { locale: 'de-DE' });
  if (!mounted) {
    const cdp = await profile.context.newCDPSession(profile.page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(server.url).origin,
      quotaSize: 24 * 1024 * 1024,
    });
    await profile.page.reload();
    await profile.page.getByTestId('nav-import').waitFor();
  }
  return profile;
}

describe('full disk', () => {
  it('refuses an import that does not fit with a clear message and loses nothing', { timeout: 600_000 }, async () => {
    let profile = await open();
    const importer = new ImportPage(profile.page);
    await importer.importFolder(household.paths.googleTakeout);
    const before = await dbState(profile.page);
    expect(before.clips.length).toBeGreaterThan(0);
    const estimate = await profile.page.evaluate(() => navigator.storage.estimate());
    console.log(
      `full-disk: ${mounted ? `tmpfs ${DISK_MB} MB` : 'CDP quota'}; quota ${estimate.quota}, usage ${estimate.usage}`,
    );

    // The disk fills up during the import (Chromium's quota does not know about the small tmpfs).
    await profile.page.getByRole('button', { name: 'Weitere importieren' }).click();
    await importer.chooseFolder(bigFolder);
    const warning = profile.page.getByTestId('import-space-warning');
    await warning
      .or(profile.page.getByTestId('import-progress'))
      .or(profile.page.getByTestId('import-error'))
      .first()
      .waitFor();
    if (await warning.isVisible()) await profile.page.getByTestId('import-space-anyway').click();
    await profile.page.getByTestId('import-error').waitFor({ timeout: 400_000 });
    const title = await profile.page.getByTestId('import-error').locator('strong').textContent();
    await screenshot(profile.page, 'full-disk-error-de');
    expect(title).toBe((await import('../../renderer/i18n/de')).de.import.errors.quota);
    expect(title).not.toBe(en.import.errors.internal);
    const after = await dbState(profile.page);
    expect({ ...after, imports: [] }).toEqual({ ...before, imports: [] });

    // The app keeps working: the clip list opens, and a small import still fits.
    await profile.page.getByTestId('nav-clips').click();
    await profile.page.getByTestId('clip-list').waitFor();
    const small = await importer.importFolder(household.paths.alexaHistory);
    expect(Object.values(small.perSource)[0]).toBeGreaterThan(0);
    const final = await dbState(profile.page);
    expect(final.clips.length).toBeGreaterThan(before.clips.length);

    // Checked before starting. Chromium's estimate does not see how small the tmpfs is (it reports ~1 GB),
    // so here the browser's answer is replaced by "5 MB free" to show what the user then sees.
    await profile.context.addInitScript(() => {
      const real = navigator.storage.estimate.bind(navigator.storage);
      navigator.storage.estimate = async () => {
        const e = await real();
        return { ...e, quota: (e.usage ?? 0) + 5_000_000 };
      };
    });
    await profile.page.reload();
    await importer.open();
    await importer.chooseFolder(bigFolder);
    await warning.waitFor();
    await screenshot(profile.page, 'full-disk-warning-de');
    expect(await warning.textContent()).toMatch(/brauchen etwa 6\d(,\d)? MB, frei sind aber nur 5 MB/);
    await warning.getByRole('button', { name: 'Abbrechen' }).click();
    expect((await dbState(profile.page)).clips).toEqual(final.clips);

    // …and all of it is still there after a restart.
    await killProfile(profile, dir);
    profile = await open();
    expect((await dbState(profile.page)).clips).toEqual(final.clips);
    expect(profile.errors).toEqual([]);
    await profile.context.close();
  });
});
