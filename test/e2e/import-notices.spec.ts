// Import notices reach the user in their language, naming the file by its short name with the full path on
// hover: an older Google HTML export with an unknown zone abbreviation and zone-less (pre-2018) dates.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyHtml } from '../fixtures/formats';
import { openApp, screenshot, startHarness, type Harness } from './harness';
import { ImportPage } from './page-models/ImportPage';

let harness: Harness;
const OUT = path.resolve('test/fixtures/out/e2e-notices/Takeout');

beforeAll(async () => {
  const dir = path.join(OUT, 'My Activity', 'Assistant');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'MyActivity.html'),
    legacyHtml([
      { text: 'what time is it', date: 'Dec 10, 2020, 7:44:15 AM XYZT' },
      { text: 'play some jazz', date: 'Dec 10, 2020, 9:10:00 AM MSK' },
      { text: 'set a timer', date: 'Jan 5, 2017, 7:44:15 AM' },
      { text: 'turn on the lights', date: 'Jan 6, 2017, 8:00:00 AM' },
    ]),
  );
  harness = await startHarness();
}, 240_000);
afterAll(async () => {
  await harness?.close();
});

describe('import notices', () => {
  it.each([
    [
      'de-DE',
      'Die Zeitzone „XYZT“ ist unbekannt; 1 Eintrag wurde als Ihre Ortszeit gelesen',
      /2 Einträge dieses älteren Exports nennen keine Zeitzone/,
    ],
    [
      'en-US',
      'The time zone “XYZT” is unknown; 1 entry was read as your local time',
      /2 entries of this older export name no time zone/,
    ],
  ])('are shown in %s with the file’s short name and its full path on hover', async (locale, unknownZone, zoneless) => {
    const app = await openApp(harness, { locale });
    const importer = new ImportPage(app.page);
    await importer.importFolder(OUT);
    const notices = app.page.getByTestId('import-notice');
    const texts = await notices.allTextContents();
    expect(texts.some((t) => t.includes(unknownZone))).toBe(true);
    expect(texts.some((t) => zoneless.test(t))).toBe(true);
    const file = notices.first().locator('code');
    expect(await file.textContent()).toBe('MyActivity.html');
    expect(await file.getAttribute('title')).toBe('Takeout/My Activity/Assistant/MyActivity.html');
    await app.page.getByTestId('import-warnings').scrollIntoViewIfNeeded();
    await screenshot(app.page, `import-notices-${locale.slice(0, 2)}`);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
