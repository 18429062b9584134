// German and English UI text through i18next. The language follows the system until the user picks one
// in Settings. Stable ids (categories, flags) are translated here, never stored translated.

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { viewMessages } from '../views/shared-canvas/messages';
import { de } from './de';
import { en } from './en';

/**
 * Each feature area keeps its strings in `messages/<area>.ts` exporting `messages = { en: {...}, de: {...} }`
 * (nested or flat dotted keys; both resolve). They are merged over the core texts of en.ts / de.ts.
 */
type Area = { messages: { en: Record<string, unknown>; de: Record<string, unknown> } };
const areas = Object.values(import.meta.glob<Area>('./messages/*.ts', { eager: true })).map((m) => m.messages);

function merge(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      current && typeof current === 'object' && value && typeof value === 'object'
        ? merge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}

export const resources = {
  en: [viewMessages.en, ...areas.map((a) => a.en)].reduce<Record<string, unknown>>(merge, en),
  de: [viewMessages.de, ...areas.map((a) => a.de)].reduce<Record<string, unknown>>(merge, de),
};

export type UiLanguage = 'de' | 'en';

export function systemLanguage(): UiLanguage {
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: resources.en }, de: { translation: resources.de } },
    interpolation: { escapeValue: false }, // React escapes
    // Flag ids contain a colon ("sensitive:health"): never read it as a namespace separator.
    nsSeparator: false,
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
