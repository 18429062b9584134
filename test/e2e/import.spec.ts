// Importing through the real UI in Chromium: every format of a generated German household via the file
// chooser, counts per source as the ground truth says, idempotent re-import, drag and drop, cancel
// half-way without a trace, and the column mapping for an unknown layout.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GeneratedHousehold } from '../fixtures/generate';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { ImportPage, libraryCounts } from './page-models/ImportPage';

let harness: Harness;
let household: GeneratedHousehold;

beforeAll(async () => {
  harness = await startHarness();
  household = inject('households').de;
});
afterAll(async () => {
  await harness?.close();
});

describe('import in the app', () => {
  it('imports every format, shows what it found, and adds nothing on re-import', async () => {
    const app = await openApp(harness, { locale: 'de-DE' });
    const importer = new ImportPage(app.page);
    const { paths, truth } = household;
    // The German Google export comes twice: as JSON and (older captures) as legacy HTML.
    const inHtml = (c: (typeof truth.captures)[number]) => c.audioFile?.startsWith('google-takeout-html/') ?? false;
    const count = (format: string, html = false) =>
      truth.captures.filter((c) => c.format === format && inHtml(c) === html).length;
    // Amazon's archive parts as files; the other exports as folders, the way a user picks them.
    const archive = await importer.importFiles(paths.alexaArchive);
    expect(archive.perSource).toEqual({ 'Amazon-Datenanfrage (Alexa)': count('alexa-archive') });
    await screenshot(app.page, 'import-result-de');
    const byFolder: [string, string, number][] = [
      [paths.alexaHistory, 'Alexa-Sprachverlauf', count('alexa-history')],
      [paths.googleTakeout, 'Google Takeout (Assistant)', count('google-takeout')],
      [paths.googleTakeoutHtml, 'Google Takeout (Assistant)', count('google-takeout', true)],
      [paths.homeAssistant, 'Home Assistant', count('home-assistant')],
      [paths.audioFolder, 'Audio-Ordner', count('folder')],
    ];
    for (const [folder, label, expected] of byFolder) {
      await app.page.getByRole('button', { name: 'Weitere importieren' }).click();
      const result = await importer.importFolder(folder);
      expect(result.perSource, folder).toEqual({ [label]: expected });
    }
    const devices = await app.page.getByTestId('import-devices').locator('li').allTextContents();
    expect(devices.length).toBeGreaterThan(0);
    const after = await libraryCounts(app.page);
    expect(after.staged).toBe(0);
    expect(after.clips).toBe(truth.captures.length);

    await app.page.getByRole('button', { name: 'Weitere importieren' }).click();
    const again = await importer.importFiles(paths.alexaArchive);
    expect(again.text).toMatch(/davon 0 neu/);
    expect((await libraryCounts(app.page)).clips).toBe(after.clips);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('accepts files dropped onto the drop zone', async () => {
    const app = await openApp(harness, { locale: 'en-US' });
    const importer = new ImportPage(app.page);
    await importer.open();
    const json = path.join(household.paths.alexaHistory, 'voice-history.json');
    const dataTransfer = await app.page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        return transfer;
      },
      { name: 'voice-history.json', text: readFileSync(json, 'utf8') },
    );
    await app.page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await app.page.getByTestId('import-result').waitFor({ timeout: 120_000 });
    expect((await importer.perSource())['Alexa voice history']).toBeGreaterThan(0);
    await app.context.close();
  });

  it('cancelling half-way leaves the library exactly as it was', async () => {
    // Big enough that the import is still running when Cancel is clicked (the import defers pitch and
    // embeddings to the library worker, so 400 captures finished before the click).
    const big = inject('households').bigEn;
    const app = await openApp(harness, { locale: 'en-US' });
    const importer = new ImportPage(app.page);
    await importer.importFolder(big.paths.googleTakeout);
    const before = await libraryCounts(app.page);
    await app.page.getByRole('button', { name: 'Import more' }).click();
    await importer.chooseFolder(big.paths.alexaHistory);
    // Cancel from inside the page in the same task that sees the import under way: on a busy machine a
    // separate click (or a screenshot first) can arrive after a fast import has already finished.
    await app.page.waitForFunction(() => {
      const found = document.querySelector('[data-testid="import-overall"]') as HTMLProgressElement | null;
      const cancel = document.querySelector('[data-testid="import-cancel"]') as HTMLButtonElement | null;
      if (found === null || found.value <= 0.05 || cancel === null) return false;
      cancel.click();
      return true;
    });
    await screenshot(app.page, 'import-cancelling-en');
    await app.page.getByTestId('import-cancelled').waitFor();
    expect(await libraryCounts(app.page)).toEqual(before);
    await app.page.reload();
    expect(await libraryCounts(app.page)).toEqual(before);
    await app.context.close();
  });

  it('asks which column holds what for an unknown table, then imports with that mapping', async () => {
    const dir = path.resolve('test/fixtures/out/e2e-mapping');
    mkdirSync(dir, { recursive: true });
    const csv = path.join(dir, 'my-assistant-log.csv');
    writeFileSync(
      csv,
      'When;Said;Speaker;Score\n2026-03-01 08:15:00;turn on the kitchen lights;Kitchen Speaker;0.9\n2026-03-01 21:40:10;what is the weather tomorrow;Bedroom Speaker;0.8\n2026-03-02 07:05:00;set a timer for ten minutes;Kitchen Speaker;0.95\n',
    );
    const app = await openApp(harness, { locale: 'en-US' });
    const importer = new ImportPage(app.page);
    await importer.open();
    await importer.choose([csv]);
    await app.page.getByTestId('import-mapping').waitFor();
    await screenshot(app.page, 'import-mapping-en');
    await app.page.getByTestId('mapping-time').selectOption('When');
    await app.page.getByTestId('mapping-transcript').selectOption('Said');
    await app.page.getByTestId('mapping-device').selectOption('Speaker');
    await app.page.getByTestId('mapping-submit').click();
    await app.page.getByTestId('import-result').waitFor();
    expect(await app.page.getByTestId('import-result-counts').textContent()).toMatch(
      /^3 recordings read, 3 of them new/,
    );
    await app.context.close();
  });
});
