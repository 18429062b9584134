// User preferences, stored in the `settings` table as key → value.

import type { NightHours } from '../../../shared/night';
import { getDb } from '../db';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type LanguageChoice = 'system' | 'de' | 'en';

export interface Preferences {
  language: LanguageChoice;
  theme: ThemeChoice;
  /** IANA zone; undefined → the system's zone. */
  timeZone?: string;
  /** Local hours that count as night; undefined → 23–6. */
  nightHours?: NightHours;
}

export const DEFAULT_PREFERENCES: Preferences = { language: 'system', theme: 'system' };

export async function loadPreferences(): Promise<Preferences> {
  const row = await getDb().settings.get('preferences');
  return { ...DEFAULT_PREFERENCES, ...((row?.value as Partial<Preferences> | undefined) ?? {}) };
}

export async function savePreferences(preferences: Preferences): Promise<void> {
  await getDb().settings.put({ key: 'preferences', value: preferences });
}

/** Any JSON-like value under a key (filters, last screen…). */
/** Settings key of what the exports say about the Amazon marketplace, summed over imports (imports.ts). */
export const MARKETPLACE_HINTS = 'marketplaceHints';

export async function loadSetting<T>(key: string): Promise<T | undefined> {
  return (await getDb().settings.get(key))?.value as T | undefined;
}

export async function saveSetting(key: string, value: unknown): Promise<void> {
  await getDb().settings.put({ key, value });
}
