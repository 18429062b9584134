// The Reports view in Chromium with a generated household imported through the real UI: the preview is the
// shared report, privacy levels change what it shows, foreign captures stay out unless asked for, and every
// export button produces a file (HTML self-contained, CSV with BOM and umlauts, JSON in the CLI format, and a
// PDF of the report only — page.pdf() prints the app page the way Electron's printToPDF does).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GeneratedHousehold } from '../fixtures/generate';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { ImportPage } from './page-models/ImportPage';
import { ReportsPage } from './page-models/ReportsPage';

let harness: Harness;
let household: GeneratedHousehold;
const SHOTS = path.resolve('test/e2e/screenshots');

beforeAll(async () => {
  harness = await startHarness();
  household = inject('households').deStranger;
});
afterAll(async () => {
  await harness?.close();
});

/** Writes the PDF, renders every page to PNG for a human to look at, and returns the PDF's text. */
function pdfPages(pdf: string, name: string): { pages: number; text: string } {
  for (const old of readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-page`))) rmSync(path.join(SHOTS, old));
  execFileSync('pdftoppm', ['-r', '70', '-png', pdf, path.join(SHOTS, `${name}-page`)]);
  const pages = readdirSync(SHOTS).filter((f) => f.startsWith(`${name}-page`)).length;
  return { pages, text: execFileSync('pdftotext', ['-layout', pdf, '-']).toString() };
}

describe('reports in the app', () => {
  it('previews, redacts, leaves foreign captures out and exports every format (German, dark)', async () => {
    const app = await openApp(harness, { locale: 'de-DE', colorScheme: 'dark' });
    await app.page.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await app.page.reload();
    const importer = new ImportPage(app.page);
    const { paths, truth } = household;
    await importer.importFiles(paths.alexaArchive);
    for (const folder of [paths.alexaHistory, paths.googleTakeout, paths.homeAssistant]) {
      await app.page.getByRole('button', { name: 'Weitere importieren' }).click();
      await importer.importFolder(folder);
    }
    await importer.waitForAnalysis();
    const inHtml = (c: (typeof truth.captures)[number]) => c.audioFile?.startsWith('google-takeout-html/') ?? false;
    const imported = truth.captures.filter(
      (c) =>
        ['alexa-archive', 'alexa-history', 'google-takeout', 'home-assistant'].includes(c.format) &&
        !inHtml(c) &&
        // Reports count recordings of the home; prompts, training clips and activities are counted apart.
        (c.kind ?? 'capture') === 'capture',
    );
    const own = imported.filter((c) => !c.stranger);

    const reports = new ReportsPage(app.page);
    await reports.open();
    const total = await reports.count();
    const text = await reports.previewText();
    expect(text).toContain('Was Ihre Sprachassistenten aufgezeichnet haben');
    expect(text).toContain('Nur Zahlen, ohne Texte.');
    // Foreign captures are detected by the library worker; whatever it quarantined is left out and said so.
    const excluded = Number(/(\d+) fremde/.exec(text)?.[1] ?? '0');
    expect(excluded).toBeGreaterThan(0);
    expect(total + excluded).toBe(imported.length);
    expect(total).toBeGreaterThanOrEqual(own.length - 2);
    await screenshot(app.page, 'reports-de-dark');

    await app.page.getByTestId('report-include-foreign').check();
    await expect.poll(() => reports.count()).toBe(imported.length);
    await app.page.getByTestId('report-include-foreign').uncheck();
    await expect.poll(() => reports.count()).toBe(total);

    // Redacted with examples: no person's name and no digit of a transcript reaches the report.
    await reports.privacy('redacted');
    await app.page.getByTestId('report-include-examples').check();
    const redacted = await reports.previewText();
    expect(redacted).toContain('[Name]');
    for (const person of truth.people) expect(redacted).not.toContain(person.name);
    await screenshot(app.page, 'reports-de-dark-redacted');

    const html = await reports.download('html');
    expect(html.name).toMatch(/^earshot-bericht-\d{4}-\d{2}-\d{2}\.html$/);
    expect(html.text).toContain('<html lang="de">');
    expect(html.text).not.toMatch(/https?:|<script|<link|@import|url\(/i);
    expect(html.text).not.toMatch(/<audio|<video|<source|data:audio/i);
    for (const person of truth.people) expect(html.text).not.toContain(person.name);

    const csv = await reports.download('csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toContain('Gerät');
    expect(rows).toHaveLength(1 + total);
    expect(csv.text).toMatch(/Küche|Schlafzimmer/);
    for (const person of truth.people) expect(csv.text).not.toContain(person.name);

    const json = JSON.parse((await reports.download('json')).text);
    expect(json).toMatchObject({ format: 'earshot-report', version: 1, summary: { total, privacy: 'redacted' } });

    await app.page.getByTestId('report-export-pdf').click();
    expect(await app.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect.poll(() => app.page.getByTestId('report-status').textContent()).toBe('Druckdialog geöffnet.');
    const pdf = path.join(SHOTS, 'report-de.pdf');
    await app.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    if (existsSync('/usr/bin/pdftoppm')) {
      const { pages, text: pdfText } = pdfPages(pdf, 'report-de');
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pdfText).toContain('Was Ihre Sprachassistenten');
      // Only the report is printed: none of the app's navigation or option panel.
      expect(pdfText).not.toContain('Einstellungen');
      expect(pdfText).not.toContain('Sprache des Berichts');
    }
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('shows the report in English in light mode and prints it in English', async () => {
    const app = await openApp(harness, { locale: 'en-US', colorScheme: 'light' });
    const importer = new ImportPage(app.page);
    await importer.importFiles(household.paths.alexaArchive);
    await app.page.getByRole('button', { name: 'Import more' }).click();
    await importer.importFolder(household.paths.googleTakeout);
    await importer.waitForAnalysis();
    const reports = new ReportsPage(app.page);
    await reports.open();
    await reports.privacy('transcripts');
    await app.page.getByTestId('report-include-examples').check();
    const text = await reports.previewText();
    expect(text).toContain('What your voice assistants recorded');
    expect(text).toContain('By source');
    await screenshot(app.page, 'reports-en-light');
    await app.page.getByTestId('report-lang').selectOption('de');
    await expect.poll(() => reports.previewText()).toContain('Nach Quelle');
    await app.page.getByTestId('report-lang').selectOption('en');
    const pdf = path.join(SHOTS, 'report-en.pdf');
    await app.page.pdf({ path: pdf, format: 'A4', printBackground: true });
    if (existsSync('/usr/bin/pdftoppm'))
      expect(pdfPages(pdf, 'report-en').text).toContain('What auto-delete would have changed');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
