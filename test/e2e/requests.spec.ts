// Selection and GDPR requests through the real UI: selecting clips in every way (click, shift range, ctrl
// toggle, select all in filter, timeline brush, heatmap cell), saved selections, local deletion with undo and
// purge, erasure and access letters with every required element and their annex, tracking into overdue
// (nav badge and banner), and verification against a newer export that a follow-up letter answers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../shared/gdpr/deadlines';
import { formatLongDate, localDate } from '../../shared/i18n-format';
import { generateHousehold, type GeneratedHousehold } from '../fixtures/generate';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { ImportPage } from './page-models/ImportPage';
import { ClipListModel, RequestsPage, SelectionTray } from './page-models/RequestsPage';

let harness: Harness;
let household: GeneratedHousehold;
const OUT = path.resolve('test/fixtures/out/e2e-requests');
const TZ = 'Europe/Berlin';
const SHOTS = path.resolve('test/e2e/screenshots');

/** Keeps a generated letter next to the screenshots, for a human to read. */
function keep(name: string, text: string | Buffer): void {
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(path.join(SHOTS, name), text);
}

beforeAll(async () => {
  [harness, household] = await Promise.all([
    startHarness(),
    generateHousehold({ out: OUT, household: 'de', captures: 120, seed: 5 }),
  ]);
}, 240_000);
afterAll(async () => {
  await harness?.close();
});

const historyJson = () => path.join(household.paths.alexaHistory, 'voice-history.json');

interface HistoryRecord {
  timestamp: number;
  voiceHistoryRecordItems: { utteranceId?: string }[];
}
type HistoryPages = { customerHistoryRecords: HistoryRecord[] }[];

/** A "newer export": the same voice history without the records of the given utterance ids. */
function writeNewerExport(withoutUtterances: readonly string[]): string {
  const pages = JSON.parse(readFileSync(historyJson(), 'utf8')) as HistoryPages;
  const drop = new Set(withoutUtterances);
  const kept = pages.map((page) => ({
    ...page,
    customerHistoryRecords: page.customerHistoryRecords.filter(
      (r) => !r.voiceHistoryRecordItems.some((i) => i.utteranceId && drop.has(i.utteranceId)),
    ),
  }));
  const dir = path.join(OUT, 'newer-export');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'voice-history.json');
  writeFileSync(file, JSON.stringify(kept));
  return file;
}

/** Provider record id (Alexa utterance id) and transcript of clips, read from the app's IndexedDB. */
async function clipFacts(page: Page, ids: string[]) {
  return page.evaluate(
    (wanted) =>
      new Promise<{ id: string; providerRecordId?: string; transcript?: string }[]>((resolve, reject) => {
        const open = indexedDB.open('earshot');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('clips', 'readonly');
          const rows = wanted.map((id) => tx.objectStore('clips').get(id));
          tx.oncomplete = () => {
            resolve(rows.map((r) => r.result as { id: string; providerRecordId?: string; transcript?: string }));
            open.result.close();
          };
        };
      }),
    ids,
  );
}

/** Imports through the Import screen (which starts afresh each time it is opened) and waits for the analysis. */
async function importHistory(page: Page, file: string) {
  const importer = new ImportPage(page);
  await importer.open();
  await importer.choose([file]);
  await page.getByTestId('import-result').waitFor({ timeout: 120_000 });
  await importer.waitForAnalysis();
}

describe('selection tray and requests', () => {
  it('selects clips in every way, saves a selection, and deletes with undo and purge', async () => {
    const app = await openApp(harness, { locale: 'en-US', colorScheme: 'light' });
    const { page } = app;
    await importHistory(page, historyJson());
    const tray = new SelectionTray(page);
    const list = new ClipListModel(page);
    await list.open();

    await list.check(0);
    await tray.waitForCount(1);
    await list.shiftClick(3);
    await tray.waitForCount(4);
    await list.ctrlClick(1);
    await tray.waitForCount(3);
    expect(await page.getByTestId('tray-rooms').locator('.chip').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('tray-categories').locator('.chip').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('tray-span').textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}/);
    await screenshot(page, 'tray-en-light');

    const all = await tray.selectAllInFilter();
    expect(all).toBeGreaterThan(20);
    await tray.save('Everything Alexa heard');
    await page.getByTestId('tray-clear').click();
    await tray.waitForCount(0);
    await tray.openSaved('Everything Alexa heard');
    await tray.waitForCount(all);
    await page.getByTestId('tray-clear').click();

    // Timeline: shift+drag over the middle half of the canvas selects the clips of that period.
    await page.getByTestId('nav-timeline').click();
    const canvas = page.getByTestId('timeline-canvas');
    await canvas.waitFor();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
    await page.keyboard.down('Shift');
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await tray.tray().waitFor();
    const brushed = await tray.count();
    expect(brushed).toBeGreaterThan(0);
    expect(brushed).toBeLessThan(all);
    await page.getByTestId('tray-clear').click();

    // Heatmap: a cell narrows the filter to its weekday and hour; "select all in filter" takes exactly those.
    await page.getByTestId('nav-heatmaps').click();
    const cell = page.locator('[data-testid="heatmap"] rect[data-count]:not([data-count="0"])').first();
    const inCell = Number(await cell.getAttribute('data-count'));
    await cell.click();
    await page.getByTestId('clip-list').waitFor();
    expect(page.url()).toMatch(/weekday=\d.*hour=\d/);
    expect(await tray.selectAllInFilter(inCell)).toBe(inCell);

    // Delete from Earshot: confirm (Cancel is the default), undo, delete again, purge.
    const selected = await tray.count();
    await page.getByTestId('tray-delete').click();
    await page.locator('dialog[open]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-cancel');
    await page.locator('dialog[open] [data-testid="confirm-ok"]').click();
    await page
      .getByTestId('deleted-count')
      .filter({ hasText: String(selected) })
      .waitFor();
    await page.getByTestId('deleted-undo').click();
    await page.getByTestId('deleted-bar').waitFor({ state: 'detached' });
    await tray.selectAllInFilter();
    await page.getByTestId('tray-delete').click();
    await page.locator('dialog[open] [data-testid="confirm-ok"]').click();
    await page.getByTestId('deleted-purge').click();
    await page.locator('dialog[open] [data-testid="confirm-ok"]').click();
    await page.getByTestId('deleted-purged').waitFor();
    await page.getByTestId('nav-clips').click();
    expect(await page.getByTestId('tray-select-all').isVisible()).toBe(false);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('writes erasure and access letters, tracks into overdue, verifies against a newer export, follows up', async () => {
    const app = await openApp(harness, { locale: 'de-DE', colorScheme: 'dark' });
    const { page } = app;
    await importHistory(page, historyJson());
    const tray = new SelectionTray(page);
    const list = new ClipListModel(page);
    const requests = new RequestsPage(page);
    await list.open();
    for (const n of [0, 1, 2, 3]) await list.ctrlClick(n);
    await tray.waitForCount(4);
    const ids = await Promise.all([0, 1, 2, 3].map((n) => list.idOf(n)));
    const facts = await clipFacts(page, ids);
    expect(facts.every((f) => f.providerRecordId)).toBe(true);
    await screenshot(page, 'tray-de-dark');

    await page.getByTestId('tray-erasure').click();
    await requests.editor().waitFor();
    await requests.waitForStatus('draft');
    expect(await page.getByTestId('request-placeholders').textContent()).toContain('[Ihr vollständiger Name]');
    await requests.fillIdentity({
      name: 'Anna Berger',
      email: 'anna.berger@example.org',
      address: 'Lindenstraße 5\n10115 Berlin',
    });
    await requests.waitForLetter('anna.berger@example.org');
    await page.getByTestId('request-placeholders').waitFor({ state: 'detached' });

    const today = localDate(Date.now(), TZ);
    const letter = await requests.download('export-text');
    keep('letter-erasure-de.txt', letter.text);
    expect(letter.name).toMatch(/^erasure-request-amazon-eu-\d{4}-\d{2}-\d{2}\.txt$/);
    for (const needle of [
      'Art. 17 Abs. 1 DSGVO',
      'Art. 12 Abs. 3 DSGVO',
      'Art. 19 DSGVO',
      'Art. 77 DSGVO',
      formatLongDate(addCalendarMonths(today, 1), 'de'),
      'Anna Berger',
      'anna.berger@example.org',
      'Lindenstraße 5',
      'Amazon Europe Core',
      '4 Sprachaufnahmen',
    ])
      expect(letter.text, needle).toContain(needle);
    for (const f of facts) expect(letter.text).toContain(f.providerRecordId!);
    expect(letter.text).toMatch(/^4\. Ortszeit/m);
    const annex = await requests.download('export-annex');
    const annexLines = annex.text.trim().split(/\r?\n/);
    expect(annexLines).toHaveLength(5);
    expect(annexLines[0]).toContain('Datensatz-/Äußerungs-ID');
    const html = await requests.download('export-html');
    expect(html.text).toContain('Content-Security-Policy');
    expect(html.text).not.toMatch(/<script/i);
    expect(await page.getByTestId('export-mailto').getAttribute('href')).toMatch(
      /^mailto:eu-privacy%40amazon\.de\?subject=/,
    );

    // Sent long ago and never answered: overdue, with a badge in the navigation and a banner in the list.
    await requests.setDate('sentAt', '2025-01-10');
    await requests.waitForStatus('overdue');
    expect(await page.getByTestId('tracking-due').textContent()).toContain('10. Februar 2025');
    await requests.navBadge().filter({ hasText: '1' }).waitFor();
    await screenshot(page, 'request-editor-de-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'request-editor-de-light');
    await page.emulateMedia({ colorScheme: 'dark' });

    // An access request for two other clips.
    await list.open();
    await page.getByTestId('tray-clear').click();
    await list.ctrlClick(5);
    await list.ctrlClick(6);
    await page.getByTestId('tray-access').click();
    await requests.editor().waitFor();
    await requests.waitForLetter('Anna Berger');
    const access = await requests.download('export-text');
    keep('letter-access-de.txt', access.text);
    for (const needle of ['Art. 15 DSGVO', 'Art. 15 Abs. 3 DSGVO', 'Art. 12 Abs. 3 DSGVO', 'Anna Berger'])
      expect(access.text, needle).toContain(needle);
    expect(access.text).toContain(formatLongDate(addCalendarMonths(today, 1), 'de'));
    await requests.open();
    expect(await requests.rows().count()).toBe(2);
    await page.getByTestId('overdue-banner').waitFor();
    await screenshot(page, 'requests-list-de-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'requests-list-de-light');

    // The newer export lacks two of the four requested records.
    const gone = facts.slice(0, 2);
    const kept = facts.slice(2);
    const newer = writeNewerExport(gone.map((f) => f.providerRecordId!));
    await importHistory(page, newer);
    await requests.open();
    await requests.openRequest('erasure');
    await page.getByTestId('verify-run').click();
    await page.getByTestId('verify-result').waitFor();
    expect(await page.getByTestId('verify-gone').textContent()).toContain('2');
    expect(await page.getByTestId('verify-remaining').textContent()).toContain('2');
    // The card dates the export by its own newest recording, not by the day it was imported.
    const newest = Math.max(
      ...(JSON.parse(readFileSync(newer, 'utf8')) as HistoryPages).flatMap((p) =>
        p.customerHistoryRecords.map((r) => r.timestamp),
      ),
    );
    const [y, m, d] = localDate(newest, 'Europe/Berlin').split('-');
    await expect
      .poll(() => page.getByTestId('verify-export-date').textContent())
      .toMatch(new RegExp(`^Export mit Aufnahmen bis ${d}\\.${m}\\.${y} \\(geprüft am `));
    const remainingText = (await page.getByTestId('verify-remaining-list').textContent()) ?? '';
    for (const f of kept) expect(remainingText).toContain(f.transcript ?? '');
    await requests.waitForStatus('partly-verified');
    await screenshot(page, 'request-verified-de-light');

    await page.getByTestId('verify-follow-up').click();
    await page.locator('[data-testid="request-editor"][data-kind="follow-up"]').waitFor();
    await requests.waitForLetter('Anna Berger');
    const followUp = await requests.download('export-text');
    keep('letter-follow-up-de.txt', followUp.text);
    for (const f of kept) expect(followUp.text).toContain(f.providerRecordId!);
    for (const f of gone) expect(followUp.text).not.toContain(f.providerRecordId!);
    expect(followUp.text).toContain('10. Januar 2025');
    expect(followUp.text).toMatch(/Art\. 17/);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('shows the requests screens in English, light and dark', async () => {
    const app = await openApp(harness, { locale: 'en-US', colorScheme: 'dark' });
    const { page } = app;
    await importHistory(page, historyJson());
    const list = new ClipListModel(page);
    const requests = new RequestsPage(page);
    await list.open();
    for (const n of [0, 1, 2]) await list.ctrlClick(n);
    await page.getByTestId('tray-erasure').click();
    await requests.editor().waitFor();
    await requests.waitForLetter('Article 17');
    const letter = await requests.download('export-text');
    keep('letter-erasure-en.txt', letter.text);
    for (const needle of ['Article 17(1) GDPR', 'Article 12(3) GDPR', 'Articles 17(2) and 19 GDPR', '[Your full name]'])
      expect(letter.text, needle).toContain(needle);
    await requests.setDate('sentAt', localDate(Date.now(), TZ));
    await requests.waitForStatus('sent');
    await screenshot(page, 'request-editor-en-dark');
    await requests.open();
    await screenshot(page, 'requests-list-en-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await screenshot(page, 'requests-list-en-light');
    await requests.openRequest('erasure');
    await requests.waitForLetter('Article 17');
    await screenshot(page, 'request-editor-en-light');

    // PDF: print media shows the letter and its annex only, never the app around it.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#root').isVisible()).toBe(false);
    expect(await page.getByTestId('letter-print').textContent()).toContain('Article 12(3) GDPR');
    const pdf = await page.pdf({ format: 'A4' });
    keep('letter-erasure-en.pdf', pdf);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await screenshot(page, 'request-print-en');
    await page.emulateMedia({ media: 'screen' });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
