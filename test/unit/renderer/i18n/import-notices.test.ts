// Every import notice an importer can give has a German and an English text, filled with the importer's values
// (German number formatting, file by short name), and an uncoded notice falls back to its English text.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../../../renderer/i18n';
import { noticeText, shortName } from '../../../../renderer/screens/import/notice-text';
import { NOTICE_CODES, notice } from '../../../../shared/importers/notices';

async function i18nIn(lng: 'de' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { en: { translation: resources.en }, de: { translation: resources.de } },
    nsSeparator: false,
    interpolation: { escapeValue: false },
  });
  return i18n;
}

const SAMPLE = { count: 1234, type: 'SOMETHING_NEW', zone: 'XYZT', value: 'gestern', audio: 'a.mp3', title: 'x' };

describe('import notices', () => {
  it.each(['de', 'en'] as const)('has a %s text for every notice code', async (lng) => {
    const i18n = await i18nIn(lng);
    for (const code of NOTICE_CODES) {
      const warning = notice(
        code,
        'Takeout/My Activity/Assistant/MyActivity.html',
        { ...SAMPLE, transcript: 'hi', other: 'b.mp3' },
        7,
      );
      const text = noticeText(warning, i18n.t, i18n.exists.bind(i18n));
      expect(text, `${lng} ${code}`).not.toContain('importNotices.');
      if (lng === 'en') expect(text).not.toBe('');
      if (lng === 'de') expect(text, code).not.toBe(warning.message);
    }
  });

  it('speaks German with German numbers and names the file by its short name', async () => {
    const de = await i18nIn('de');
    const warning = notice('unknown-zone', 'Takeout/My Activity/Assistant/MyActivity.html', {
      zone: 'XYZT',
      count: 1234,
    });
    expect(noticeText(warning, de.t, de.exists.bind(de))).toBe(
      'Die Zeitzone „XYZT“ ist unbekannt; 1.234 Einträge wurden als Ihre Ortszeit gelesen und können um Stunden abweichen.',
    );
    expect(warning.message).toMatch(/^The time zone "XYZT" is unknown; 1234 entries/);
    expect(shortName(warning.file)).toBe('MyActivity.html');
    const missing = notice('no-time', 'recordings/Küche/aufnahme.wav');
    expect(noticeText(missing, de.t, de.exists.bind(de))).toContain('„aufnahme.wav“');
  });

  it('shows the English text of a notice without a code', async () => {
    const de = await i18nIn('de');
    expect(noticeText({ file: 'x', message: 'Something odd.' }, de.t, de.exists.bind(de))).toBe('Something odd.');
  });
});
