// Both languages say everything: the same keys in German and English, and every stored id (category,
// flag, source, room kind, transcript status) has a real label in each.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, FLAGS, ROOM_KINDS, SOURCES, TRANSCRIPT_STATUSES } from '../../../../shared/model';
import { resources } from '../../../../renderer/i18n';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('UI texts', () => {
  it('has exactly the same keys in German and English', () => {
    const en = new Set(keys(resources.en));
    const de = new Set(keys(resources.de));
    expect([...en].filter((k) => !de.has(k))).toEqual([]);
    expect([...de].filter((k) => !en.has(k))).toEqual([]);
  });

  it('labels every stored id in both languages (flag ids contain a colon)', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'de',
      resources: { en: { translation: resources.en }, de: { translation: resources.de } },
      nsSeparator: false,
    });
    const ids = [
      ...CATEGORIES.map((c) => `categories.${c}`),
      ...FLAGS.map((f) => `flags.${f}`),
      ...SOURCES.map((s) => `sources.${s}`),
      ...ROOM_KINDS.map((k) => `roomKinds.${k}`),
      ...TRANSCRIPT_STATUSES.map((s) => `status.${s}`),
    ];
    for (const lng of ['de', 'en']) {
      await i18n.changeLanguage(lng);
      for (const key of ids) expect(i18n.t(key), `${lng} ${key}`).not.toBe(key);
    }
    await i18n.changeLanguage('de');
    expect(i18n.t('flags.sensitive:health')).toBe('Gesundheit');
  });
});
