// Both Amazon exports of one account through the real UI (test/fixtures/amazon-both.ts: the same recordings
// written the way the archive and the voice history write them): the overview, the timeline and the
// bathroom's erasure annex count every recording once, in either order and after a re-import; the clip
// panel lists both export records of a merged recording.
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBothAmazon, type BothAmazon } from '../fixtures/amazon-both';
import { openApp, screenshot, startHarness, type AppPage, type Harness } from './harness';
import { ClipsPage, shownCount } from './page-models/ClipsPage';
import { ImportPage } from './page-models/ImportPage';
import { RequestsPage, SelectionTray } from './page-models/RequestsPage';

let harness: Harness;
let fx: BothAmazon;
const OUT = path.resolve('test/fixtures/out/e2e-both-amazon');

beforeAll(async () => {
  [harness, fx] = await Promise.all([startHarness(), generateBothAmazon({ out: OUT, recordings: 36, seed: 21 })]);
}, 240_000);
afterAll(async () => {
  await harness?.close();
});

const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

/** Imports both exports one after the other; returns what each import's result screen said per source. */
async function importBoth(app: AppPage, order: 'archive-first' | 'history-first'): Promise<Record<string, number>[]> {
  const importer = new ImportPage(app.page);
  const more = app.page.getByRole('button', { name: /Weitere importieren|Import more/ });
  const results: Record<string, number>[] = [];
  if (order === 'archive-first') {
    results.push((await importer.importFiles(fx.archive)).perSource);
    await more.click();
    results.push((await importer.importFolder(fx.history)).perSource);
  } else {
    results.push((await importer.importFolder(fx.history)).perSource);
    await more.click();
    results.push((await importer.importFiles(fx.archive)).perSource);
  }
  await importer.waitForAnalysis();
  return results;
}

describe('both Amazon exports of one account', () => {
  it('counts every recording once on the overview, the timeline and in the bathroom erasure annex', async () => {
    const app = await openApp(harness, { locale: 'de-DE' });
    const { page } = app;
    const truth = fx.truth.recordings;
    // A bathroom recording that only the archive holds, as a text row without audio, names no device.
    const inBathroom = truth.filter((r) => r.room === 'bathroom' && r.deviceKnown);
    await importBoth(app, 'archive-first');

    // Re-importing both in one go adds nothing.
    const importer = new ImportPage(page);
    await page.getByRole('button', { name: 'Weitere importieren' }).click();
    await importer.open();
    await importer.choose([...fx.archive, fx.history]);
    await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-result-counts').textContent()).toMatch(/davon 0 neu/);
    await importer.waitForAnalysis();

    await page.getByTestId('nav-library').click();
    await page.getByTestId('stat-total').waitFor();
    expect(number(await page.locator('[data-testid="stat-total"] .stat-value').textContent())).toBe(truth.length);
    await screenshot(page, 'both-amazon-overview-de');

    const clips = new ClipsPage(page);
    await clips.open();
    await clips.toggleFacet('rooms', 'Bad');
    expect(shownCount(await clips.total())).toBe(inBathroom.length);
    await page.getByTestId('nav-timeline').click();
    const lanes = (await page.getByTestId('timeline-summary').textContent()) ?? '';
    expect(lanes).toMatch(new RegExp(`Bad[^:]*: ${inBathroom.length} Aufnahme`));
    await screenshot(page, 'both-amazon-timeline-de');

    // A merged bathroom recording lists both export records in the clip panel.
    await clips.open();
    await expect.poll(async () => shownCount(await clips.total())).toBe(inBathroom.length);
    await clips.rows().first().click();
    // The panel reads the clip's records after it opens: wait for them rather than read the first render.
    const sources = () => page.getByTestId('clip-sources').locator('li').allTextContents();
    await expect
      .poll(async () => (await sources()).some((t) => /^Sprachverlauf: A3S5BH2HU6VAYF:1\.0\//.test(t)))
      .toBe(true);
    expect((await sources()).some((t) => /^Amazon-Archiv: /.test(t))).toBe(true);
    await screenshot(page, 'both-amazon-clip-de');
    await page.getByTestId('clip-panel').getByRole('button', { name: 'Schließen' }).click();

    // The bathroom's erasure letter: one annex row per recording, every row with its record id.
    await clips.open();
    const tray = new SelectionTray(page);
    expect(await tray.selectAllInFilter()).toBe(inBathroom.length);
    await page.getByTestId('tray-erasure').click();
    const requests = new RequestsPage(page);
    await requests.editor().waitFor();
    const annex = await requests.download('export-annex');
    const rows = Papa.parse<string[]>(annex.text.replace(/^\uFEFF/, '').trim()).data;
    const idColumn = rows[0]!.indexOf('Datensatz-/Äußerungs-ID');
    expect(idColumn).toBeGreaterThan(0);
    const ids = rows.slice(1).map((r) => r[idColumn] ?? '');
    expect(ids).toHaveLength(inBathroom.length);
    expect(ids.every((id) => id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of inBathroom.filter((x) => x.inHistory)) expect(ids).toContain(r.utteranceId);
    const letter = await requests.download('export-text');
    expect(letter.text).toContain(`${inBathroom.length} Sprachaufnahmen`);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('voice history first: the same count, and the clip panel lists both export records', async () => {
    const app = await openApp(harness, { locale: 'en-US' });
    const { page } = app;
    const results = await importBoth(app, 'history-first');
    // Each result screen names the export it read, with its records (also those merged into existing clips).
    const truth = fx.truth.recordings;
    expect(results).toEqual([
      { 'Alexa voice history': truth.filter((r) => r.inHistory).length },
      { 'Amazon data request (Alexa)': truth.filter((r) => r.inArchive).length },
    ]);
    await page.getByTestId('nav-library').click();
    await page.getByTestId('stat-total').waitFor();
    expect(number(await page.locator('[data-testid="stat-total"] .stat-value').textContent())).toBe(truth.length);
    await screenshot(page, 'both-amazon-overview-en');
    // A merged capture counts under both exports that hold it.
    const perSource = await page.getByTestId('overview-sources').locator('li').allTextContents();
    expect(perSource).toEqual([
      `Amazon data request (Alexa)${truth.filter((r) => r.inArchive).length}`,
      `Alexa voice history${truth.filter((r) => r.inHistory).length}`,
    ]);
    const clips = new ClipsPage(page);
    await clips.open();
    expect(shownCount(await clips.total())).toBe(fx.truth.recordings.length);
    await clips.search('wetter');
    await clips.rows().first().click();
    const sources = page.getByTestId('clip-sources');
    await sources.waitFor();
    const items = await sources.locator('li').allTextContents();
    expect(items.some((t) => /^Amazon archive: Intent-2-1\.csv line \d+$/.test(t))).toBe(true);
    expect(items.some((t) => /^Voice history: A3S5BH2HU6VAYF:1\.0\//.test(t))).toBe(true);
    await screenshot(page, 'both-amazon-clip-en');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
