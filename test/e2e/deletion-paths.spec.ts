// Every path to deletion: next to the erasure letter, the provider's own pages with the selection's days and
// devices filled in (text and a copyable address — nothing opened), the deadline as a calendar file with a
// reminder, and a requests list that puts what is due first.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../shared/gdpr/deadlines';
import { formatLongDate, localDate } from '../../shared/i18n-format';
import { foreignRequests, openApp, openDemo, screenshot, startHarness, type Harness } from './harness';
import { ClipsPage } from './page-models/ClipsPage';
import { ImportPage } from './page-models/ImportPage';
import { RequestsPage, SelectionTray } from './page-models/RequestsPage';
import { zipBytes } from '../fixtures/zip-write';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const TZ = 'Europe/Berlin';

describe('paths to deletion', () => {
  it('shows the direct route prefilled, exports the deadline as .ics and sorts requests by what is due', async () => {
    const app = await openDemo(harness, { locale: 'de-DE', timezoneId: TZ });
    const { page } = app;

    // A draft first, so the sent request has to be sorted above it.
    const clips = new ClipsPage(page);
    const tray = new SelectionTray(page);
    const requests = new RequestsPage(page);
    await clips.open();
    await clips.toggleFacet('rooms', 'Küche');
    await tray.selectAllInFilter();
    await page.getByTestId('tray-access').click();
    await requests.editor().waitFor();
    await page.getByTestId('tray-clear').click();

    await clips.open();
    await page.getByTestId('filter-reset').click();
    await clips.toggleFacet('rooms', 'Bad');
    await clips.toggleFacet('sources', 'Alexa-Sprachverlauf');
    const count = await tray.selectAllInFilter();
    const times = await page.evaluate(() => {
      const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
      return params.toString();
    });
    expect(times).toContain('room=');
    await page.getByTestId('tray-erasure').click();
    await requests.editor().waitFor();

    const direct = page.getByTestId('direct-amazon');
    await direct.waitFor();
    const text = (await direct.textContent()) ?? '';
    expect(text).toContain(`${count} Aufnahmen vom`);
    expect(text).toContain('Bad Echo Dot');
    const title = (await direct.locator('h3').textContent()) ?? '';
    const [, from, to] = /vom (.+) bis (.+)$/.exec(title) ?? [];
    expect(from).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u);
    expect((await direct.getByTestId('direct-steps').textContent()) ?? '').toContain(`${from} bis ${to}`);
    expect(await direct.getByTestId('direct-address').first().textContent()).toBe(
      'https://www.amazon.de/alexa-privacy/apd/rvh',
    );
    // Nothing is a link to the provider, and nothing was requested from it.
    expect(await page.getByTestId('direct-deletion').locator('a').count()).toBe(0);
    expect(foreignRequests(app.requests, harness.server.url.replace(/\/$/, ''))).toEqual([]);
    await direct.scrollIntoViewIfNeeded();
    await screenshot(page, 'deletion-direct-de-light');

    // The Amazon site follows the household: guessed from its time zone, and the user may choose another.
    expect(await direct.getByTestId('direct-marketplace-basis').textContent()).toContain('Europe/Berlin');
    expect(await direct.getByTestId('direct-page-language').count()).toBe(0);
    await direct.getByTestId('direct-marketplace').selectOption('UK');
    await direct
      .getByTestId('direct-address')
      .first()
      .filter({ hasText: 'https://www.amazon.co.uk/alexa-privacy/apd/rvh' })
      .waitFor();
    const ukSteps = (await direct.getByTestId('direct-steps').textContent()) ?? '';
    // British date fields: day/month/year; the English page names are quoted as the page shows them.
    expect(ukSteps).toMatch(/eingegeben als \d{2}\/\d{2}\/\d{4} bis \d{2}\/\d{2}\/\d{4}/);
    expect(ukSteps).toContain('„Review Voice History“');
    expect(await direct.getByTestId('direct-page-language').textContent()).toContain('amazon.co.uk sind auf Englisch');
    expect(await direct.getByTestId('direct-marketplace-basis').textContent()).toBe('Ihre Wahl');
    await screenshot(page, 'deletion-direct-uk-de-light');
    await direct.getByTestId('direct-marketplace').selectOption('US');
    await direct.getByTestId('direct-address').first().filter({ hasText: 'www.amazon.com/' }).waitFor();
    expect(await direct.getByTestId('direct-address').nth(1).textContent()).toBe(
      'https://www.amazon.com/alexa-privacy/apd/myad',
    );
    expect(foreignRequests(app.requests, harness.server.url.replace(/\/$/, ''))).toEqual([]);
    await direct.getByTestId('direct-marketplace').selectOption('DE');

    // The deadline goes to the household's calendar, with a reminder three days before.
    await page.getByTestId('tracking-sent-today').click();
    await page.getByTestId('tracking-calendar').waitFor();
    // The day reads the German way, never mm/dd/yyyy.
    const today = localDate(Date.now(), TZ).split('-');
    expect(await page.getByTestId('tracking-sentAt').inputValue()).toBe(`${today[2]}.${today[1]}.${today[0]}`);
    expect(await page.getByTestId('tracking-answeredAt').getAttribute('placeholder')).toBe('TT.MM.JJJJ');
    const due = addCalendarMonths(localDate(Date.now(), TZ), 1);
    expect(await page.getByTestId('tracking-due').textContent()).toContain(formatLongDate(due, 'de'));
    const ics = await requests.download('tracking-calendar');
    expect(ics.name).toBe(`earshot-erasure-${due}.ics`);
    expect(ics.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.text).toContain(`DTSTART;VALUE=DATE:${due.replace(/-/g, '')}\r\n`);
    expect(ics.text).toContain('TRIGGER:-P3D\r\n');
    expect(ics.text).toMatch(/UID:[\w-]+@earshot\.local\r\n/);
    expect(ics.text.replace(/\r\n /g, '')).toContain('SUMMARY:Frist: Löschantrag an Amazon');

    // The list: the sent request (due in a month) before the draft.
    await requests.open();
    await requests.rows().nth(1).waitFor();
    expect(await requests.rows().nth(0).getAttribute('data-kind')).toBe('erasure');
    expect(await requests.rows().nth(1).getAttribute('data-kind')).toBe('access');
    await screenshot(page, 'deletion-requests-de-light');

    // …and a line in the report.
    await page.getByTestId('nav-reports').click();
    const report = page.frameLocator('[data-testid="report-preview"]').locator('body');
    await expect.poll(async () => (await report.textContent()) ?? '').toContain('Fristen Ihrer Anfragen');
    expect(await report.textContent()).toContain(
      `Löschantrag an Amazon Europe Core S.à r.l. — fällig am ${formatLongDate(due, 'de')} (offen)`,
    );
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('prefills the Amazon site the export names (a German household on amazon.co.uk)', async () => {
    // An archive whose Device_Session_Events table says Marketplace UK, while the household's zone is Berlin.
    const at = (h: number) => new Date(Date.UTC(2026, 5, 8, h)).toISOString();
    const zip = await zipBytes([
      {
        name: 'Additional Data/Alexa/Alexa/NLU/Intent-2-1.csv',
        data: `Utterance text,Utterance Creation Date\nalexa wie spät ist es,${at(8)}\nalexa licht aus,${at(9)}\n`,
      },
      {
        name: 'Additional Data/Alexa and Echo Devices.Device_Session_Events/Alexa and Echo Devices.Device_Session_Events.csv',
        data: `Device Type,Device Application,Device Locale,Marketplace,Event Creation Date\nA3S5BH2HU6VAYF,Alexa,de-DE,UK,${at(8)}\n`,
      },
    ]);
    const dir = path.resolve('test/fixtures/out/e2e-marketplace');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'All Data Categories.1.zip');
    writeFileSync(file, zip);

    const app = await openApp(harness, { locale: 'de-DE', timezoneId: TZ });
    const { page } = app;
    await new ImportPage(page).importFiles([file]);
    await new ClipsPage(page).open();
    expect(await new SelectionTray(page).selectAllInFilter()).toBe(2);
    await page.getByTestId('tray-erasure').click();
    const direct = page.getByTestId('direct-amazon');
    await direct.waitFor();
    expect(await direct.getByTestId('direct-address').first().textContent()).toBe(
      'https://www.amazon.co.uk/alexa-privacy/apd/rvh',
    );
    expect(await direct.getByTestId('direct-marketplace').inputValue()).toBe('UK');
    expect(await direct.getByTestId('direct-marketplace-basis').textContent()).toBe('laut Ihrem Export');
    // Still the user's to change.
    await direct.getByTestId('direct-marketplace').selectOption('DE');
    await direct.getByTestId('direct-address').first().filter({ hasText: 'www.amazon.de/' }).waitFor();
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
