// Language, theme and household time zone for the whole UI, persisted in the settings table.
// "system" choices follow the OS live (prefers-color-scheme, navigator.languages).

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { DEFAULT_NIGHT_HOURS, type NightHours } from '../../shared/night';
import { changeLanguage, systemLanguage, type UiLanguage } from '../i18n';
import { savePreferences, type Preferences } from '../db/repos/settings';

export interface PreferencesValue {
  preferences: Preferences;
  language: UiLanguage;
  theme: 'light' | 'dark';
  timeZone: string;
  nightHours: NightHours;
  update(patch: Partial<Preferences>): Promise<void>;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

export function systemTimeZone(language: UiLanguage): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // A German system without a configured zone (containers, some VMs) still means a German household.
  if ((!zone || zone === 'UTC' || zone === 'Etc/UTC') && language === 'de') return 'Europe/Berlin';
  return zone || 'UTC';
}

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');
const subscribeDark = (onChange: () => void) => {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

export function PreferencesProvider({ initial, children }: { initial: Preferences; children: ReactNode }) {
  const [preferences, setPreferences] = useState(initial);
  const systemDark = useSyncExternalStore(subscribeDark, () => darkQuery().matches);
  const language = preferences.language === 'system' ? systemLanguage() : preferences.language;
  const theme = preferences.theme === 'system' ? (systemDark ? 'dark' : 'light') : preferences.theme;
  const timeZone = preferences.timeZone ?? systemTimeZone(language);
  const nightHours = preferences.nightHours ?? DEFAULT_NIGHT_HOURS;

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    void changeLanguage(language);
  }, [language]);

  const update = useCallback(
    async (patch: Partial<Preferences>) => {
      const next = { ...preferences, ...patch };
      setPreferences(next);
      await savePreferences(next);
    },
    [preferences],
  );

  const value = useMemo(
    () => ({ preferences, language, theme, timeZone, nightHours, update }),
    [preferences, language, theme, timeZone, nightHours, update],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
