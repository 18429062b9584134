// The cost of encryption at rest, in one run: the same archive imported through the Import screen into a
// fresh profile without and with encryption on, then the timeline's first paint after a cold relaunch of each
// profile. With encryption the unlock screen comes first; the time a person would take to type is left out
// (from the screen appearing to the submit), the key derivation (Argon2id) and every decrypted row are in.

import type { Page } from 'playwright-core';
import { median, newProfile, type Servers } from '../lib/browser';
import { appImport } from './import';

const FIRST_PAINT = 'earshot:timeline-first-paint';
const PASSPHRASE = 'bench passphrase, long enough';

export interface EncryptionSide {
  importMs: number;
  counts: string;
  paints: number[];
  paintMs: number;
  /** Key derivation (Argon2id) and verifier check, submit → unlocked, per relaunch. */
  unlocks: number[];
  /** Relaunches on which the library worker was running when the timeline painted. */
  jobAtPaint: number;
}

async function turnOn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/settings`);
  await page.getByTestId('encryption-new').fill(PASSPHRASE);
  await page.getByTestId('encryption-repeat').fill(PASSPHRASE);
  await page.getByTestId('encryption-on').click();
  await page.getByTestId('encryption-lock').waitFor({ timeout: 120_000 });
}

async function coldPaint(
  page: Page,
  url: string,
  encrypted: boolean,
): Promise<{ paint: number; unlock: number; job: boolean }> {
  await page.goto(`${url}#/timeline`);
  let typing = 0;
  if (encrypted) {
    await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
    await page.getByTestId('unlock-submit').click();
    const waited = await page.waitForFunction(() => {
      const shown = performance.getEntriesByName('earshot:unlock-shown')[0]?.startTime;
      const submit = performance.getEntriesByName('earshot:unlock-submit')[0]?.startTime;
      return shown !== undefined && submit !== undefined ? submit - shown : undefined;
    });
    typing = (await waited.jsonValue()) as number;
  }
  const handle = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, FIRST_PAINT, {
    timeout: 120_000,
  });
  const paint = ((await handle.jsonValue()) as number) - typing;
  const job = await page.getByTestId('library-job').isVisible();
  const unlock = await page.evaluate(() => {
    const submit = performance.getEntriesByName('earshot:unlock-submit')[0]?.startTime;
    const done = performance.getEntriesByName('earshot:unlocked')[0]?.startTime;
    return submit !== undefined && done !== undefined ? done - submit : 0;
  });
  return { paint, unlock, job };
}

async function side(servers: Servers, workDir: string, files: string[], encrypted: boolean, runs: number) {
  const profile = newProfile(workDir);
  const url = servers.app.url;
  try {
    const context = await profile.launch();
    const page = context.pages()[0] ?? (await context.newPage());
    if (encrypted) await turnOn(page, url);
    const run = await appImport(page, url, files);
    await page.waitForTimeout(300);
    await page.getByTestId('library-job').waitFor({ state: 'detached', timeout: 30 * 60_000 });
    await context.close();
    const paints: number[] = [];
    const unlocks: number[] = [];
    let jobAtPaint = 0;
    for (let i = 0; i <= runs; i++) {
      const again = await profile.launch();
      const cold = await coldPaint(again.pages()[0] ?? (await again.newPage()), url, encrypted);
      paints.push(cold.paint);
      unlocks.push(cold.unlock);
      if (cold.job) jobAtPaint++;
      await again.close();
    }
    // The first open after the import builds the columns cache: left out, as in the views row.
    return {
      importMs: run.ms,
      counts: run.counts,
      paints,
      paintMs: median(paints.slice(1)),
      unlocks,
      jobAtPaint,
    } satisfies EncryptionSide;
  } finally {
    profile.remove();
  }
}

export async function measureEncryption(servers: Servers, workDir: string, files: string[], runs = 3) {
  const plain = await side(servers, workDir, files, false, runs);
  const sealed = await side(servers, workDir, files, true, runs);
  return {
    plain,
    sealed,
    importRatio: sealed.importMs / plain.importMs,
    paintRatio: sealed.paintMs / plain.paintMs,
  };
}
